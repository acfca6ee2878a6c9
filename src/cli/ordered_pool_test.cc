#include "cli/ordered_pool.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

namespace readout::cli {
namespace {

Document Doc(std::size_t i) {
  Document d;
  d.id = "d" + std::to_string(i);
  d.text = std::string(i % 7, 'x');
  return d;
}

// Workers finish out of order (later documents sleep less), yet the outputs
// come back in input order, each exactly once.
TEST(OrderedPool, OutputsLeaveInInputOrder) {
  std::atomic<int> verbs_made{0};
  std::string written;
  {
    OrderedPool pool(
        4,
        [&] {
          ++verbs_made;
          return [](Document&& doc, std::size_t ordinal, std::string& out) {
            std::this_thread::sleep_for(std::chrono::microseconds((ordinal % 5) * 200));
            out = doc.id + "@" + std::to_string(ordinal) + "\n";
          };
        },
        /*detect_language=*/false);
    const auto write = [&](const std::string& s) { written += s; };
    for (std::size_t i = 0; i < 500; ++i) {
      pool.Submit(Doc(i), write);
      pool.Flush(false, write);
    }
    pool.Flush(true, write);
  }
  std::string expected;
  for (std::size_t i = 0; i < 500; ++i) expected += "d" + std::to_string(i) + "@" + std::to_string(i) + "\n";
  EXPECT_EQ(written, expected);
  EXPECT_EQ(verbs_made.load(), 4);
}

// A verb that throws loses its document's output, not the run.
TEST(OrderedPool, AThrowingVerbLeavesTheOthers) {
  std::string written;
  {
    OrderedPool pool(
        2,
        [] {
          return [](Document&& doc, std::size_t ordinal, std::string& out) {
            if (ordinal == 1) throw std::runtime_error("boom");
            out = doc.id + "\n";
          };
        },
        false);
    const auto write = [&](const std::string& s) { written += s; };
    for (std::size_t i = 0; i < 3; ++i) pool.Submit(Doc(i), write);
    pool.Flush(true, write);
  }
  EXPECT_EQ(written, "d0\nd2\n");
}

// Declared languages are kept; the others are detected by the workers.
TEST(OrderedPool, WorkersDetectUndeclaredLanguages) {
  std::string written;
  {
    OrderedPool pool(
        2, [] { return [](Document&& doc, std::size_t, std::string& out) { out = doc.language + "\n"; }; }, true);
    const auto write = [&](const std::string& s) { written += s; };
    Document fr;
    fr.text =
        "Le président a déclaré lundi à son homologue que les deux pays ne peuvent pas être séparés "
        "et qu'ils resteront de bons voisins, selon l'agence officielle de presse.";
    fr.content = {{0, static_cast<std::uint32_t>(fr.text.size())}};
    Document declared = fr;
    declared.language = "en";
    pool.Submit(std::move(fr), write);
    pool.Submit(std::move(declared), write);
    pool.Flush(true, write);
  }
  EXPECT_EQ(written, "fr\nen\n");
}

}  // namespace
}  // namespace readout::cli
