#pragma once
// The Forum CSR-PKBL in one year: who sits at the table, their positions, and what came out.
#include <Eigen/Dense>
#include <vector>

namespace cgsim {

enum class ActorKind { government, company, msme_representative, civil_society };

struct Participant {
  ActorKind kind;
  int stakeholder;   // row/column in World::stakeholder_trust
  int company = -1;  // index into World::companies for companies
  double power = 0;
};

struct ForumOutcome {
  bool plan_adopted = false;
  Eigen::VectorXd plan;         // allocation over (type x district), sums to 1
  double acceptability = 0;     // mean of 1 - d(plan, x_a)
  double equity = 0;            // sd of acceptability across participants
  double msme_voice_share = 0;  // MSME representatives' share of influence
  double fair_voice_share = 0;  // their share of seats
  int rounds = 0;
};

struct Forum {
  std::vector<Participant> participants;
  Eigen::MatrixXd positions;  // participants x (kTypes * districts), rows on the simplex
  ForumOutcome outcome;
};

}  // namespace cgsim
