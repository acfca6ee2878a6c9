#include "events/memory.h"

#include "base/ascii.h"

namespace readout::events {

void DocumentMemory::Clear() {
  persons_.clear();
  named_.clear();
  pairs_.clear();
}

void DocumentMemory::RememberMention(const ActorRef& a) {
  if (PersonLike(a) && !a.entity.empty()) named_.push_back(a);
}

const ActorRef* DocumentMemory::BySurname(std::string_view word) const {
  if (word.size() < 2) return nullptr;
  for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
    const std::string_view name = it->entity;
    const std::size_t first_end = name.find(' ');
    const std::size_t last_begin = name.rfind(' ');
    if (first_end == std::string_view::npos) continue;  // a one-word name is no surname source
    if (EqualsIgnoreCaseAscii(name.substr(0, first_end), word) ||
        EqualsIgnoreCaseAscii(name.substr(last_begin + 1), word)) {
      return &*it;
    }
  }
  return nullptr;
}

bool DocumentMemory::PersonLike(const ActorRef& a) {
  return a.code.size() > 3 && a.code.compare(0, 3, "---") != 0 && !a.country.empty();
}

void DocumentMemory::Remember(const Event& e) {
  // The target first, so that the source, the more likely antecedent of a
  // later "he", is the last person remembered.
  if (PersonLike(e.target)) persons_.push_back(e.target);
  if (PersonLike(e.source)) persons_.push_back(e.source);
  if (PersonLike(e.source) && PersonLike(e.target) && e.source.country != e.target.country) {
    pairs_.push_back({e.source, e.target});
  }
}

const ActorRef* DocumentMemory::LastPerson() const {
  return persons_.empty() ? nullptr : &persons_.back();
}

const ActorRef* DocumentMemory::CounterpartOf(std::string_view code) const {
  for (auto it = pairs_.rbegin(); it != pairs_.rend(); ++it) {
    if (it->a.code == code) return &it->b;
    if (it->b.code == code) return &it->a;
  }
  return nullptr;
}

}  // namespace readout::events
