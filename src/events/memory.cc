#include "events/memory.h"

#include "base/ascii.h"

namespace readout::events {
namespace {

// The words of a name: "Sameer Talwar" -> first "Sameer", last "Talwar".
std::string_view LastWord(std::string_view name) {
  const std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}
std::string_view FirstWord(std::string_view name) {
  return name.substr(0, name.find(' '));
}

bool HasCountry(const ActorRef& a) {
  return !a.country.empty() && a.code.compare(0, 3, "---") != 0;
}

}  // namespace

void DocumentMemory::Clear() {
  persons_.clear();
  named_.clear();
  pairs_.clear();
  dyad_a_.clear();
  dyad_b_.clear();
}

void DocumentMemory::RememberMention(const ActorRef& a) {
  if (a.entity.empty() || a.code.size() <= 3) return;
  RememberName(a);
}

void DocumentMemory::RememberName(const ActorRef& a) {
  if (a.entity.empty() || a.code.size() < 3) return;
  // Merge with what is known of the same name: the later mention adds what
  // the earlier lacked (a country to a role, a role to a country).
  ActorRef merged = a;
  for (auto it = named_.begin(); it != named_.end(); ++it) {
    if (!EqualsIgnoreCaseAscii(LastWord(it->entity), LastWord(a.entity))) continue;
    if (HasCountry(*it) && HasCountry(a) && it->country != a.country) continue;  // two people
    if (!HasCountry(merged) && HasCountry(*it)) {
      merged.country = it->country;
      merged.code = merged.country + merged.sector;
    }
    if (merged.sector.empty() && !it->sector.empty()) {
      merged.sector = it->sector;
      merged.code = (merged.country.empty() ? std::string("---") : merged.country) + merged.sector;
    }
    if (it->entity.size() > merged.entity.size()) merged.entity = it->entity;
    named_.erase(it);
    break;
  }
  named_.push_back(std::move(merged));
}

const ActorRef* DocumentMemory::BySurname(std::string_view word) const {
  if (word.size() < 2) return nullptr;
  for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
    const std::string_view name = it->entity;
    if (EqualsIgnoreCaseAscii(FirstWord(name), word) || EqualsIgnoreCaseAscii(LastWord(name), word)) {
      // A one-word name ("India's Talwar") is known only by that word.
      return &*it;
    }
  }
  return nullptr;
}

bool DocumentMemory::PersonLike(const ActorRef& a) {
  return a.code.size() > 3 && a.code.compare(0, 3, "---") != 0 && !a.country.empty();
}

void DocumentMemory::NoteDyad(const std::string& a, const std::string& b) {
  if (a.size() != 3 || b.size() != 3 || a == b || a == "---" || b == "---") return;
  dyad_a_ = a;
  dyad_b_ = b;
}

void DocumentMemory::Remember(const Event& e) {
  // The target first, so that the source, the more likely antecedent of a
  // later "he", is the last person remembered.
  if (PersonLike(e.target)) persons_.push_back(e.target);
  if (PersonLike(e.source)) persons_.push_back(e.source);
  if (PersonLike(e.source) && PersonLike(e.target) && e.source.country != e.target.country) {
    pairs_.push_back({e.source, e.target});
  }
  if (HasCountry(e.source) && HasCountry(e.target)) NoteDyad(e.source.country, e.target.country);
  RememberMention(e.source);
  RememberMention(e.target);
}

void DocumentMemory::RememberTogether(const ActorRef& a, const ActorRef& b) {
  if (!HasCountry(a) || !HasCountry(b) || a.country == b.country) return;
  NoteDyad(a.country, b.country);
  if (PersonLike(a) && PersonLike(b)) pairs_.push_back({a, b});
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

bool DocumentMemory::LastPair(ActorRef* a, ActorRef* b) const {
  if (pairs_.empty()) return false;
  *a = pairs_.back().a;
  *b = pairs_.back().b;
  return true;
}

bool DocumentMemory::Dyad(std::string* a, std::string* b) const {
  if (dyad_a_.empty()) return false;
  *a = dyad_a_;
  *b = dyad_b_;
  return true;
}

std::string DocumentMemory::OtherSide(std::string_view country) const {
  if (dyad_a_.empty()) return "";
  if (country == dyad_a_) return dyad_b_;
  if (country == dyad_b_) return dyad_a_;
  return "";
}

}  // namespace readout::events
