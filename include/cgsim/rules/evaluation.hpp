#pragma once
// Submodel 8, evaluation (end of year). Output mode: deliveries are counted, nothing is learned.
// Impact mode: the impact of each programme type is estimated from the agents' data
// (beneficiaries' capability gain minus that of unserved MSMEs in the same district, seen
// through registry noise); companies whose results reach the forum and the government move
// their programme mix towards what worked per rupiah (learning rate eta). MSMEs' trust in
// government follows whether they are heard.
#include <vector>

#include "cgsim/world/company.hpp"
#include "cgsim/world/district.hpp"
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Estimated capability gain per delivery of each type, relative to unserved MSMEs (no noise).
ByType measured_impact(const std::vector<District>& districts, const Msmes& m);
// The programme mix learning moves towards: positive impact per unit cost, normalised to sum 1
// (uniform when nothing had a positive impact).
ByType learning_target(const Parameters& p, const ByType& impact);
// preferences <- (1 - eta) preferences + eta target; true if the mix moved noticeably (total
// variation above 0.005).
bool learn(ByType& preferences, const ByType& target, double eta);

// What the evaluation changed: the share of the CSR budget whose programme mix it moved.
struct EvaluationResult {
  double feedback = 0;
};
// Reads the districts, the MSMEs' capability gains and served types, this year's normalised
// MSME voice and how far the adopted plan was kept (its adherence; < 0 if no plan was adopted);
// writes the MSMEs' trust in government (from that experience), the companies' preferences and
// the government's priorities.
EvaluationResult evaluate_year(const RuleContext& now, const std::vector<District>& districts, double voice_norm,
                               double promises_kept, Msmes& m, std::vector<Company>& companies,
                               ByType& government_priorities);

}  // namespace cgsim
