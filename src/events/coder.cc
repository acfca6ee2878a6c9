// Placeholder while the coder is written; replaced by the real engine.
#include "readout/events.h"

namespace readout::events {

struct Coder::Impl {
  CoderOptions options;
};

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kIntended: return "intended";
    case Modality::kConditional: return "conditional";
  }
  return "asserted";
}

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::shared_ptr<const Coder>> Coder::Create(const dict::DictionarySet&, Diagnostics&,
                                                   CoderOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  return std::shared_ptr<const Coder>(new Coder(std::move(impl)));
}

void Coder::Code(const Document&, const text::TextAnalysis&, std::vector<Event>&,
                 CoderStats*) const {}

}  // namespace readout::events
