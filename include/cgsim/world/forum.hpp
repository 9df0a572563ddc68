#pragma once
// The Forum CSR-PKBL in one year: who sits at the table, what each wants (interests), what each
// says after deliberating (positions), and what came out.
#include <Eigen/Dense>
#include <vector>

namespace cgsim {

enum class ActorKind { government, company, msme_representative, civil_society };

struct Participant {
  ActorKind kind;
  int stakeholder;   // row/column in World::stakeholder_trust
  int company = -1;  // index into World::companies for companies
  double power = 0;  // resources and authority (budget-share units), before the asymmetry exponent
};

struct ForumOutcome {
  bool plan_adopted = false;
  // The adopted plan; without one, what the companies at the table spend alone (budget-weighted
  // mean of their interests). Allocation over (type x district), sums to 1.
  Eigen::VectorXd plan;
  double acceptability = 0;             // mean over participants of 1 - TV(plan, interest)
  double equity = 0;                    // sd of that acceptability across participants
  double acceptability_government = 0;  // 1 - TV(plan, government's interest)
  double acceptability_companies = 0;   // mean over the companies at the table
  double acceptability_msme = 0;        // against the MSME representatives' mean interest
  double msme_influence = 0;    // how far the plan moved towards the MSMEs' interest vs the dominant actors' plan
  double msme_voice_share = 0;  // MSME representatives' realised share of speaking weight (0 if no deliberation)
  double fair_voice_share = 0;  // their share of seats
  int rounds = 0;               // deliberation rounds held
  int votes = 0;                // drafts put to the vote
  std::vector<double> heard;    // per participant: acceptability of the plan to its interest
};

struct Forum {
  std::vector<Participant> participants;
  Eigen::MatrixXd interests;      // participants x cells: what each wants, rows on the simplex
  Eigen::MatrixXd positions;      // participants x cells: what each says after deliberation
  Eigen::VectorXd msme_interest;  // MSME representatives' mean interest (or the organised MSMEs' needs if no seat)
  ForumOutcome outcome;
};

}  // namespace cgsim
