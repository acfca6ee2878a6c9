#include "quotes/coref.h"

#include "base/ascii.h"

namespace readout::quotes {

void Coref::Clear() {
  refs_.clear();
  pairs_.clear();
  channels_.clear();
}

void Coref::Add(Referent r) { refs_.push_back(std::move(r)); }

void Coref::AddPair(std::size_t a, std::size_t b) {
  if (a < refs_.size() && b < refs_.size() && a != b) pairs_.emplace_back(a, b);
}

void Coref::AddChannel(Referent r) { channels_.push_back(std::move(r)); }

bool Coref::Same(const Referent& a, const Referent& b) {
  if (!a.entity.empty() && a.entity == b.entity) return true;
  if (!a.name.empty() && !b.name.empty()) {
    return NameHasWord(a.name, b.name) || NameHasWord(b.name, a.name);
  }
  return false;
}

const Referent* Coref::Pronoun(std::uint32_t sentence, std::uint32_t word) const {
  const Referent* any = nullptr;
  for (std::size_t i = refs_.size(); i-- > 0;) {
    const Referent& r = refs_[i];
    if (!Before(r, sentence, word) || !r.person) continue;
    if (r.subject) return &r;
    if (any == nullptr) any = &r;
  }
  return any;
}

const Referent* Coref::Description(std::string_view country, std::string_view head,
                                   std::uint32_t sentence, std::uint32_t word) const {
  for (std::size_t i = refs_.size(); i-- > 0;) {
    const Referent& r = refs_[i];
    if (!Before(r, sentence, word) || !r.person) continue;
    if (r.anonymous && !head.empty() && r.head == head &&
        (country.empty() || r.country == country)) {
      return &r;
    }
    // A description resolves to a named person, not to another description.
    if (r.name.empty()) continue;
    if (country.empty() || r.country == country) return &r;
  }
  return nullptr;
}

const Referent* Coref::Institution(std::string_view head, std::uint32_t sentence,
                                   std::uint32_t word) const {
  for (std::size_t i = refs_.size(); i-- > 0;) {
    const Referent& r = refs_[i];
    if (!Before(r, sentence, word) || !r.institution || r.country.empty()) continue;
    if (NameHasWord(r.text, head)) return &r;
  }
  return nullptr;
}

const Referent* Coref::Named(std::string_view surname, std::uint32_t sentence,
                             std::uint32_t word) const {
  for (std::size_t i = refs_.size(); i-- > 0;) {
    const Referent& r = refs_[i];
    if (!Before(r, sentence, word) || r.country.empty() || r.name.empty()) continue;
    if (NameHasWord(r.name, surname)) return &r;
  }
  return nullptr;
}

bool Coref::Group(std::uint32_t sentence, std::uint32_t word, const Referent** a,
                  const Referent** b) const {
  for (std::size_t i = pairs_.size(); i-- > 0;) {
    const Referent& x = refs_[pairs_[i].first];
    const Referent& y = refs_[pairs_[i].second];
    if (!Before(x, sentence, word) || !Before(y, sentence, word)) continue;
    *a = &x;
    *b = &y;
    return true;
  }
  return false;
}

const Referent* Coref::Surname(std::string_view word_text, std::uint32_t sentence,
                               std::uint32_t word) const {
  for (std::size_t i = refs_.size(); i-- > 0;) {
    const Referent& r = refs_[i];
    if (!Before(r, sentence, word) || r.name.empty()) continue;
    if (NameHasWord(r.name, word_text) && r.name.size() > word_text.size()) return &r;
  }
  return nullptr;
}

const Referent* Coref::Counterpart(const Referent& of, std::uint32_t sentence,
                                   std::uint32_t word) const {
  for (std::size_t i = pairs_.size(); i-- > 0;) {
    const Referent& a = refs_[pairs_[i].first];
    const Referent& b = refs_[pairs_[i].second];
    if (!Before(a, sentence, word) || !Before(b, sentence, word)) continue;
    if (Same(a, of)) return &b;
    if (Same(b, of)) return &a;
  }
  return nullptr;
}

const Referent* Coref::Channel(std::string_view country) const {
  for (std::size_t i = channels_.size(); i-- > 0;) {
    if (!country.empty() && channels_[i].country == country) return &channels_[i];
  }
  return nullptr;
}

bool NameHasWord(std::string_view name, std::string_view word) {
  if (word.empty()) return false;
  std::size_t at = 0;
  while (at < name.size()) {
    std::size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view w = name.substr(at, end - at);
    if (w.size() == word.size()) {
      bool eq = true;
      for (std::size_t i = 0; i < w.size() && eq; ++i) {
        eq = ToUpperAscii(w[i]) == ToUpperAscii(word[i]);
      }
      if (eq) return true;
    }
    at = end + 1;
  }
  return false;
}

}  // namespace readout::quotes
