// ComposeActorCode: the actor's code on a date, with agents after it
// ("~GOV") or before it ("NGO~"), and the country / sector split.
#include "events/actor_codes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readout/dict.h"

namespace readout::events {
namespace {

class ActorCodesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    actors_ = dict::ParseActors(
        "ARNOR [ARN]\n"
        "WHITE_HOUSE [USAGOV]\n"
        "SMEAGOL [HOB]\n"
        "\t[ORCHOB 20100109-20100112]\n"
        "\t[GOL >20110101]\n"
        "NOBODY\n"
        "WHITE_COUNCIL [NGO]\n",
        "t.actors", diags_);
    agents_ = dict::ParseAgents(
        "CLERIC [~REL]\n"
        "OFFICIAL [~GOV]\n"
        "HUMAN_RIGHTS_GROUP [NGO~]\n"
        "FOREIGN_MINISTER [~GOVFRM]\n"
        "INDUSTRY {} [~BUS]\n"
        "MINISTER [~GOV]\n",
        "t.agents", diags_);
  }

  const dict::Actor* Actor(std::size_t i) const { return &actors_.actors.at(i); }
  const dict::Agent* Agent(std::size_t i) const { return &agents_.agents.at(i); }

  ActorRef Compose(const dict::Actor* actor, std::vector<const dict::Agent*> agents,
                   std::int32_t date = 20200517) const {
    ActorRef out;
    ComposeActorCode(actor, agents, date, out);
    return out;
  }

  Diagnostics diags_;
  dict::ActorDictionary actors_;
  dict::AgentDictionary agents_;
};

TEST_F(ActorCodesTest, ActorAlone) {
  const ActorRef a = Compose(Actor(0), {});
  EXPECT_EQ(a.code, "ARN");
  EXPECT_EQ(a.country, "ARN");
  EXPECT_EQ(a.sector, "");
  EXPECT_EQ(a.entity, "Arnor");
  const ActorRef w = Compose(Actor(1), {});
  EXPECT_EQ(w.code, "USAGOV");
  EXPECT_EQ(w.country, "USA");
  EXPECT_EQ(w.sector, "GOV");
  EXPECT_EQ(w.entity, "White House");
}

TEST_F(ActorCodesTest, AgentAfterTheActor) {
  const ActorRef a = Compose(Actor(0), {Agent(0)});
  EXPECT_EQ(a.code, "ARNREL");
  EXPECT_EQ(a.country, "ARN");
  EXPECT_EQ(a.sector, "REL");
  EXPECT_EQ(Compose(Actor(0), {Agent(3)}).code, "ARNGOVFRM");
}

TEST_F(ActorCodesTest, APortfolioBeforeAGovernmentOfficeIsNotASector) {
  // "Arnor's Industry Minister": a minister for industry, not business.
  EXPECT_EQ(Compose(Actor(0), {Agent(4), Agent(5)}).code, "ARNGOV");
  // The portfolio word alone, or after the office, keeps its sector.
  EXPECT_EQ(Compose(Actor(0), {Agent(4)}).code, "ARNBUS");
  EXPECT_EQ(Compose(Actor(0), {Agent(5), Agent(4)}).code, "ARNGOVBUS");
}

TEST_F(ActorCodesTest, AgentBeforeTheActor) {
  const ActorRef a = Compose(Actor(0), {Agent(2)});
  EXPECT_EQ(a.code, "NGOARN");
  EXPECT_EQ(a.country, "ARN");
  EXPECT_EQ(Compose(Actor(0), {Agent(2), Agent(0)}).code, "NGOARNREL");
}

TEST_F(ActorCodesTest, SectorAlreadyPresentIsNotAddedAgain) {
  EXPECT_EQ(Compose(Actor(1), {Agent(1)}).code, "USAGOV");
  EXPECT_EQ(Compose(Actor(1), {Agent(0)}).code, "USAGOVREL");
  EXPECT_EQ(Compose(Actor(0), {Agent(1), Agent(1)}).code, "ARNGOV");
  EXPECT_EQ(Compose(Actor(0), {Agent(2), Agent(2)}).code, "NGOARN");
}

TEST_F(ActorCodesTest, AgentWithoutAnActor) {
  const ActorRef a = Compose(nullptr, {Agent(0)});
  EXPECT_EQ(a.code, "---REL");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.sector, "REL");
  EXPECT_EQ(a.entity, "");
  EXPECT_EQ(Compose(nullptr, {}).code, "---");
}

TEST_F(ActorCodesTest, ActorWithoutACodeCodesAsNull) {
  const ActorRef a = Compose(Actor(3), {Agent(1)});
  EXPECT_EQ(a.code, "---GOV");
  EXPECT_EQ(a.country, "");
}

TEST_F(ActorCodesTest, DatedCodesInclusiveAtBothEnds) {
  EXPECT_EQ(Compose(Actor(2), {}, 20100108).code, "HOB");
  EXPECT_EQ(Compose(Actor(2), {}, 20100109).code, "ORCHOB");
  EXPECT_EQ(Compose(Actor(2), {}, 20100112).code, "ORCHOB");
  EXPECT_EQ(Compose(Actor(2), {}, 20100113).code, "HOB");
  EXPECT_EQ(Compose(Actor(2), {}, 20101231).code, "HOB");
  EXPECT_EQ(Compose(Actor(2), {}, 20110101).code, "GOL");
  EXPECT_EQ(Compose(Actor(2), {Agent(1)}, 20100110).code, "ORCHOBGOV");
}

TEST_F(ActorCodesTest, AnAgentBeforeAnActorWithThatCodeIsNotRepeated) {
  EXPECT_EQ(Compose(Actor(4), {Agent(2)}).code, "NGO");        // "human rights group White Council"
  EXPECT_EQ(Compose(Actor(0), {Agent(2)}).code, "NGOARN");     // still added before another actor
}

}  // namespace
}  // namespace readout::events
