// An actor's code from what named it: the actor dictionary's code in force
// on the sentence's date, with the agents around it.
//
//   "Arnor cleric"        ARN + ~REL           -> ARNREL
//   "MSF Arnor diplomat"  NGO~ + ARN + ~GOV    -> NGOARNGOV
//   "White House security officials"  USAGOV + ~GOV -> USAGOV (a sector the
//                         code already has is not added twice)
//   "students"            no actor + ~EDU      -> ---EDU
#pragma once

#include <cstdint>
#include <vector>

#include "readout/dict.h"
#include "readout/events.h"

namespace readout::events {

// Sets a.country and a.sector from a.code, whose first `prefix` characters
// are agents written before the actor ("NGO" of NGOARNGOV): the country is
// the three letters after them unless they are "---"; the sector is the rest.
void SplitCountrySector(ActorRef& a, std::size_t prefix = 0);

// Sets out.code, country, sector and entity. `actor` may be null.
void ComposeActorCode(const dict::Actor* actor, const std::vector<const dict::Agent*>& agents,
                      std::int32_t date, ActorRef& out);

}  // namespace readout::events
