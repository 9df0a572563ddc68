#pragma once
// The forum's year (submodels 2-4 together): seat the participants with their interests; if
// the agenda is joint planning and the rule is not unilateral, hold meetings: each deliberates
// (anchored, bounded-confidence updating among those present), then the chair drafts the plan
// closest to its target that the rule passes; up to forum.decision_attempts votes, then every
// company plans alone. Measures the outcome against interests and how far each company will keep
// the plan (its adherence).
#include <Eigen/Dense>
#include <vector>

#include "cgsim/world/company.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Share of its budget company j spends as the plan says, given the plan's distance to its
// interest: commitment raised by enforcement; beyond the exit distance only enforcement holds it.
double plan_adherence(const Parameters& p, const Company& c, double distance_to_interest);
// A human company's adherence: complying keeps the plan fully (the same scaling by distance as
// plan_adherence), refusing keeps none of it.
double human_adherence(bool complies, double distance_to_interest);
// The one step: reads the forum's inputs (companies, districts, government priorities, trust,
// seats, needs, last year's MSME voice); returns this year's forum: the meetings held, the
// participants, interests, positions and outcome, with each company's adherence to the plan.
// `humans` (the live view's play mode) replace the agents' opening position, firmness, vote and
// compliance in the seats they play; without them nothing changes.
Forum run_forum(const RuleContext& now, const ForumInputs& in, const std::vector<SeatChoice>* humans = nullptr);
// MSMEs' normalised voice for the rest of the year: how far the plan moved towards them, in [0, 1].
double msme_heard(const ForumOutcome& outcome);

}  // namespace cgsim
