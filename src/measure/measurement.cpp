#include "cgsim/measure/measurement.hpp"

#include <algorithm>
#include <limits>

#include "cgsim/core/parallel.hpp"
#include "cgsim/core/units.hpp"
#include "cgsim/measure/collaboration.hpp"
#include "cgsim/measure/public_cost.hpp"
#include "cgsim/rules/stakeholder_trust.hpp"
#include "cgsim/stats/order_statistics.hpp"

namespace cgsim {
namespace {

// a / b, or NaN (missing: nothing to measure) when there is no denominator, e.g. the reach of a
// district without alive MSMEs or the need match of a year without deliveries (docs/output.md).
double ratio(double a, double b) { return b > 0 ? a / b : std::numeric_limits<double>::quiet_NaN(); }

// Sums over one district's alive MSMEs, in MSME order.
struct DistrictTally {
  std::array<double, kCapabilities> capability{};
  double alive = 0, formal = 0, organised = 0, served = 0, revenue = 0, trust_c = 0, trust_g = 0;
  double capability_mean_sum = 0;
  std::vector<float> revenues, benefits;  // revenue of every alive MSME; positive cumulative benefits
  std::size_t no_benefit = 0;
};

DistrictTally tally_district(const Msmes& m, const District& dist) {
  DistrictTally t;
  t.revenues.reserve(dist.count);
  for (std::size_t i = dist.first; i < dist.first + dist.count; ++i) {
    if (!m.alive[i]) continue;
    t.alive += 1;
    const float sum = m.capability_sum(i);
    t.capability_mean_sum += sum / kCapabilities;
    for (int k = 0; k < kCapabilities; ++k) t.capability[k] += m.capability[k][i];
    t.formal += m.formal[i];
    t.organised += m.association[i] != kNoAssociation;
    t.served += m.served_types[i] != 0;
    t.revenue += m.revenue_year[i];
    t.revenues.push_back(m.revenue_year[i]);
    t.trust_c += m.trust_company[i];
    t.trust_g += m.trust_government[i];
    if (m.cumulative_benefit[i] > 0)
      t.benefits.push_back(m.cumulative_benefit[i]);
    else
      ++t.no_benefit;
  }
  return t;
}

void measure_msmes(const World& w, const DeliveryTally& delivered, YearRecord& r) {
  const auto& m = w.msmes;
  const int D = w.district_count();
  auto& out_values = r.indicators;
  for (auto& v : r.districts) v.assign(D, 0.0);
  // Districts are tallied in parallel, then added up in district order (thread-count independent).
  std::vector<DistrictTally> tallies(static_cast<std::size_t>(D));
  parallel_items(tallies.size(), w.threads, [&](std::size_t d) { tallies[d] = tally_district(m, w.districts[d]); });
  std::array<double, kCapabilities> capability{};
  double alive = 0, formal = 0, organised = 0, served = 0, revenue = 0, trust_c = 0, trust_g = 0;
  std::vector<std::vector<float>> revenues(tallies.size()), benefits(tallies.size());
  std::size_t no_benefit = 0;
  for (int d = 0; d < D; ++d) {
    auto& t = tallies[static_cast<std::size_t>(d)];
    for (int k = 0; k < kCapabilities; ++k) capability[k] += t.capability[k];
    alive += t.alive;
    formal += t.formal;
    organised += t.organised;
    served += t.served;
    revenue += t.revenue;
    trust_c += t.trust_c;
    trust_g += t.trust_g;
    no_benefit += t.no_benefit;
    revenues[d] = std::move(t.revenues);
    benefits[d] = std::move(t.benefits);
    r.districts[district_msmes][d] = t.alive;
    r.districts[district_reach][d] = ratio(t.served, t.alive);
    r.districts[district_capability_mean][d] = ratio(t.capability_mean_sum, t.alive);
    r.districts[district_spend][d] = billion_from_million_idr(delivered.spend_by_district[d]);
  }
  double all = 0;
  for (int k = 0; k < kCapabilities; ++k) {
    out_values[ind::capability_production + k] = ratio(capability[k], alive);
    all += capability[k];
  }
  out_values[ind::capability_mean] = ratio(all, alive * kCapabilities);
  out_values[ind::revenue_mean] = ratio(revenue, alive);
  out_values[ind::revenue_median] = upper_median(revenues, w.threads);
  out_values[ind::msmes_alive] = alive;
  out_values[ind::formal_share] = ratio(formal, alive);
  out_values[ind::organised_share] = ratio(organised, alive);
  out_values[ind::reach] = ratio(served, alive);
  out_values[ind::trust_msme_company] = ratio(trust_c, alive);
  out_values[ind::trust_msme_government] = ratio(trust_g, alive);
  out_values[ind::benefit_gini_msmes] = gini_with_zeros(benefits, no_benefit, w.threads);
  std::vector<double> per_msme;
  for (int d = 0; d < D; ++d)
    if (r.districts[district_msmes][d] > 0)
      per_msme.push_back(delivered.spend_by_district[d] / r.districts[district_msmes][d]);
  out_values[ind::benefit_gini_districts] = gini(per_msme);
}

// What the actors did this year, over operating companies (members or not: a company outside the
// forum is one that does not collaborate).
CollaborationComponents collaboration_components(const World& w, const Forum& forum, const Spending& spending) {
  double operating = 0, active = 0, reporting = 0;
  for (const auto& c : w.companies) {
    if (!c.operating()) continue;
    operating += 1;
    active += c.active;
    reporting += c.reporting;
  }
  return {ratio(active, operating), forum.outcome.plan_adopted ? spending.plan_adherence : 0.0,
          ratio(reporting, operating), std::clamp(forum.outcome.msme_influence, 0.0, 1.0)};
}

void measure_governance(const World& w, const Forum& forum, const Spending& spending, const DeliveryTally& delivered,
                        YearRecord& r) {
  const auto& outcome = forum.outcome;
  auto& out_values = r.indicators;
  out_values[ind::duplication_rate] = ratio(delivered.duplicate_deliveries, delivered.deliveries);
  out_values[ind::need_match] = ratio(delivered.need_match_sum, delivered.deliveries);
  out_values[ind::repeat_training_share] = ratio(delivered.repeat_trainings, delivered.trainings);
  out_values[ind::forum_budget_share] = spending.forum_budget_share;
  out_values[ind::msme_voice_share] = outcome.msme_voice_share;
  out_values[ind::decision_success] = outcome.plan_adopted ? 1.0 : 0.0;
  // Without participants nobody judged a plan: acceptability and equity are undefined.
  const bool judged = !forum.participants.empty();
  out_values[ind::decision_acceptability] = judged ? outcome.acceptability : ratio(0, 0);
  out_values[ind::decision_equity] = judged ? outcome.equity : ratio(0, 0);
  out_values[ind::acceptability_government] = judged ? outcome.acceptability_government : ratio(0, 0);
  out_values[ind::acceptability_companies] = judged ? outcome.acceptability_companies : ratio(0, 0);
  out_values[ind::acceptability_msme] = judged ? outcome.acceptability_msme : ratio(0, 0);
  out_values[ind::msme_influence] = outcome.msme_influence;
  out_values[ind::deliberation_rounds] = outcome.rounds;
  double members = 0, active = 0, reporting = 0, msme_budget = 0, operating = 0, complying = 0, fines = 0;
  double member_csr = 0;  // million IDR: a company's whole CSR budget is its base MSME budget / base share
  for (const auto& c : w.companies) {
    if (c.operating()) {
      operating += 1;
      complying += c.complying;
      msme_budget += c.msme_budget;
      fines += c.fine;
    }
    if (!c.operating() || !c.member) continue;
    members += 1;
    member_csr += c.base_msme_budget / w.params.msme_share_of_csr;  // operating implies a share > 0
    active += c.active;
    reporting += c.reporting;
  }
  out_values[ind::companies_members] = members;
  out_values[ind::companies_complying_share] = ratio(complying, operating);
  out_values[ind::csr_total_members] = billion_from_million_idr(member_csr);
  out_values[ind::msme_csr_total] = billion_from_million_idr(msme_budget);
  out_values[ind::companies_active_share] = ratio(active, members);
  out_values[ind::companies_reporting_share] = ratio(reporting, members);
  out_values[ind::trust_government_company] =
      government_company_trust(w.params, w.stakeholder_trust, w.companies, forum);
  out_values[ind::csr_spend] = billion_from_million_idr(delivered.spend);
  out_values[ind::government_cost] = cgsim::government_cost(w.params, w.companies, forum.meetings_held);
  out_values[ind::fines_collected] = fines;
  out_values[ind::government_cost_net] = out_values[ind::government_cost] - fines;
  out_values[ind::collaboration_index] = cgsim::collaboration_index(collaboration_components(w, forum, spending));
  out_values[ind::collaboration_stage] = cgsim::collaboration_stage(out_values[ind::collaboration_index], w.params);
}

}  // namespace

YearRecord measure_year(const World& w, const Forum& forum, const Spending& spending, const DeliveryTally& delivered) {
  YearRecord r;
  measure_msmes(w, delivered, r);
  measure_governance(w, forum, spending, delivered, r);
  return r;
}

}  // namespace cgsim
