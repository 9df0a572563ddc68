#pragma once
// Submodel 4b, drafting: the chair drafts the plan closest to its own target that the rule will
// pass. It searches along the path from its target to the vote-weighted compromise of the present
// positions and on to their equal-weight mean, in steps of 1/kDraftSteps, and proposes the first
// plan that passes; if none does, the meeting fails. (Whoever drafts sets the agenda: Purdy 2012.)
#include <Eigen/Dense>

#include "cgsim/rules/decision.hpp"

namespace cgsim {

inline constexpr int kDraftSteps = 20;

struct Draft {
  bool adopted = false;
  Eigen::VectorXd plan;  // the plan that passed, or the last one tried
};

// `row_tolerance`: per-row acceptance tolerance replacing `tolerance` (see accepting_share).
Draft draft_plan(DecisionRule rule, const Eigen::VectorXd& target, const Eigen::MatrixXd& positions,
                 const Eigen::VectorXd& votes, double tolerance, double threshold,
                 const Eigen::VectorXd* row_tolerance = nullptr);

}  // namespace cgsim
