#include "cli/ordered_pool.h"

#include <cstdio>
#include <exception>

#include "readout/ingest.h"

namespace readout::cli {
namespace {

// Documents in flight per worker, and bytes of text in flight in all: a
// worker never waits for input while a slow document holds up the order,
// and a run of large documents cannot fill memory.
constexpr std::size_t kPendingPerWorker = 16;
constexpr std::size_t kMaxPendingBytes = std::size_t{256} << 20;

}  // namespace

OrderedPool::OrderedPool(unsigned threads, const MakeDocumentVerb& make, bool detect_language)
    : detect_language_(detect_language), max_pending_(kPendingPerWorker * std::max(1u, threads)) {
  for (unsigned i = 0; i < std::max(1u, threads); ++i) {
    workers_.emplace_back([this, verb = make()] { Work(verb); });
  }
}

OrderedPool::~OrderedPool() {
  {
    std::lock_guard lock(mu_);
    closing_ = true;
  }
  job_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void OrderedPool::Work(const DocumentVerb& verb) {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mu_);
      job_ready_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
      if (jobs_.empty()) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    std::string out;
    try {
      if (detect_language_) FillLanguage(job.doc);
      verb(std::move(job.doc), job.ordinal, out);
    } catch (const std::exception& e) {
      // Verbs report their own failures; this is the last guard for a bug.
      std::fprintf(stderr, "readout: internal error in document %zu: %s\n", job.ordinal + 1, e.what());
    }
    {
      std::lock_guard lock(mu_);
      job.slot->out = std::move(out);
      job.slot->done = true;
    }
    slot_done_.notify_all();
  }
}

void OrderedPool::Submit(Document&& doc, const std::function<void(const std::string&)>& write) {
  auto slot = std::make_shared<Slot>();
  slot->bytes = doc.text.size();
  while (!pending_.empty() &&
         (pending_.size() >= max_pending_ || pending_bytes_ + slot->bytes > kMaxPendingBytes)) {
    std::unique_lock lock(mu_);
    slot_done_.wait(lock, [&] { return pending_.front()->done; });
    lock.unlock();
    Flush(false, write);
  }
  pending_.push_back(slot);
  pending_bytes_ += slot->bytes;
  {
    std::lock_guard lock(mu_);
    jobs_.push_back({std::move(doc), next_ordinal_++, std::move(slot)});
  }
  job_ready_.notify_one();
}

void OrderedPool::Flush(bool all, const std::function<void(const std::string&)>& write) {
  while (!pending_.empty()) {
    std::unique_lock lock(mu_);
    if (all) {
      slot_done_.wait(lock, [&] { return pending_.front()->done; });
    } else if (!pending_.front()->done) {
      return;
    }
    lock.unlock();
    std::shared_ptr<Slot> slot = std::move(pending_.front());
    pending_.pop_front();
    pending_bytes_ -= slot->bytes;
    write(slot->out);
  }
}

}  // namespace readout::cli
