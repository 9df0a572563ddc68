#include "cgsim/world/world_builder.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "cgsim/core/units.hpp"
#include "cgsim/scenario/districts_file.hpp"

namespace cgsim {
// The districts file's limit keeps every district index below the "no association" marker.
static_assert(kMaxDistricts <= kNoAssociation, "district indices are 16-bit");

namespace {

int draw_category(double u, const double* shares, int n) {
  double acc = 0;
  for (int k = 0; k < n; ++k) {
    acc += shares[k];
    if (u < acc) return k;
  }
  return n - 1;
}

std::size_t total_msmes(const Scenario& s) {
  if (s.parameters.msmes_per_weight <= 0) return static_cast<std::size_t>(s.parameters.msmes);
  double weights = 0;
  for (const auto& d : s.districts) weights += d.msme_weight;
  return static_cast<std::size_t>(std::llround(weights * s.parameters.msmes_per_weight));
}

void build_districts(World& w, const Scenario& s) {
  std::vector<double> weights;
  for (const auto& d : s.districts) weights.push_back(d.msme_weight);
  const auto counts = apportion(total_msmes(s), weights);
  std::size_t first = 0;
  for (std::size_t d = 0; d < s.districts.size(); ++d) {
    w.districts.push_back(
        {s.districts[d].name, s.districts[d].mining, s.districts[d].rpjmd_priority, first, counts[d]});
    first += counts[d];
  }
  w.msmes.resize(first);
}

void build_population(World& w) {
  for (std::size_t d = 0; d < w.districts.size(); ++d)
    for (std::size_t i = w.districts[d].first; i < w.districts[d].first + w.districts[d].count; ++i) {
      w.msmes.district[i] = static_cast<std::uint16_t>(d);
      initialise_msme(w.params, w.rng, w.msmes, i, 0);
      // Initial memberships and trust come from the initial shares, new entrants start unorganised.
      const auto u = w.rng.words(Purpose::population, static_cast<std::uint32_t>(i), 1);
      if (to_unit_interval(u.w[0], u.w[1]) < w.params.initial_organised_share)
        w.msmes.association[i] = static_cast<std::uint16_t>(d);
      w.msmes.formal[i] = to_unit_interval(u.w[2], u.w[3]) < w.params.initial_formal_share;
    }
}

// Watts-Strogatz inside each district block; a rewired link may leave the district.
void build_peer_network(World& w) {
  const auto& p = w.params;
  const std::uint32_t half = static_cast<std::uint32_t>(p.peer_degree / 2);
  const std::size_t n = w.msmes.size();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  edges.reserve(n * half * 2);
  for (const auto& d : w.districts) {
    if (d.count < 2) continue;
    for (std::size_t k = 0; k < d.count; ++k) {
      const auto i = static_cast<std::uint32_t>(d.first + k);
      for (std::uint32_t h = 1; h <= half && h < d.count; ++h) {
        auto j = static_cast<std::uint32_t>(d.first + (k + h) % d.count);
        const auto r = w.rng.words(Purpose::network, i, h);
        if (to_unit_interval(r.w[0], r.w[1]) < p.peer_rewire) {
          const bool leave = to_unit_interval(r.w[2], 0) < p.peer_cross_district;
          const std::size_t span = leave ? n : d.count, base = leave ? 0 : d.first;
          j = static_cast<std::uint32_t>(base +
                                         static_cast<std::size_t>(to_unit_interval(r.w[3], r.w[1]) * span) % span);
        }
        if (j == i) continue;
        edges.emplace_back(i, j);
        edges.emplace_back(j, i);
      }
    }
  }
  w.peers = PeerNetwork::from_links(n, edges);
}

std::vector<int> district_indices(const World& w, const std::vector<std::string>& names) {
  std::vector<int> out;
  for (const auto& name : names)
    for (int d = 0; d < w.district_count(); ++d)
      if (w.districts[d].name == name) out.push_back(d);
  return out;
}

void build_companies(World& w, const Scenario& s) {
  const auto& p = w.params;
  const double to_msme_million =
      million_from_billion_idr(p.msme_share_of_csr);  // billion IDR of CSR -> million IDR for MSMEs
  for (const auto& c : s.named_companies)
    w.companies.push_back({c.name, c.csr_budget_billion_idr * to_msme_million, district_indices(w, c.districts),
                           c.preferences, c.political_weight});
  // Unnamed companies: operating or not, Pareto budgets scaled to the stated total.
  const auto first_other = w.companies.size();
  std::vector<double> district_weight(w.districts.size());
  for (std::size_t d = 0; d < w.districts.size(); ++d)
    district_weight[d] = (w.districts[d].count + 1.0) * (1.0 + p.other_mining_bias * w.districts[d].mining);
  double raw_total = 0;
  for (std::int64_t k = 0; k < p.other_companies; ++k) {
    const auto r = w.rng.words(Purpose::companies, static_cast<std::uint32_t>(k), 0);
    Company c;
    c.name = "company_" + std::to_string(k + 1);
    const bool operating = to_unit_interval(r.w[0], r.w[1]) < p.other_operating_share;
    c.msme_budget = operating ? std::pow(to_unit_interval(r.w[2], r.w[3]), -1.0 / p.other_budget_pareto_shape) : 0.0;
    raw_total += c.msme_budget;
    c.political_weight = p.other_political_weight;
    double sum = 0;
    for (int t = 0; t < kTypes; ++t) {
      c.preferences[t] = p.other_preferences[t] *
                         std::exp(0.3 * w.rng.normal(Purpose::companies, static_cast<std::uint32_t>(k), 1, t));
      sum += c.preferences[t];
    }
    for (auto& x : c.preferences) x = sum > 0 ? x / sum : 1.0 / kTypes;
    // Operating districts: weighted draws without replacement.
    std::vector<double> weight = district_weight;
    const auto wanted = std::min<std::size_t>(p.other_districts_per_company, w.districts.size());
    for (std::size_t m = 0; m < wanted; ++m) {
      const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
      if (total <= 0) break;
      double u =
          w.rng.uniform(Purpose::companies, static_cast<std::uint32_t>(k), 2, static_cast<std::uint32_t>(m)) * total;
      std::size_t d = 0;
      while (d + 1 < weight.size() && u >= weight[d]) u -= weight[d++];
      c.districts.push_back(static_cast<int>(d));
      weight[d] = 0;
    }
    w.companies.push_back(std::move(c));
  }
  const double others_total = p.other_total_csr * to_msme_million;
  for (std::size_t j = first_other; j < w.companies.size(); ++j)
    w.companies[j].msme_budget = raw_total > 0 ? w.companies[j].msme_budget / raw_total * others_total : 0.0;
  double budget_total = 0;
  for (const auto& c : w.companies) budget_total += c.msme_budget;
  for (auto& c : w.companies) {
    c.base_msme_budget = c.msme_budget;
    c.power = budget_total > 0 ? c.msme_budget / budget_total * c.political_weight : 0.0;
    c.reputation = p.initial_reputation;
    c.commitment = p.initial_stakeholder_trust;
    c.member = c.operating();  // the 2014 list held every operating firm (docs/sources.md)
  }
}

void build_stakeholders(World& w, const Scenario& s) {
  int seats = static_cast<int>(std::max(w.params.msme_seats, w.params.civil_society_seats));
  for (const auto& change : s.schedule)
    if (change.path == "forum.msme_seats" || change.path == "forum.civil_society_seats") {
      const auto p = s.parameters_in_year(change.year);
      seats = std::max<int>(seats, static_cast<int>(std::max(p.msme_seats, p.civil_society_seats)));
    }
  w.max_seats = seats;
  const int companies = static_cast<int>(w.companies.size());
  w.msme_seat_base = 1 + companies;
  w.civil_seat_base = w.msme_seat_base + seats;
  const int n = w.civil_seat_base + seats;
  w.stakeholder_trust = TrustMatrix(n, static_cast<float>(w.params.initial_stakeholder_trust));
}

}  // namespace

std::vector<std::size_t> apportion(std::size_t total, const std::vector<double>& weights) {
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<std::size_t> counts(weights.size(), 0);
  if (sum <= 0 || weights.empty()) return counts;
  std::vector<std::pair<double, std::size_t>> remainders;
  std::size_t assigned = 0;
  for (std::size_t d = 0; d < weights.size(); ++d) {
    const double exact = static_cast<double>(total) * weights[d] / sum;
    counts[d] = static_cast<std::size_t>(std::floor(exact));
    assigned += counts[d];
    remainders.emplace_back(exact - std::floor(exact), d);
  }
  std::stable_sort(remainders.begin(), remainders.end(), [](auto a, auto b) { return a.first > b.first; });
  for (std::size_t k = 0; assigned < total; ++k, ++assigned) counts[remainders[k % remainders.size()].second]++;
  return counts;
}

void initialise_msme(const Parameters& p, const RandomStream& rng, Msmes& m, std::size_t i, std::uint32_t stream_step) {
  const auto id = static_cast<std::uint32_t>(i);
  const auto r = rng.words(Purpose::population, id, 0, stream_step);
  m.sector[i] =
      static_cast<std::uint8_t>(draw_category(to_unit_interval(r.w[0], r.w[1]), p.sector_shares.data(), kSectors));
  m.scale[i] =
      static_cast<std::uint8_t>(draw_category(to_unit_interval(r.w[2], r.w[3]), p.scale_shares.data(), kScales));
  for (int k = 0; k < kCapabilities; ++k) {
    const double z = rng.normal(Purpose::population, id, 2 + k, stream_step);
    m.capability[k][i] =
        static_cast<float>(std::clamp(p.initial_capability[k] + p.initial_capability_sd * z, 0.0, 1.0));
  }
  const double base = p.base_revenue[m.scale[i]];
  m.capital[i] = static_cast<float>(0.3 * base * rng.uniform(Purpose::population, id, 8, stream_step) * 2.0);
  m.revenue_year[i] = 0;
  const double company_noise = 0.1 * rng.normal(Purpose::population, id, 9, stream_step);
  const double government_noise = 0.1 * rng.normal(Purpose::population, id, 10, stream_step);
  m.trust_company[i] = static_cast<float>(std::clamp(p.initial_trust_company + company_noise, 0.0, 1.0));
  m.trust_government[i] = static_cast<float>(std::clamp(p.initial_trust_government + government_noise, 0.0, 1.0));
  m.fragile_training[i] = 0;
  m.cumulative_benefit[i] = 0;
  m.capability_at_year_start[i] = -1;  // not counted in this year's capability gain
  m.association[i] = kNoAssociation;
  m.formal[i] = 0;
  m.alive[i] = 1;
  m.negative_capital_steps[i] = 0;
  m.served_types[i] = 0;
  m.reported_types[i] = 0;
  for (int t = 0; t < kTypes; ++t) m.exposure[i * kTypes + t] = 0;
  m.last_training_year[i] = kNever;
  m.last_mentoring_year[i] = kNever;
}

World build_world(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication) {
  World w(seed, replication);
  w.params = scenario.parameters_in_year(1);
  build_districts(w, scenario);
  build_population(w);
  build_peer_network(w);
  build_companies(w, scenario);
  w.government_priorities = w.params.rpjmd_priorities;
  build_stakeholders(w, scenario);
  return w;
}

}  // namespace cgsim
