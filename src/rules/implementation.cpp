#include "cgsim/rules/implementation.hpp"

#include <algorithm>
#include <cmath>

#include "cgsim/rules/needs.hpp"
#include "cgsim/rules/needs_register.hpp"
#include "cgsim/rules/positions.hpp"
#include "cgsim/world/forum.hpp"

namespace cgsim {

Eigen::VectorXd tilt_to_countable(const Parameters& p, const Eigen::VectorXd& own) {
  const double tilt = p.award_countable_tilt * p.award_value / (1.0 + p.award_value);
  if (!(tilt > 0)) return own;
  const int D = static_cast<int>(own.size()) / kTypes;
  Eigen::VectorXd countable = own;
  for (int d = 0; d < D; ++d) {
    double money = 0, per_rupiah = 0;
    for (int t = 0; t < kTypes; ++t) {
      money += own(cell(t, d));
      per_rupiah += own(cell(t, d)) / p.unit_cost[t];
    }
    if (!(per_rupiah > 0)) continue;
    for (int t = 0; t < kTypes; ++t) countable(cell(t, d)) = money * own(cell(t, d)) / p.unit_cost[t] / per_rupiah;
  }
  return (1.0 - tilt) * own + tilt * countable;
}

Spending allocate_budgets(const RuleContext& now, const std::vector<Company>& companies, const Forum& forum,
                          double last_voice, const Eigen::MatrixXd& true_needs) {
  const auto& p = now.params;
  const int J = static_cast<int>(companies.size());
  Spending out;
  out.allocation.assign(J, Eigen::VectorXd());
  out.coordinated.assign(J, 0);
  double budget = 0, planned = 0;
  const bool plan = forum.outcome.plan_adopted;
  const auto adherence = [&](int j) { return forum.outcome.adherence.empty() ? 0.0 : forum.outcome.adherence[j]; };
  for (int j = 0; j < J; ++j) {
    const auto& c = companies[j];
    if (!c.operating()) continue;
    const double kept = adherence(j);
    Eigen::VectorXd own = company_position(now, c, j, last_voice, true_needs);
    if (c.member && c.reporting) own = tilt_to_countable(p, own);  // awards go to reporting members
    out.allocation[j] = plan && kept > 0 ? Eigen::VectorXd(kept * forum.outcome.plan + (1.0 - kept) * own) : own;
    // The coordination unit sees a company's beneficiaries if it reports or implements the plan.
    out.coordinated[j] = p.coordination_unit && (c.reporting || kept > 0);
    budget += c.msme_budget;
    planned += kept * c.msme_budget;
  }
  double active_budget = 0;
  for (int j = 0; j < J; ++j)
    if (companies[j].active && plan) {
      active_budget += companies[j].msme_budget;
      out.plan_adherence += adherence(j) * companies[j].msme_budget;
    }
  out.plan_adherence = active_budget > 0 ? out.plan_adherence / active_budget : 0.0;
  out.forum_budget_share = budget > 0 ? planned / budget : 0.0;
  return out;
}

float delivery_gain(const Parameters& p, const Msmes& m, std::size_t i, int t, int k, bool partnered) {
  const auto k_star = main_capability(p);
  const float match = need_match(p, m, i, k_star[t]);
  const float fatigue = 1.0f / (1.0f + static_cast<float>(p.fatigue) * m.exposure[i * kTypes + t]);
  const float quality = partnered ? 1.0f + static_cast<float>(p.partner_quality_bonus) : 1.0f;
  return quality * static_cast<float>(effect_row(p, t)[k]) * (1.0f - m.capability[k][i]) * match * fatigue;
}

void deliver(const Parameters& p, int this_year, std::size_t i, int t, bool partnered, Msmes& m, DeliveryTally& f) {
  const auto k_star = main_capability(p);
  const float match = need_match(p, m, i, k_star[t]);
  const auto year = static_cast<std::int16_t>(this_year);
  const double cost = p.unit_cost[t];

  f.deliveries += 1;
  if (m.served_types[i] & (1u << t)) f.duplicate_deliveries += 1;
  f.need_match_sum += match;
  if (t == kTraining) {
    f.trainings += 1;
    if (recently_trained(m, i, year)) f.repeat_trainings += 1;
  }
  // All gains are computed from the state before the delivery, then applied.
  std::array<float, kCapabilities> gain{};
  for (int k = 0; k < kCapabilities; ++k) gain[k] = delivery_gain(p, m, i, t, k, partnered);
  float gained = 0;
  for (int k = 0; k < kCapabilities; ++k) {
    const float before = m.capability[k][i];
    m.capability[k][i] = std::min(1.0f, before + gain[k]);
    gained += m.capability[k][i] - before;
  }
  if (t == kTraining) {
    m.fragile_training[i] += gained;
    m.last_training_year[i] = year;
  }
  if (t == kMentoring) {
    m.fragile_training[i] = 0;
    m.last_mentoring_year[i] = year;
  }
  if (t == kCapital) m.capital[i] += static_cast<float>(cost);
  m.trust_company[i] += static_cast<float>(p.msme_trust_rate) * (match - m.trust_company[i]);
  auto& exposure = m.exposure[i * kTypes + t];
  if (exposure < 255) ++exposure;
  m.served_types[i] |= static_cast<std::uint8_t>(1u << t);
  m.cumulative_benefit[i] += static_cast<float>(cost);
  f.spend += cost;
  f.spend_by_district[m.district[i]] += cost;
}

double partner_share(const Parameters& p) {
  const double seats = p.agenda == Agenda::joint_planning ? static_cast<double>(p.civil_society_seats) : 0.0;
  return std::min(1.0, p.partner_share + p.partner_share_per_seat * seats);
}

namespace {

// How visible MSME i is to a company choosing beneficiaries on its own, in [0, 1]: formal, served
// before, capable.
double visibility(bool formal, bool served_before, float capability_sum) {
  return 0.4 * formal + 0.3 * served_before + 0.3 * capability_sum / kCapabilities;
}
double visibility(const Msmes& m, std::size_t i) {
  return visibility(m.formal[i], m.cumulative_benefit[i] > 0, m.capability_sum(i));
}
// The selection weight exp(elite x visibility), divided by its largest value exp(elite): the
// probability a uniformly drawn MSME is accepted.
double acceptance(double elite, double visible) { return std::exp(elite * (visible - 1.0)); }

// After this many rejected trials the draw is made exactly from the district's cumulative weights
// (with the default elite capture this practically never happens; see ODD 7.5).
constexpr std::uint32_t kMaxTrials = 4096;
// Marks the step of a second look (after a pick already served by a reported programme), so that
// its draws differ from the first look's (steps < 2^14 and trials < 2^13 leave bit 31 free).
constexpr std::uint32_t kSecondLook = 1u << 31;

}  // namespace

// In the state at the time of the draw. By rejection: an MSME drawn uniformly is accepted with
// probability exp(elite (visibility - 1)) <= 1, so a delivery costs a few trials instead of a
// weight for every MSME of the district every step.
std::size_t draw_visible(const RuleContext& now, const Msmes& m, const District& dist, DeliveryKey key) {
  if (dist.count == 0) return 0;
  const double elite = now.params.elite_capture;
  auto trial_words = [&](std::uint32_t trial) {
    // step < 2^14 (simulation.years <= 200, steps_per_year <= 52), so (step, trial) is one-to-one.
    return now.rng.words(Purpose::visibility_trial, key.step | (trial << 14), key.company, key.delivery);
  };
  // Acceptance with full capability, by (formal, served before): most trials fail this bound, and
  // then the MSME's five capabilities need not be read.
  std::array<double, 4> ceiling{};
  for (int tier = 0; tier < 4; ++tier)
    ceiling[tier] = acceptance(elite, visibility(tier >= 2, tier % 2 == 1, kCapabilities));
  for (std::uint32_t trial = 0; trial < kMaxTrials; ++trial) {
    const auto r = trial_words(trial);
    const auto k = std::min(
        dist.count - 1, static_cast<std::size_t>(to_unit_interval(r.w[0], r.w[1]) * static_cast<double>(dist.count)));
    const std::size_t i = dist.first + k;
    if (!m.alive[i]) continue;
    const double u = to_unit_interval(r.w[2], r.w[3]);
    if (u >= ceiling[2 * m.formal[i] + (m.cumulative_benefit[i] > 0)]) continue;
    if (u < acceptance(elite, visibility(m, i))) return k;
  }
  std::vector<double> cumulative(dist.count);
  double total = 0;
  for (std::size_t k = 0; k < dist.count; ++k) {
    const std::size_t i = dist.first + k;
    if (m.alive[i]) total += acceptance(elite, visibility(m, i));
    cumulative[k] = total;
  }
  if (!(total > 0)) return dist.count;
  const auto r = trial_words(kMaxTrials);
  const double u = to_unit_interval(r.w[0], r.w[1]) * total;
  return std::min<std::size_t>(
      dist.count - 1,
      static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()));
}

void implement_step(const RuleContext& now, const std::vector<District>& districts,
                    const std::vector<Company>& companies, const Spending& spending, Eigen::MatrixXd& committed,
                    NeedsRegister& needs_register, Msmes& m, DeliveryTally& tally) {
  const auto& p = now.params;
  const int J = static_cast<int>(companies.size());
  const int D = static_cast<int>(districts.size());
  const double share = partner_share(p);
  const double avoidance = p.reported_avoidance * p.registry_quality;
  const auto step = static_cast<std::uint32_t>(now.step);
  // Commit this step's budget to cells, then count whole deliveries each cell can pay for.
  Eigen::MatrixXi deliveries = Eigen::MatrixXi::Zero(J, kTypes * D);
  for (int j = 0; j < J; ++j) {
    if (spending.allocation[j].size() == 0) continue;
    committed.row(j) +=
        spending.allocation[j].transpose() * (companies[j].msme_budget / static_cast<double>(p.steps_per_year));
    for (int d = 0; d < D; ++d)
      for (int t = 0; t < kTypes; ++t) {
        const int c = cell(t, d);
        const int n = static_cast<int>(whole_deliveries(committed(j, c), p.unit_cost[t]));
        if (n <= 0 || districts[d].count == 0) continue;
        deliveries(j, c) = n;
        committed(j, c) -= n * p.unit_cost[t];
      }
  }
  for (int d = 0; d < D; ++d) {
    const auto& dist = districts[d];
    if (dist.count == 0) continue;
    for (int t = 0; t < kTypes; ++t) {
      const int c = cell(t, d);
      std::size_t pooled = 0;
      for (int j = 0; j < J; ++j) {
        const int n = deliveries(j, c);
        if (n == 0) continue;
        if (spending.coordinated[j]) {
          pooled += static_cast<std::size_t>(n);
          continue;
        }
        for (int k = 0; k < n; ++k) {
          const DeliveryKey key{
              step, static_cast<std::uint32_t>(j),
              static_cast<std::uint32_t>(k) * static_cast<std::uint32_t>(kTypes * D) + static_cast<std::uint32_t>(c)};
          const auto r = now.rng.words(Purpose::selection, key.step, key.company, key.delivery);
          std::size_t chosen = draw_visible(now, m, dist, key);
          // The CSR information system shows what reporting companies delivered this year: a company
          // that sees its pick already got this type from one of them looks once more (ODD 7.5).
          if (chosen != dist.count && (m.reported_types[dist.first + chosen] & (1u << t)) &&
              to_unit_interval(r.w[0], r.w[1]) < avoidance) {
            const std::size_t other =
                draw_visible(now, m, dist, DeliveryKey{key.step | kSecondLook, key.company, key.delivery});
            if (other != dist.count) chosen = other;
          }
          // Nobody alive to receive it: the money stays committed.
          if (chosen == dist.count) {
            committed(j, c) += p.unit_cost[t];
            continue;
          }
          deliver(p, now.year, dist.first + chosen, t, to_unit_interval(r.w[2], r.w[3]) < share, m, tally);
          if (companies[j].reporting) m.reported_types[dist.first + chosen] |= static_cast<std::uint8_t>(1u << t);
        }
      }
      if (pooled == 0) continue;
      // Money for deliveries nobody needed stays committed with the coordinated companies.
      std::size_t unspent = pooled - serve_from_register(now, dist, d, t, pooled, share, needs_register, m, tally);
      for (int j = 0; j < J && unspent > 0; ++j) {
        if (!spending.coordinated[j] || deliveries(j, c) == 0) continue;
        const auto back = std::min<std::size_t>(unspent, static_cast<std::size_t>(deliveries(j, c)));
        committed(j, c) += static_cast<double>(back) * p.unit_cost[t];
        unspent -= back;
      }
    }
  }
}

}  // namespace cgsim
