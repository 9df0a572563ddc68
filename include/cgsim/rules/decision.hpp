#pragma once
// Submodel 4a, decision rules (Choi & Robertson 2014): whether a draft passes among the
// participants present. A participant accepts a draft within `tolerance` (total variation) of
// its current position. weighted_majority: accepting vote share > 1/2; supermajority: >= the
// threshold; consensus: everyone present accepts; unilateral: the forum adopts nothing (each
// company plans alone).
#include <Eigen/Dense>

#include "cgsim/scenario/parameters.hpp"  // enum class DecisionRule (forum.decision_rule)

namespace cgsim {

// Share of the votes (rows of `positions`, weights `votes`; equal if all zero) that accept `plan`.
// `row_tolerance`, if given, replaces `tolerance` row by row (a human player's vote in the live
// view's play mode: +infinity accepts every draft, a negative value rejects every draft).
double accepting_share(const Eigen::VectorXd& plan, const Eigen::MatrixXd& positions, const Eigen::VectorXd& votes,
                       double tolerance, const Eigen::VectorXd* row_tolerance = nullptr);
bool passes(DecisionRule rule, const Eigen::VectorXd& plan, const Eigen::MatrixXd& positions,
            const Eigen::VectorXd& votes, double tolerance, double threshold,
            const Eigen::VectorXd* row_tolerance = nullptr);
// 1 - TV(plan, row a) for every row.
Eigen::VectorXd acceptability(const Eigen::VectorXd& plan, const Eigen::MatrixXd& rows);
// Vote-weighted mean of the rows (equal weights if all zero).
Eigen::VectorXd weighted_mean(const Eigen::MatrixXd& rows, const Eigen::VectorXd& weights);

}  // namespace cgsim
