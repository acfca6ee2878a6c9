// Writes the sample comparison report (compare_report_sample.h) as HTML to
// the path given, creating its folder: the page tests/browser/ renders in a
// real browser (ctest: html_report_fixture, then html_report_browser).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "output/compare_report_sample.h"
#include "readout/output.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: compare_report_fixture OUT.html\n";
    return 2;
  }
  const std::filesystem::path path(argv[1]);
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) {
    std::cerr << path.parent_path().string() << ": " << ec.message() << "\n";
    return 1;
  }
  std::string html;
  readout::output::AppendCompareReport(readout::output::sample::CompareReportSample(),
                                       readout::output::ReportFormat::kHtml, html);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(html.data(), static_cast<std::streamsize>(html.size()));
  out.close();
  if (!out) {
    std::cerr << path.string() << ": cannot write\n";
    return 1;
  }
  return 0;
}
