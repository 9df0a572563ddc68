#include "cgsim/rules/forum_process.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "cgsim/rules/decision.hpp"
#include "cgsim/rules/deliberation.hpp"
#include "cgsim/rules/drafting.hpp"
#include "cgsim/rules/interests.hpp"
#include "cgsim/rules/levers.hpp"
#include "cgsim/rules/positions.hpp"
#include "cgsim/rules/power.hpp"

namespace cgsim {
namespace {

constexpr std::uint32_t kEvidenceId = 0xFFFD0000u;

Eigen::MatrixXd rows_of(const Eigen::MatrixXd& m, const std::vector<int>& rows) {
  Eigen::MatrixXd out(static_cast<Eigen::Index>(rows.size()), m.cols());
  for (std::size_t k = 0; k < rows.size(); ++k) out.row(static_cast<Eigen::Index>(k)) = m.row(rows[k]);
  return out;
}

Eigen::VectorXd entries_of(const Eigen::VectorXd& v, const std::vector<int>& rows) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t k = 0; k < rows.size(); ++k) out(static_cast<Eigen::Index>(k)) = v(rows[k]);
  return out;
}

// The needs data of the information system (empty without one): what evidence can pull towards.
Eigen::VectorXd registry_evidence(const RuleContext& now, const Eigen::MatrixXd& true_needs) {
  const auto& p = now.params;
  if (!(p.registry_quality > 0) || !(p.evidence_pull > 0)) return {};
  return perceive(now, true_needs, perception_sd(p, 0.0), kEvidenceId);
}

// The participant a human player's choice applies to, or -1 if that seat is not at the table.
int seat_of(const Forum& forum, const SeatChoice& choice) {
  for (std::size_t a = 0; a < forum.participants.size(); ++a) {
    const auto& part = forum.participants[a];
    if (part.kind == choice.kind && (choice.kind != ActorKind::company || part.company == choice.company))
      return static_cast<int>(a);
  }
  return -1;
}

// Human players' opening positions replace their agents' (the interests stay: they are what the
// seat stands for, and the outcome is measured against them).
void state_human_openings(Forum& forum, const std::vector<SeatChoice>& humans) {
  const auto n = static_cast<Eigen::Index>(forum.participants.size());
  for (const auto& choice : humans) {
    const int a = seat_of(forum, choice);
    if (a < 0 || choice.opening == SeatChoice::Opening::own_interest) continue;
    forum.positions.row(a) = choice.opening == SeatChoice::Opening::msme_needs
                                 ? Eigen::RowVectorXd(forum.msme_interest.transpose())
                                 : Eigen::RowVectorXd(forum.interests.colwise().sum() / static_cast<double>(n));
  }
}

// Meetings until a plan passes or the votes run out; positions, rounds and votes in `forum`.
void hold_meetings(const RuleContext& now, const TrustMatrix& stakeholder_trust, const Eigen::MatrixXd& true_needs,
                   const std::vector<SeatChoice>* humans, Forum& forum) {
  const auto& p = now.params;
  auto& out = forum.outcome;
  const auto& parts = forum.participants;
  const auto n = static_cast<Eigen::Index>(parts.size());
  Eigen::MatrixXd trust(n, n);
  for (Eigen::Index a = 0; a < n; ++a)
    for (Eigen::Index b = 0; b < n; ++b) trust(a, b) = stakeholder_trust(parts[a].stakeholder, parts[b].stakeholder);
  const Eigen::VectorXd votes = vote_weights(parts, p.asymmetry_exponent);
  Eigen::VectorXd susceptibility = Eigen::VectorXd::Constant(n, p.susceptibility);
  Eigen::VectorXd tolerance = Eigen::VectorXd::Constant(n, p.acceptability_tolerance);
  if (humans)
    for (const auto& choice : *humans) {
      const int a = seat_of(forum, choice);
      if (a < 0) continue;
      if (choice.firmness >= 0) susceptibility(a) = 1.0 - std::clamp(choice.firmness, 0.0, 1.0);
      if (choice.vote != 0) tolerance(a) = choice.vote > 0 ? std::numeric_limits<double>::infinity() : -1.0;
    }
  const Eigen::VectorXd evidence = registry_evidence(now, true_needs);
  const DeliberationSettings settings{p.mixing_rate, static_cast<int>(p.rounds_per_meeting), p.bounded_confidence, 1e-4,
                                      p.evidence_pull * p.registry_quality};
  const auto rule = p.decision_rule;
  const int attempts = static_cast<int>(std::min(p.decision_attempts, p.meetings_per_year));
  double voice = 0;
  for (int meeting = 0; meeting < attempts && !out.plan_adopted; ++meeting) {
    std::vector<int> present;
    for (Eigen::Index a = 0; a < n; ++a)
      if (attends(now, parts[a], meeting)) present.push_back(static_cast<int>(a));
    const Eigen::VectorXd speaking = speaking_shares(parts, present, p);
    for (std::size_t k = 0; k < present.size(); ++k)
      if (parts[present[k]].kind == ActorKind::msme_representative) voice += speaking(static_cast<Eigen::Index>(k));
    Eigen::MatrixXd trust_present(static_cast<Eigen::Index>(present.size()), static_cast<Eigen::Index>(present.size()));
    for (std::size_t a = 0; a < present.size(); ++a)
      for (std::size_t b = 0; b < present.size(); ++b)
        trust_present(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) = trust(present[a], present[b]);
    auto talk =
        deliberate(rows_of(forum.positions, present), rows_of(forum.interests, present),
                   entries_of(susceptibility, present), influence_weights(trust_present, speaking), evidence, settings);
    for (std::size_t k = 0; k < present.size(); ++k)
      forum.positions.row(present[k]) = talk.positions.row(static_cast<Eigen::Index>(k));
    out.rounds += talk.rounds;
    // The chair drafts from its own current position; a neutral facilitator from the room's mean.
    const int chair = chair_of(parts, present, p, now.year);
    const Eigen::VectorXd target = chair >= 0
                                       ? Eigen::VectorXd(forum.positions.row(chair).transpose())
                                       : weighted_mean(talk.positions, Eigen::VectorXd::Zero(talk.positions.rows()));
    const Eigen::VectorXd row_tolerance = entries_of(tolerance, present);
    const auto draft = draft_plan(rule, target, talk.positions, entries_of(votes, present), p.acceptability_tolerance,
                                  p.supermajority_threshold, humans ? &row_tolerance : nullptr);
    ++out.votes;
    if (draft.adopted) {
      out.plan_adopted = true;
      out.plan = draft.plan;
    }
  }
  out.msme_voice_share = out.votes > 0 ? voice / out.votes : 0.0;
}

// What the companies at the table spend without a plan: their interests weighted by budget.
Eigen::VectorXd unilateral_plan(const std::vector<Company>& companies, const Forum& forum) {
  Eigen::VectorXd sum = Eigen::VectorXd::Zero(forum.interests.cols());
  for (std::size_t a = 0; a < forum.participants.size(); ++a) {
    const auto& part = forum.participants[a];
    if (part.kind == ActorKind::company)
      sum += companies[part.company].msme_budget * forum.interests.row(static_cast<Eigen::Index>(a)).transpose();
  }
  return normalised(sum);
}

// The plan the dominant actors (government and companies) would make without MSME
// representatives: their interests weighted by votes.
Eigen::VectorXd dominant_plan(const Parameters& p, const Forum& forum) {
  const Eigen::VectorXd votes = vote_weights(forum.participants, p.asymmetry_exponent);
  std::vector<int> rows;
  for (std::size_t a = 0; a < forum.participants.size(); ++a)
    if (forum.participants[a].kind == ActorKind::government || forum.participants[a].kind == ActorKind::company)
      rows.push_back(static_cast<int>(a));
  return weighted_mean(rows_of(forum.interests, rows), entries_of(votes, rows));
}

void measure_outcome(const Parameters& p, Forum& forum) {
  auto& out = forum.outcome;
  const auto& parts = forum.participants;
  const Eigen::VectorXd heard = acceptability(out.plan, forum.interests);
  out.heard.assign(heard.data(), heard.data() + heard.size());
  out.acceptability = heard.size() > 0 ? heard.mean() : 0.0;
  out.equity = heard.size() > 0 ? std::sqrt((heard.array() - out.acceptability).square().mean()) : 0.0;
  double companies = 0, company_count = 0, seats = 0;
  for (std::size_t a = 0; a < parts.size(); ++a) {
    const auto k = static_cast<Eigen::Index>(a);
    if (parts[a].kind == ActorKind::government) out.acceptability_government = heard(k);
    if (parts[a].kind == ActorKind::company) {
      companies += heard(k);
      company_count += 1;
    }
    if (parts[a].kind == ActorKind::msme_representative) seats += 1;
  }
  out.acceptability_companies = company_count > 0 ? companies / company_count : 0.0;
  out.acceptability_msme = 1.0 - total_variation(out.plan, forum.msme_interest);
  out.fair_voice_share = parts.empty() ? 0.0 : seats / static_cast<double>(parts.size());
  if (!out.plan_adopted) return;  // no plan, no influence
  const double before = total_variation(dominant_plan(p, forum), forum.msme_interest);
  const double after = total_variation(out.plan, forum.msme_interest);
  out.msme_influence = before > 1e-9 ? std::clamp((before - after) / before, -1.0, 1.0) : 0.0;
}

}  // namespace

double plan_adherence(const Parameters& p, const Company& c, double distance_to_interest) {
  const double enforcement = p.binding && c.complying ? 1.0 : 0.0;  // adherence is an obligation of the Perda
  const double willing = 1.0 - (1.0 - c.commitment) * (1.0 - enforcement);
  const double keeps = distance_to_interest <= p.exit_distance ? willing : enforcement;  // exit unless bound
  return std::clamp(keeps * (0.5 + 0.5 * (1.0 - distance_to_interest)), 0.0, 1.0);
}

double human_adherence(bool complies, double distance_to_interest) {
  // A rule binds a company only through its own choice to comply (ODD 7.1): a player who refuses
  // keeps nothing of the plan (the audit risk of defying is the participation rule's, for agents).
  const double keeps = complies ? 1.0 : 0.0;
  return std::clamp(keeps * (0.5 + 0.5 * (1.0 - distance_to_interest)), 0.0, 1.0);
}

double msme_heard(const ForumOutcome& outcome) { return std::clamp(outcome.msme_influence, 0.0, 1.0); }

Forum run_forum(const RuleContext& now, const ForumInputs& in, const std::vector<SeatChoice>* humans) {
  const auto& p = now.params;
  Forum forum = seat_forum(now, in);
  if (humans) state_human_openings(forum, *humans);
  forum.opening = forum.positions;
  forum.outcome.adherence.assign(in.companies.size(), 0.0);
  forum.meetings_held = static_cast<int>(p.meetings_per_year);
  if (plans_jointly(p, forum.participants.size()))
    hold_meetings(now, in.stakeholder_trust, in.true_needs, humans, forum);
  if (!forum.outcome.plan_adopted) forum.outcome.plan = unilateral_plan(in.companies, forum);
  measure_outcome(p, forum);
  if (!forum.outcome.plan_adopted) return forum;
  auto& adherence = forum.outcome.adherence;
  for (std::size_t a = 0; a < forum.participants.size(); ++a) {
    const auto& part = forum.participants[a];
    if (part.kind != ActorKind::company) continue;
    adherence[part.company] = plan_adherence(p, in.companies[part.company], 1.0 - forum.outcome.heard[a]);
  }
  if (humans)
    for (const auto& choice : *humans) {
      const int a = seat_of(forum, choice);
      if (a < 0 || choice.kind != ActorKind::company || choice.comply == 0) continue;
      adherence[choice.company] =
          human_adherence(choice.comply > 0, 1.0 - forum.outcome.heard[static_cast<std::size_t>(a)]);
    }
  return forum;
}

}  // namespace cgsim
