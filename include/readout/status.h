// Errors as values at every library boundary.
//
// Library code never throws across its interface, never prints and never
// exits: a fallible call returns a Status (or a Result<T>, a value or a
// Status), and the front end (CLI, server) decides what to print and which
// exit code to use. Messages follow the compiler convention
// "file:line:column: message" so that editors and humans can jump to the spot.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <optional>

namespace readout {

enum class StatusCode : std::uint8_t {
  kOk = 0,
  kInvalidInput,   // the input is malformed: bad record, bad encoding, junk
  kNotFound,       // a named file or directory does not exist
  kUnreadable,     // exists but cannot be read (permissions, I/O error)
  kTooLarge,       // over a resource limit (document size, line length)
  kUnsupported,    // a format or feature readout does not handle
  kInternal,       // a bug in readout: never the user's fault
};

// Where in an input something went wrong. line and column are 1-based;
// 0 means unknown.
struct SourceLocation {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message, SourceLocation where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return {}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLocation& where() const { return where_; }

  // "file:line:col: message", omitting the parts that are unknown.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  SourceLocation where_;
};

// A value, or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must not be ok

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace readout
