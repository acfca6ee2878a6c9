#include "readout/analysis.h"

#include <algorithm>

#include "parse/document_parse.h"
#include "parse/grammar.h"

namespace readout {

struct Analyzer::Impl {
  text::TextPipeline pipeline;
  std::shared_ptr<const parse::Grammar> grammar;
  std::shared_ptr<const events::Coder> coder;
  std::shared_ptr<const quotes::Extractor> extractor;
  // The longest sentence a stage reads: the parse covers every stage's.
  std::uint32_t max_sentence_tokens = 0;
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

Result<std::shared_ptr<const Analyzer>> Analyzer::Create(const dict::DictionarySet& dicts,
                                                         Diagnostics& diags, AnalyzerOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->pipeline = text::TextPipeline(options.text);
  impl->grammar = std::make_shared<const parse::Grammar>(dicts, diags);
  if (options.code_events) {
    impl->max_sentence_tokens = std::max(impl->max_sentence_tokens, options.coder.max_sentence_tokens);
    Result<std::shared_ptr<const events::Coder>> coder = events::Coder::Create(impl->grammar, options.coder);
    if (!coder.ok()) return coder.status();
    impl->coder = std::move(coder).value();
  }
  if (options.extract_quotes) {
    impl->max_sentence_tokens = std::max(impl->max_sentence_tokens, options.quotes.max_sentence_tokens);
    Result<std::shared_ptr<const quotes::Extractor>> extractor =
        quotes::Extractor::Create(impl->grammar, options.quotes);
    if (!extractor.ok()) return extractor.status();
    impl->extractor = std::move(extractor).value();
  }
  return std::shared_ptr<const Analyzer>(new Analyzer(std::move(impl)));
}

void Analyzer::Analyze(Document doc, AnalysedDocument& out, events::CoderStats* stats) const {
  const Impl& impl = *impl_;
  out.doc = std::move(doc);
  out.events.clear();
  out.quotes.clear();
  impl.pipeline.Analyze(out.doc, out.text);
  if (!out.parse) out.parse = std::make_shared<parse::DocumentParse>();
  parse::ParseDocument(*impl.grammar, out.text, impl.max_sentence_tokens, *out.parse);
  if (impl.coder) impl.coder->Code(out.doc, out.text, *out.parse, out.events, stats);
  if (impl.extractor) impl.extractor->Extract(out.doc, out.text, *out.parse, out.quotes);
}

const events::Coder* Analyzer::coder() const { return impl_->coder.get(); }
const quotes::Extractor* Analyzer::extractor() const { return impl_->extractor.get(); }

}  // namespace readout
