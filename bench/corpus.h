// Benchmark corpora: documents cut from one big text file at blank lines,
// about `chunk` bytes each, as a news archive would hand them over.
#pragma once

#include <string>
#include <vector>

#include "readout/document.h"

namespace readout::bench {

inline std::vector<Document> CutIntoDocuments(const std::string& text, std::size_t chunk) {
  std::vector<Document> docs;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = pos + chunk < text.size() ? text.find("\n\n", pos + chunk) : std::string::npos;
    if (end == std::string::npos) end = text.size();
    Document d;
    d.id = "doc" + std::to_string(docs.size());
    d.text = text.substr(pos, end - pos);
    d.content.push_back(Span{0, static_cast<std::uint32_t>(d.text.size())});
    docs.push_back(std::move(d));
    pos = end;
  }
  return docs;
}

}  // namespace readout::bench
