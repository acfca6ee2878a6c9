// Documents analysed on worker threads, their outputs handed back in input
// order: what lets `--threads N` write byte for byte what one thread writes.
// The reader stays on the calling thread; each worker runs a verb of its own
// (made once per worker, so it may keep scratch buffers) on whole
// documents. At most a bounded number of documents (and bytes) are in
// flight, so memory does not grow with the input.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "readout/document.h"

namespace readout::cli {

// Produces the records of one document by appending them to `out`;
// `ordinal` numbers the documents from 0 in input order.
using DocumentVerb = std::function<void(Document&& doc, std::size_t ordinal, std::string& out)>;
// Makes the verb of one worker.
using MakeDocumentVerb = std::function<DocumentVerb()>;

class OrderedPool {
 public:
  // `threads` workers (at least 1), each with a verb from `make`.
  // `detect_language`: the workers detect the language of documents that do
  // not declare one, before the verb sees them.
  OrderedPool(unsigned threads, const MakeDocumentVerb& make, bool detect_language);
  ~OrderedPool();  // finishes the queued documents and joins
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Queues `doc`; first writes (through `write`) the outputs that must leave
  // to keep the documents in flight within bounds.
  void Submit(Document&& doc, const std::function<void(const std::string&)>& write);
  // Writes the finished outputs at the head of the order; with `all`, waits
  // for every queued document.
  void Flush(bool all, const std::function<void(const std::string&)>& write);

 private:
  struct Slot {
    std::string out;
    std::size_t bytes = 0;
    bool done = false;
  };
  struct Job {
    Document doc;
    std::size_t ordinal = 0;
    std::shared_ptr<Slot> slot;
  };
  void Work(const DocumentVerb& verb);

  bool detect_language_;
  std::mutex mu_;
  std::condition_variable job_ready_;
  std::condition_variable slot_done_;
  std::deque<Job> jobs_;
  std::deque<std::shared_ptr<Slot>> pending_;  // in input order; the reader's thread only
  std::size_t pending_bytes_ = 0;
  std::size_t next_ordinal_ = 0;
  bool closing_ = false;
  std::size_t max_pending_;
  std::vector<std::thread> workers_;
};

}  // namespace readout::cli
