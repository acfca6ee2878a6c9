// eval: readout measured against a user's own gold annotations.
//
//   ScoreStories     B-cubed precision, recall and F1 of a grouping into
//                    stories against gold stories, the share of gold stories
//                    recovered exactly, and the F1 of the trivial answer that
//                    puts every document alone (a grouping must beat it).
//   ExplainStories   each gold story split over several predicted stories,
//                    and each predicted story that merges gold stories, with
//                    what the clusterer saw: dates and content similarity.
//
// B-cubed, per document: precision is the share of its predicted story that
// is in its gold story, recall the share of its gold story that is in its
// predicted story; both averaged over documents (Bagga & Baldwin 1998).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "readout/status.h"
#include "readout/stories.h"

namespace readout::eval {

// A document's gold story.
struct GoldStory {
  std::string doc;
  std::string story;
};

// The gold stories of a JSONL file: every line's "id" and "gold": {"story"}
// (the format of ../shared/datasets). Lines without a gold story are left
// out; a line that is not a JSON object, or an id given twice, is an error
// naming file:line.
Result<std::vector<GoldStory>> ReadGoldStories(const std::string& path);

struct StoryScores {
  std::size_t documents = 0;          // documents with a gold story
  std::size_t gold_stories = 0;
  std::size_t predicted_stories = 0;  // stories holding those documents
  double precision = 0, recall = 0, f1 = 0;
  std::size_t exact = 0;              // gold stories predicted exactly
  double exact_share = 0;
  double singletons_f1 = 0;           // every document alone
};

// Documents of `gold` absent from `predicted` count as stories of their own;
// predicted members without gold are ignored.
StoryScores ScoreStories(const std::vector<GoldStory>& gold, const std::vector<stories::Story>& predicted);

struct StoryMember {
  std::string doc;
  std::string gold;       // its gold story
  std::string predicted;  // its predicted story id
  std::string day;        // YYYY-MM-DD the clusterer dated it by, "" undated
};

struct StoryFailure {
  enum class Kind { kSplit, kMerged } kind = Kind::kSplit;
  std::string story;                 // the gold story split, or the predicted story merging
  std::vector<StoryMember> members;  // its documents
  // For a split: the closest pair of documents across two of the pieces;
  // for a merge: the closest pair from two different gold stories. Their
  // content cosine (as the clusterer weighs features) and days apart (-1
  // when either is undated).
  std::string closest_a, closest_b;
  double similarity = 0;
  int days_apart = -1;
};

// `digests` are the documents as they were clustered and `clusterer` the
// clusterer that grouped them (its corpus statistics weigh the features).
std::vector<StoryFailure> ExplainStories(const std::vector<GoldStory>& gold,
                                         const std::vector<stories::Story>& predicted,
                                         const std::vector<stories::Digest>& digests,
                                         const stories::Clusterer& clusterer);

}  // namespace readout::eval
