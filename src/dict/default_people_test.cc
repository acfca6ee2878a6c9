// readout's own people file (data/dictionaries/people.actors.txt): it reads
// cleanly, and the dated roles give the right code on dates around the
// hand-overs it records, 2000 to 2026. Each row is a public fact.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "readout/dict.h"

namespace readout::dict {
namespace {

namespace fs = std::filesystem;

struct Role {
  const char* name;  // primary phrase, as written
  std::int32_t date;
  const char* code;
};

constexpr Role kRoles[] = {
    {"XI_JINPING", 20030101, "CHNELI"},
    {"XI_JINPING", 20250224, "CHNGOV"},
    {"VOLODYMYR_ZELENSKY", 20190601, "UKRGOV"},
    {"SANAE_TAKAICHI", 20250601, "JPNELI"},
    {"SANAE_TAKAICHI", 20251101, "JPNGOV"},
    {"DENYS_SHMYHAL", 20240101, "UKRGOV"},   // prime minister
    {"DENYS_SHMYHAL", 20250901, "UKRMIL"},   // defence minister
    {"DENYS_SHMYHAL", 20260301, "UKRGOV"},   // energy minister
    {"MYKHAILO_FEDOROV", 20260301, "UKRMIL"},
    {"KYRYLO_BUDANOV", 20251201, "UKRSPY"},
    {"KYRYLO_BUDANOV", 20260201, "UKRGOV"},
    {"NICOLAS_MADURO", 20251201, "VENGOV"},
    {"NICOLAS_MADURO", 20260201, "VENELI"},
    {"JOSE_ANTONIO_KAST", 20260101, "CHLOPP"},
    {"JOSE_ANTONIO_KAST", 20260401, "CHLGOV"},
    {"GABRIEL_BORIC", 20260401, "CHLELI"},
    {"BARHAM_SALIH", 20200101, "IRQGOV"},
    {"BARHAM_SALIH", 20260601, "IGOUNOREFHCR"},
};

TEST(DefaultPeople, DatedRolesAcrossTheHandOvers) {
  Diagnostics diags;
  Result<ActorDictionary> people =
      LoadActors((fs::path(READOUT_SOURCE_DIR) / "data/dictionaries/people.actors.txt").string(), diags);
  ASSERT_TRUE(people.ok()) << people.status().ToString();
  EXPECT_EQ(diags.errors(), 0u);
  EXPECT_EQ(diags.warnings(), 0u);
  for (const Role& role : kRoles) {
    const Actor* found = nullptr;
    for (const Actor& a : people->actors) {
      if (!a.phrases.empty() && a.phrases[0].ToString() == role.name) found = &a;
    }
    ASSERT_NE(found, nullptr) << role.name;
    EXPECT_EQ(found->CodeOn(role.date), role.code) << role.name << " on " << role.date;
  }
}

}  // namespace
}  // namespace readout::dict
