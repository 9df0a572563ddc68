#pragma once
// Submodel 4c, power: its sources and the channels it acts through (Purdy 2012).
// Sources: resources (a company's CSR budget share x political weight), authority (the
// government convenes and always sits), discursive legitimacy (evidence from the information
// system and impact evaluation, held by the government, MSME representatives and civil society).
// Channels: votes (power^alpha), speaking weight (power^alpha x legitimacy, part of it handed out
// equally by a facilitator), the chair who drafts, attendance (unpaid MSME representatives often
// stay away), and exit (adherence, forum_process.hpp).
#include <Eigen/Dense>
#include <vector>

#include "cgsim/world/forum.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Evidence a participant can put on the table, in [0, 1].
double evidence_held(const Parameters& p, ActorKind kind);
// power^alpha per participant (0 for zero power unless alpha = 0).
Eigen::VectorXd vote_weights(const std::vector<Participant>& parts, double alpha);
// Speaking shares of the listed participants (sum 1): (1 - phi) norm(P^alpha (1 + lambda E)) + phi / n,
// with phi = facilitation effect x facilitation (the facilitated floor).
Eigen::VectorXd speaking_shares(const std::vector<Participant>& parts, const std::vector<int>& present,
                                const Parameters& p);
// Index (into parts) of the participant who chairs and drafts, or -1 for a neutral facilitator.
int chair_of(const std::vector<Participant>& parts, const std::vector<int>& present, const Parameters& p, int year);
// Whether participant `a` comes to meeting `meeting` this year (only MSME representatives may not).
bool attends(const RuleContext& now, const Participant& part, int meeting);

}  // namespace cgsim
