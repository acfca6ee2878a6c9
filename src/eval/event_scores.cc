// Coded events against gold sentences: class accuracy and F1, events found,
// actor agreement, and the cause each wrong sentence fails for.
#include <algorithm>

#include "readout/cameo.h"
#include "readout/eval.h"

namespace readout::eval {
namespace {

bool Overlap(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// `s` without what annotators include or leave out at will: surrounding
// spaces, a leading article, trailing punctuation and a possessive "'s"
// (straight, curly or modifier-letter apostrophe).
std::string_view Core(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  for (std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (s.substr(0, article.size()) == article) {
      s.remove_prefix(article.size());
      break;
    }
  }
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!s.empty() && (IsAsciiSpace(s.back()) || std::string_view(".,;:\"'").find(s.back()) != std::string_view::npos)) {
      s.remove_suffix(1);
      trimmed = true;
    }
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s", "\xCA\xBCs"}) {
      if (s.size() > possessive.size() && s.substr(s.size() - possessive.size()) == possessive) {
        s.remove_suffix(possessive.size());
        trimmed = true;
      }
    }
  }
  return s;
}

std::string_view TextOf(const Document& doc, Span s) {
  if (s.end > doc.text.size() || s.begin > s.end) return {};
  return std::string_view(doc.text).substr(s.begin, s.size());
}

std::string Join(const Document& doc, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += " | ";
    out += TextOf(doc, s);
  }
  return out;
}

bool CodeAgrees(std::string_view predicted, std::string_view gold) {
  return predicted.substr(0, gold.size()) == gold;
}

void Share(Agreement& a) { a.share = a.checked == 0 ? 0 : static_cast<double>(a.agreed) / static_cast<double>(a.checked); }

void Tally(Agreement& a, bool agreed) {
  ++a.checked;
  if (agreed) ++a.agreed;
}

void FinishClasses(std::array<ClassScores, kGoldEventClasses>& by, double* macro_f1) {
  double sum = 0;
  for (ClassScores& c : by) {
    c.precision = c.predicted == 0 ? 0 : static_cast<double>(c.correct) / static_cast<double>(c.predicted);
    c.recall = c.gold == 0 ? 0 : static_cast<double>(c.correct) / static_cast<double>(c.gold);
    c.f1 = c.precision + c.recall == 0 ? 0 : 2 * c.precision * c.recall / (c.precision + c.recall);
    sum += c.f1;
  }
  *macro_f1 = sum / static_cast<double>(kGoldEventClasses);
}

void Count(std::array<ClassScores, kGoldEventClasses>& by, EventClass gold, EventClass predicted, std::size_t* correct) {
  ++by[static_cast<std::size_t>(gold)].gold;
  if (predicted == EventClass::kNone) return;
  ++by[static_cast<std::size_t>(predicted)].predicted;
  if (predicted == gold) {
    ++by[static_cast<std::size_t>(gold)].correct;
    ++*correct;
  }
}

}  // namespace

std::string_view EventClassName(EventClass c) {
  switch (c) {
    case EventClass::kNeutral: return "neutral";
    case EventClass::kVerbalCooperation: return "verbal_cooperation";
    case EventClass::kMaterialCooperation: return "material_cooperation";
    case EventClass::kVerbalConflict: return "verbal_conflict";
    case EventClass::kMaterialConflict: return "material_conflict";
    case EventClass::kNone: return "none";
  }
  return "none";
}

EventClass ClassOfCode(std::string_view code) {
  const std::string_view root = cameo::RootOf(code);
  if (root.empty()) return EventClass::kNone;
  const int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r <= 2) return EventClass::kNeutral;
  if (r <= 5) return EventClass::kVerbalCooperation;
  if (r <= 8) return EventClass::kMaterialCooperation;
  if (r <= 13 || r == 16) return EventClass::kVerbalConflict;
  return EventClass::kMaterialConflict;
}

std::string_view EventFailureCauseName(EventFailureCause c) {
  switch (c) {
    case kParseFailure: return "parse";
    case kNoPattern: return "no_pattern";
    case kWrongPattern: return "wrong_pattern";
    case kWrongMainEvent: return "wrong_main_event";
    case kWrongActor: return "wrong_actor";
    case kEventFailureCauses: break;
  }
  return "parse";
}

void EventScorer::Add(const GoldEvent& gold, const Document& doc, std::size_t sentences_read,
                      const std::vector<events::Event>& events) {
  EventScores& c = counts_;
  ++c.sentences;
  const EventClass predicted = events.empty() ? EventClass::kNone : ClassOfCode(events.front().code);
  const auto g = static_cast<std::size_t>(gold.gold);
  ++c.confusion[g][static_cast<std::size_t>(predicted)];
  if (predicted == EventClass::kNone) ++c.predicted_none;
  Count(c.by_class, gold.gold, predicted, &c.correct);
  Count(c.by_class_none_as_neutral, gold.gold, predicted == EventClass::kNone ? EventClass::kNeutral : predicted,
        &c.correct_none_as_neutral);
  if (gold.gold != EventClass::kNeutral) Tally(c.event_found, !events.empty());

  // The events judged: those of the gold class, else all.
  std::vector<const events::Event*> judged;
  for (const events::Event& e : events) {
    if (ClassOfCode(e.code) == gold.gold) judged.push_back(&e);
  }
  const bool any_of_class = !judged.empty();
  if (any_of_class) ++c.any_event_correct;
  if (!any_of_class) {
    for (const events::Event& e : events) judged.push_back(&e);
  }

  bool actors_right = true;
  if (!events.empty()) {
    struct Role {
      const std::vector<Span>& gold;
      const std::string& gold_code;
      const events::ActorRef events::Event::*actor;
      Agreement *overlap, *exact, *code;
    };
    for (const Role& role : {Role{gold.sources, gold.source_code, &events::Event::source, &c.source_overlap,
                                  &c.source_exact, &c.source_code},
                             Role{gold.targets, gold.target_code, &events::Event::target, &c.target_overlap,
                                  &c.target_exact, &c.target_code}}) {
      if (!role.gold.empty()) {
        bool overlap = false, exact = false;
        for (const events::Event* e : judged) {
          const Span mine = (e->*role.actor).span;
          for (const Span& want : role.gold) {
            if (mine.empty()) continue;
            overlap = overlap || Overlap(mine, want);
            exact = exact || Core(TextOf(doc, mine)) == Core(TextOf(doc, want));
          }
        }
        Tally(*role.overlap, overlap);
        Tally(*role.exact, exact);
        actors_right = actors_right && overlap;
      }
      if (!role.gold_code.empty()) {
        bool agreed = false;
        for (const events::Event* e : judged) agreed = agreed || CodeAgrees((e->*role.actor).code, role.gold_code);
        Tally(*role.code, agreed);
      }
    }
    if (!gold.code.empty()) {
      Tally(c.code_exact, events.front().code == gold.code);
      Tally(c.code_root, cameo::RootOf(events.front().code) == cameo::RootOf(gold.code));
    }
  }

  if (predicted == gold.gold && actors_right) return;
  const bool no_source = std::all_of(judged.begin(), judged.end(),
                                     [](const events::Event* e) { return e->source.span.empty(); });
  EventFailureCause cause = kWrongActor;
  if (sentences_read != 1) {
    cause = kParseFailure;
  } else if (events.empty()) {
    cause = kNoPattern;
  } else if (no_source) {
    cause = kParseFailure;
  } else if (!any_of_class) {
    cause = kWrongPattern;
  } else if (predicted != gold.gold) {
    cause = kWrongMainEvent;
  }
  ++c.failures_by_cause[cause];
  if (!keep_failures_) return;
  EventFailure f;
  f.cause = cause;
  f.doc = gold.doc;
  f.text = doc.text;
  f.gold = gold.gold;
  f.predicted = predicted;
  f.gold_source = Join(doc, gold.sources);
  f.gold_target = Join(doc, gold.targets);
  if (!judged.empty()) {
    const events::Event& e = *judged.front();
    f.code = e.code;
    f.source = e.source.text;
    f.target = e.target.text;
    f.verb = e.verb;
    f.rule = e.rule;
  }
  failures_.push_back(std::move(f));
}

EventScores EventScorer::Scores() const {
  EventScores s = counts_;
  const auto share = [&](std::size_t n) {
    return s.sentences == 0 ? 0 : static_cast<double>(n) / static_cast<double>(s.sentences);
  };
  s.accuracy = share(s.correct);
  s.accuracy_none_as_neutral = share(s.correct_none_as_neutral);
  s.any_event_accuracy = share(s.any_event_correct);
  s.no_event_share = share(s.predicted_none);
  FinishClasses(s.by_class, &s.macro_f1);
  FinishClasses(s.by_class_none_as_neutral, &s.macro_f1_none_as_neutral);
  for (Agreement* a : {&s.event_found, &s.source_overlap, &s.source_exact, &s.target_overlap, &s.target_exact,
                       &s.source_code, &s.target_code, &s.code_exact, &s.code_root}) {
    Share(*a);
  }
  return s;
}

}  // namespace readout::eval
