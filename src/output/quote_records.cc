// Quote records as JSONL: one object per quotation with the field names
// DESIGN.md fixes (add, never rename).
#include "output/json_writer.h"
#include "readout/output.h"

namespace readout::output {
namespace {

void AppendRef(const events::ActorRef& a, bool with_entity, std::string& out) {
  JsonObject o(out);
  o.Str("text", a.text);
  if (with_entity) o.StrOrNull("entity", a.entity);
  o.StrOrNull("code", a.code);
  if (!a.span.empty()) {
    o.Int("start", a.span.begin).Int("end", a.span.end);
  } else {
    o.Null("start").Null("end");
  }
  o.Close();
}

}  // namespace

void AppendQuoteJson(const quotes::Quote& q, std::string& out) {
  JsonObject o(out);
  o.Str("doc", q.doc).Str("id", q.id).Int("sentence", q.sentence);
  o.Str("kind", quotes::QuoteKindName(q.kind));
  o.Str("text", q.text).Int("start", q.span.begin).Int("end", q.span.end);
  if (q.speaker.text.empty()) {
    o.Null("speaker");
  } else {
    AppendRef(q.speaker, true, o.Raw("speaker"));
  }
  o.Str("speaker_via", quotes::SpeakerViaName(q.via));
  o.StrOrNull("verb", q.verb);
  o.StrOrNull("addressee", q.addressee.text);
  o.StrOrNull("addressee_code", q.addressee.code);
  if (q.channel.text.empty()) {
    o.Null("channel");
  } else {
    AppendRef(q.channel, true, o.Raw("channel"));
  }
  // The relays, outermost first ("Bloomberg", "CCTV"); empty when none.
  std::string& channels = o.Raw("channels");
  channels += '[';
  for (std::size_t i = 0; i < q.channels.size(); ++i) {
    if (i > 0) channels += ',';
    AppendRef(q.channels[i], true, channels);
  }
  channels += ']';
  // A plural speaker's members ("the two leaders"); empty for one speaker.
  std::string& group = o.Raw("group");
  group += '[';
  for (std::size_t i = 0; i < q.group.size(); ++i) {
    if (i > 0) group += ',';
    JsonObject m(group);
    m.Str("text", q.group[i].text);
    m.StrOrNull("entity", q.group[i].entity);
    m.StrOrNull("code", q.group[i].code);
    m.Close();
  }
  group += ']';
  o.Close();
  out += '\n';
}

void AppendQuoteRecords(const std::vector<quotes::Quote>& quotes, std::string& out) {
  for (const quotes::Quote& q : quotes) AppendQuoteJson(q, out);
}

}  // namespace readout::output
