// The gold side of a PETRARCH validation file: the <Environment> that names
// the dictionaries, and each <Sentence>'s <EventCoding> elements.
//
// The real file (PETR.UnitTest.records.xml) has quirks this reader keeps
// rather than repairs, because the score must be comparable with PETRARCH's:
//  * codes in single quotes around double ones (sourcecode='"INJURY TOLL"')
//    and odd codes ("---GOV", "###", "174K") are kept verbatim;
//  * noevents = "True" with blanks around '=' and a blank element body;
//  * error="sentencediscard" / "storydiscard" / "dateline" /
//    "bad_input_parse": PETRARCH must reject the record, so no events are
//    expected;
//  * a record with no <EventCoding> at all (PATTERN-06) expects nothing;
//  * ids are not unique (AGENTS-18 and AGENTS-19 appear twice), so records
//    are identified by their line, not their id;
//  * comments everywhere, including a commented-out <Stop> record.
// Record lines are computed exactly as the ingest reader computes
// Document::source_line (the line of the element's '<'), which is how gold
// and documents are joined.
#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "base/ascii.h"
#include "base/file_io.h"
#include "readout/validate.h"

namespace readout::validate {
namespace {

// The largest validation file we read (the real ones are under 1 MB).
constexpr std::size_t kMaxValidationBytes = std::size_t{256} << 20;

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Line numbers of element offsets, visited mostly in increasing order.
class Lines {
 public:
  explicit Lines(std::string_view bytes) : bytes_(bytes) {}

  // The line of `node`'s '<' (as the ingest reader counts it).
  std::uint32_t Of(pugi::xml_node node) {
    const std::ptrdiff_t at = node.offset_debug();
    if (at <= 0) return line_;
    auto offset = std::min(static_cast<std::size_t>(at), bytes_.size());
    if (offset > 0 && bytes_[offset - 1] == '<') --offset;
    if (offset < pos_) pos_ = 0, line_ = 1;  // rare: an element out of order
    while (pos_ < offset) {
      const void* nl = std::memchr(bytes_.data() + pos_, '\n', offset - pos_);
      if (nl == nullptr) {
        pos_ = offset;
        break;
      }
      pos_ = static_cast<std::size_t>(static_cast<const char*>(nl) - bytes_.data()) + 1;
      ++line_;
    }
    return line_;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
};

bool IsElement(pugi::xml_node n, const char* name) {
  return n.type() == pugi::node_element && std::strcmp(n.name(), name) == 0;
}

class GoldReader {
 public:
  GoldReader(std::string_view bytes, std::string_view file, Diagnostics& diags)
      : bytes_(bytes), file_(file), diags_(diags), lines_(bytes) {}

  Result<ValidationFile> Run() {
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer(bytes_.data(), bytes_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
      const LineInfo at = LocateOffset(bytes_, offset);
      return Status(StatusCode::kInvalidInput, fmt::format("malformed XML: {}", parsed.description()),
                    Where(at.line, at.column));
    }
    ValidationFile out;
    out.file = std::string(file_);
    // Depth-first in document order, without recursion (nesting depth is
    // the input's choice); a <Sentence> is not descended into.
    pugi::xml_node n = xml.first_child();
    while (n) {
      if (IsElement(n, "Sentence")) {
        out.records.push_back(Record(n));
      } else if (IsElement(n, "Environment")) {
        ReadEnvironment(n, out.environment);
      } else if (n.first_child()) {
        n = n.first_child();
        continue;
      }
      while (n && !n.next_sibling()) n = n.parent();
      if (n) n = n.next_sibling();
    }
    if (out.records.empty()) {
      return Status(StatusCode::kInvalidInput, "no PETRARCH <Sentence> records", Where());
    }
    return out;
  }

 private:
  SourceLocation Where(std::uint32_t line = 0, std::uint32_t column = 0) const {
    return SourceLocation{std::string(file_), line, column};
  }

  void ReadEnvironment(pugi::xml_node env, Environment& out) {
    const std::uint32_t line = lines_.Of(env);
    if (out.line != 0) {
      diags_.Add(Severity::kWarning, Where(line),
                 fmt::format("a second <Environment> (the first is at line {}) is ignored", out.line));
      return;
    }
    out.line = line;
    for (const pugi::xml_node child : env.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string value(Trim(child.child_value()));
      const std::string_view name = child.name();
      std::string* single = name == "Verbfile"      ? &out.verb_file
                            : name == "Agentfile"   ? &out.agent_file
                            : name == "Discardfile" ? &out.discard_file
                            : name == "Issuefile"   ? &out.issue_file
                                                    : nullptr;
      if (name == "Actorfile") {
        if (!value.empty()) out.actor_files.push_back(value);
      } else if (single != nullptr) {
        if (!single->empty()) {
          diags_.Add(Severity::kWarning, Where(lines_.Of(child)),
                     fmt::format("<{}> given twice; \"{}\" wins", name, value));
        }
        *single = value;
      }
      // Errorfile, Include, Pause, Config: PETRARCH's run options, not ours.
    }
  }

  GoldRecord Record(pugi::xml_node sentence) {
    GoldRecord r;
    r.line = lines_.Of(sentence);
    r.id = Trim(sentence.attribute("id").value());
    r.category = Trim(sentence.attribute("category").value());
    r.date = Trim(sentence.attribute("date").value());
    r.has_text = static_cast<bool>(sentence.child("Text"));
    if (!seen_ids_.insert(r.id).second) {
      diags_.Add(Severity::kNote, Where(r.line),
                 fmt::format("record id \"{}\" was used before; records are told apart by line", r.id));
    }
    bool any_coding = false;
    for (const pugi::xml_node coding : sentence.children("EventCoding")) {
      any_coding = true;
      if (const pugi::xml_attribute noevents = coding.attribute("noevents")) {
        r.noevents = r.noevents || EqualsIgnoreCaseAscii(Trim(noevents.value()), "true");
        continue;
      }
      if (const pugi::xml_attribute error = coding.attribute("error")) {
        r.error = Trim(error.value());
        continue;
      }
      const pugi::xml_attribute source = coding.attribute("sourcecode");
      const pugi::xml_attribute target = coding.attribute("targetcode");
      const pugi::xml_attribute code = coding.attribute("eventcode");
      if (!source || !target || !code) {
        diags_.Add(Severity::kWarning, Where(lines_.Of(coding)),
                   "<EventCoding> without sourcecode, targetcode and eventcode (or noevents, "
                   "error) is ignored");
        continue;
      }
      r.events.push_back(Triple{source.value(), target.value(), code.value()});
    }
    if (!any_coding) {
      diags_.Add(Severity::kNote, Where(r.line),
                 fmt::format("record \"{}\" has no <EventCoding>; no events are expected", r.id));
    } else if (r.noevents && !r.events.empty()) {
      diags_.Add(Severity::kWarning, Where(r.line),
                 fmt::format("record \"{}\" says noevents and lists events; the events are expected", r.id));
      r.noevents = false;
    }
    return r;
  }

  std::string_view bytes_;
  std::string_view file_;
  Diagnostics& diags_;
  Lines lines_;
  std::set<std::string, std::less<>> seen_ids_;
};

}  // namespace

Result<ValidationFile> ParseValidation(std::string_view xml, std::string_view file_name,
                                       Diagnostics& diags) {
  return GoldReader(xml, file_name, diags).Run();
}

Result<ValidationFile> ReadValidation(const std::string& path, Diagnostics& diags) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxValidationBytes);
  if (!bytes.ok()) return bytes.status();
  return ParseValidation(*bytes, path, diags);
}

}  // namespace readout::validate
