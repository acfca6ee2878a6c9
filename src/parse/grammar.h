// The one compiled dictionary set of a run: the dictionaries, their lexicon,
// and the tagger and parser built over it. Compiled once, then immutable and
// shared by every stage (events, quotes) and every thread.
#pragma once

#include <memory>

#include "dict/lexicon.h"
#include "parse/parser.h"
#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "tag/tagger.h"

namespace readout::parse {

struct Grammar {
  // Compiles `set`; problems (a pattern naming an unknown synset) go to
  // `diags`.
  Grammar(dict::DictionarySet set, Diagnostics& diags)
      : dicts(std::move(set)), lexicon(dict::Compile(dicts, diags)), tagger(lexicon), parser(lexicon) {}
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  const dict::DictionarySet dicts;
  const dict::Lexicon lexicon;
  const tag::Tagger tagger;
  const Parser parser;
};

}  // namespace readout::parse
