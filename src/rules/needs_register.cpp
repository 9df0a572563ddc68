#include "cgsim/rules/needs_register.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "cgsim/core/parallel.hpp"
#include "cgsim/core/ziggurat.hpp"
#include "cgsim/rules/implementation.hpp"
#include "cgsim/rules/needs.hpp"
#include "cgsim/rules/positions.hpp"

namespace cgsim {

bool register_eligible(const Msmes& m, std::size_t i, int t, int year) {
  if (!m.alive[i] || (m.served_types[i] & (1u << t))) return false;
  // A training this year has set the served bit above, so only earlier trainings are left.
  return !(t == kTraining && recently_trained(m, i, year));
}

namespace {

using ByTypeLists = std::array<std::vector<std::uint32_t>, kTypes>;

// For every type t with keep[t] > 0: the (at most keep[t]) MSMEs of district d eligible for t with
// the highest registry-measured need, best first, ties to the lower index. Measured need: the gap
// type t closes, weighted by how central that gap is to the MSME (need match), times log-normal
// measurement noise exp(sd z), sd = selection_noise (1 - registry_quality), one z per (year,
// MSME, type). One pass over the district serves all types.
ByTypeLists rank_by_need(const RuleContext& now, const Msmes& m, const District& d,
                         const std::array<std::size_t, kTypes>& keep) {
  const auto& p = now.params;
  const double sd = p.selection_noise * (1.0 - p.registry_quality);
  const auto year = static_cast<std::uint32_t>(now.year);
  const auto k_star = main_capability(p);
  std::array<std::vector<std::pair<float, std::uint32_t>>, kTypes> candidates;
  for (int t = 0; t < kTypes; ++t)
    if (keep[t] > 0) candidates[t].reserve(d.count);
  for (std::size_t i = d.first; i < d.first + d.count; ++i) {
    if (!m.alive[i]) continue;
    const auto id = static_cast<std::uint32_t>(i);
    const auto gaps = weighted_gaps(p, m, i);
    RandomStream::Words words{};
    int words_block = -1;
    for (int t = 0; t < kTypes; ++t) {
      if (keep[t] == 0 || !register_eligible(m, i, t, now.year)) continue;
      float noise = 1.0f;
      if (sd > 0) {
        // Types 0-3 and 4-6 of one MSME share a Philox call, one 32-bit word each.
        if (t / 4 != words_block) {
          words_block = t / 4;
          words = now.rng.words(Purpose::registry_noise, year, id, static_cast<std::uint32_t>(words_block));
        }
        const double z = ziggurat_normal(words.w[t % 4], now.rng, Purpose::registry_noise_extra, year,
                                         id * static_cast<std::uint32_t>(kTypes) + static_cast<std::uint32_t>(t));
        noise = std::exp(static_cast<float>(sd * z));
      }
      const float fit = gaps[k_star[t]] * need_match(gaps, k_star[t]);
      candidates[t].emplace_back(fit * noise, id);
    }
  }
  auto better = [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  };
  ByTypeLists ranked;
  for (int t = 0; t < kTypes; ++t) {
    auto& c = candidates[t];
    const std::size_t n = std::min(keep[t], c.size());
    std::nth_element(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(n), c.end(), better);
    c.resize(n);
    std::sort(c.begin(), c.end(), better);
    for (const auto& x : c) ranked[t].push_back(x.second);
  }
  return ranked;
}

// The register's list length per cell: room for twice the deliveries the coordinated companies
// can pay for this year (money committed and still to commit), since MSMEs served by others in
// the meantime are skipped. A list that runs out is compiled again.
std::size_t register_length(std::size_t year_deliveries) { return 2 * year_deliveries + 16; }

}  // namespace

NeedsRegister compile_needs_register(const RuleContext& now, const std::vector<District>& districts,
                                     const std::vector<Company>& companies, const Msmes& m, const Spending& spending,
                                     const Eigen::MatrixXd& committed) {
  const auto& p = now.params;
  const int D = static_cast<int>(districts.size());
  NeedsRegister reg;
  reg.ranked.assign(static_cast<std::size_t>(kTypes * D), {});
  reg.next.assign(static_cast<std::size_t>(kTypes * D), 0);
  std::vector<std::size_t> deliveries(static_cast<std::size_t>(kTypes * D), 0);
  for (std::size_t j = 0; j < companies.size(); ++j) {
    if (!spending.coordinated[j] || spending.allocation[j].size() == 0) continue;
    const auto jj = static_cast<Eigen::Index>(j);
    for (int d = 0; d < D; ++d)
      for (int t = 0; t < kTypes; ++t) {
        const int c = cell(t, d);
        const double money = committed(jj, c) + spending.allocation[j](c) * companies[j].msme_budget;
        deliveries[static_cast<std::size_t>(c)] += static_cast<std::size_t>(whole_deliveries(money, p.unit_cost[t]));
      }
  }
  parallel_items(districts.size(), now.threads, [&](std::size_t d) {
    std::array<std::size_t, kTypes> keep{};
    for (int t = 0; t < kTypes; ++t) {
      const auto year_deliveries = deliveries[static_cast<std::size_t>(cell(t, static_cast<int>(d)))];
      keep[t] = year_deliveries > 0 ? register_length(year_deliveries) : 0;
    }
    if (std::all_of(keep.begin(), keep.end(), [](std::size_t k) { return k == 0; })) return;
    auto ranked = rank_by_need(now, m, districts[d], keep);
    for (int t = 0; t < kTypes; ++t)
      reg.ranked[static_cast<std::size_t>(cell(t, static_cast<int>(d)))] = std::move(ranked[t]);
  });
  return reg;
}

std::size_t serve_from_register(const RuleContext& now, const District& district, int d, int t, std::size_t n,
                                double share, NeedsRegister& needs_register, Msmes& m, YearFlows& flows) {
  const auto c = static_cast<std::size_t>(cell(t, d));
  auto& list = needs_register.ranked[c];
  auto& next = needs_register.next[c];
  const auto step = static_cast<std::uint32_t>(now.step);
  std::size_t served = 0;
  while (served < n) {
    if (next == list.size()) {
      std::array<std::size_t, kTypes> keep{};
      keep[t] = register_length(n - served);
      list = std::move(rank_by_need(now, m, district, keep)[t]);
      next = 0;
      if (list.empty()) break;
    }
    const std::uint32_t i = list[next++];
    if (!register_eligible(m, i, t, now.year)) continue;
    deliver(now.params, now.year, i, t,
            now.rng.uniform(Purpose::selection, step, i, 1000u + static_cast<std::uint32_t>(t)) < share, m, flows);
    ++served;
  }
  return served;
}

}  // namespace cgsim
