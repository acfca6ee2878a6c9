// Event records as JSONL: the native form of the events stage, one object
// per event with the field names DESIGN.md fixes (add, never rename).
#include "output/json_writer.h"
#include "readout/output.h"

namespace readout::output {
namespace {

bool HasActor(const events::ActorRef& a) {
  return !a.code.empty() || !a.text.empty() || !a.span.empty();
}

void AppendActor(const events::ActorRef& a, std::string& out) {
  JsonObject o(out);
  o.Str("text", a.text).Str("code", a.code).Str("country", a.country).Str("sector", a.sector);
  o.Str("entity", a.entity).Int("start", a.span.begin).Int("end", a.span.end);
  o.Close();
}

}  // namespace

bool ParseEventFormat(std::string_view name, EventFormat* format) {
  if (name == "jsonl" || name == "json") *format = EventFormat::kJsonl;
  else if (name == "phoenix") *format = EventFormat::kPhoenix;
  else return false;
  return true;
}

void AppendEventJson(const events::Event& e, std::string& out) {
  JsonObject o(out);
  o.Str("doc", e.doc).Int("sentence", e.sentence).Str("id", e.id);
  o.StrOrNull("date", e.date).StrOrNull("date_precision", e.date_precision);
  AppendActor(e.source, o.Raw("source"));
  if (HasActor(e.target)) {
    AppendActor(e.target, o.Raw("target"));
  } else {
    o.Null("target");
  }
  o.Str("code", e.code).StrOrNull("root", e.root);
  // quad 0: the code is not in the codebook, so neither is its score.
  if (e.quad == 0) {
    o.Null("quad").Null("goldstein");
  } else {
    o.Int("quad", e.quad).Double("goldstein", e.goldstein);
  }
  o.StrOrNull("plover", e.plover);
  o.Bool("negated", e.negated).Str("modality", events::ModalityName(e.modality));
  if (e.has_location) {
    JsonObject loc(o.Raw("location"));
    loc.Str("name", e.location.name).Str("country", e.location.country);
    if (e.location.has_coords) {
      loc.Double("lat", e.location.lat).Double("lon", e.location.lon);
    } else {
      loc.Null("lat").Null("lon");
    }
    loc.Close();
  } else {
    o.Null("location");
  }
  o.StrOrNull("said_by", e.said_by);
  o.Null("channel");   // filled by the quotes stage
  {
    JsonObject ev(o.Raw("evidence"));
    ev.Str("text", e.evidence_text).Int("start", e.evidence.begin).Int("end", e.evidence.end);
    ev.Close();
  }
  o.Str("verb", e.verb).Str("rule", e.rule);
  o.Close();
  out += '\n';
}

void AppendEventRecords(const Document& doc, const std::vector<events::Event>& events,
                        EventFormat format, std::string& out) {
  for (const events::Event& e : events) {
    if (format == EventFormat::kPhoenix) {
      AppendPhoenixLine(doc, e, out);
    } else {
      AppendEventJson(e, out);
    }
  }
}

}  // namespace readout::output
