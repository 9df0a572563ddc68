#pragma once
// The Forum CSR-PKBL in one year: what it reads (ForumInputs), who sits at the table, what each
// wants (interests), what each says after deliberating (positions), and what came out, including
// how far each company will keep the plan (its adherence).
#include <Eigen/Dense>
#include <vector>

#include "cgsim/core/types.hpp"
#include "cgsim/world/company.hpp"
#include "cgsim/world/district.hpp"
#include "cgsim/world/trust_matrix.hpp"

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
  // Per company (index into the companies): share of its budget it spends as the adopted plan
  // says; 0 without a plan and for companies away from the table.
  std::vector<double> adherence;
};

// A human player's choices for one seat (the live view's play mode); without any, agents decide
// every seat as the model says. Each field left at its "model" value changes nothing.
struct SeatChoice {
  enum class Opening { own_interest, msme_needs, room_average };
  ActorKind kind = ActorKind::government;   // the seat: the first participant of this kind ...
  int company = -1;                         // ... and, for a company, this index into World::companies
  Opening opening = Opening::own_interest;  // the position stated before deliberation
  double firmness = -1;  // 0..1: how firmly it holds its position (1 - susceptibility); < 0: the model's
  int vote = 0;          // +1 accepts every draft, -1 rejects every draft, 0: accepts drafts within tolerance
  int comply = 0;        // companies: +1 keeps the adopted plan, -1 walks away (only a binding rule holds it), 0 model
};

// What the forum reads besides the rule context, all of it const: the companies (budget power,
// membership, activity, compliance and commitment; their districts, preferences and budgets
// shape their interests), the districts and the RPJMD programme mix (the government's interest),
// trust between the stakeholders and where their seats are, this year's needs (of all alive
// MSMEs, and of the organised ones that representatives speak for) and last year's MSME voice.
struct ForumInputs {
  const std::vector<Company>& companies;
  const std::vector<District>& districts;
  const ByType& government_priorities;
  const TrustMatrix& stakeholder_trust;
  StakeholderSeats seats;
  const Eigen::MatrixXd& true_needs;       // kTypes x districts, summed over alive MSMEs
  const Eigen::MatrixXd& organised_needs;  // the same over MSMEs in an association
  double last_voice = 0;                   // last year's normalised MSME voice, in [0, 1]
};

struct Forum {
  int meetings_held = 0;  // meetings the government convened this year (what they cost it)
  std::vector<Participant> participants;
  Eigen::MatrixXd interests;      // participants x cells: what each wants, rows on the simplex
  Eigen::MatrixXd opening;        // participants x cells: what each says before deliberation
  Eigen::MatrixXd positions;      // participants x cells: what each says after deliberation
  Eigen::VectorXd msme_interest;  // MSME representatives' mean interest (or the organised MSMEs' needs if no seat)
  ForumOutcome outcome;
};

}  // namespace cgsim
