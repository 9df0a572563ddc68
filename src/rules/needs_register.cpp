#include "cgsim/rules/needs_register.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

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

// For every type: the (at most keep[t]) candidates (score, MSME) with the highest scores, best
// first, ties to the lower index.
ByTypeLists best_first(std::array<std::vector<std::pair<float, std::uint32_t>>, kTypes>& candidates,
                       const std::array<std::size_t, kTypes>& keep) {
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

// MSME, type). One pass over the district serves all types.
ByTypeLists rank_by_true_need(const RuleContext& now, const Msmes& m, const District& d,
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
  return best_first(candidates, keep);
}

// The register's list length per cell: room for twice the deliveries the coordinated companies
// can pay for this year (money committed and still to commit), since MSMEs served by others in
// the meantime are skipped. A list that runs out is compiled again.
std::size_t register_length(std::size_t year_deliveries) { return 2 * year_deliveries + 16; }

// --- The realistic unit: it knows only its surveys and the deliveries reported to it. ---------

// Whether the unit, from what it knows, may serve MSME i type t now: not served t this year and
// not trained recently without mentoring since, as far as it was told.
bool known_eligible(const UnitRecord& r, int t, int year) {
  if (r.served_year == year && (r.served_types & (1u << t))) return false;
  if (t != kTraining) return true;
  const int since = year - r.last_training_year;
  return !(since >= 1 && since <= kRecentTrainingYears && r.last_mentoring_year < r.last_training_year);
}

// The unit's estimate of the need type t answers for a surveyed MSME: the same formula as true
// need (gap of k*(t) x need match), computed from the capabilities its survey measured.
float estimated_need(const Parameters& p, const UnitRecord& r, int k_star) {
  const auto& w = need_weights(p, r.sector);
  std::array<float, kCapabilities> gaps{};
  for (int k = 0; k < kCapabilities; ++k) gaps[k] = static_cast<float>(w[k]) * (1.0f - r.estimate[k]);
  return gaps[k_star] * need_match(gaps, k_star);
}

// For every type t with keep[t] > 0: the (at most keep[t]) surveyed MSMEs of the district the
// unit thinks eligible, by estimated need, best first, ties to the lower index.
ByTypeLists rank_by_estimate(const RuleContext& now, const std::unordered_map<std::uint32_t, UnitRecord>& known,
                             const std::array<std::size_t, kTypes>& keep) {
  const auto k_star = main_capability(now.params);
  std::array<std::vector<std::pair<float, std::uint32_t>>, kTypes> candidates;
  for (const auto& [id, r] : known) {
    if (r.estimate_year < 0) continue;
    for (int t = 0; t < kTypes; ++t)
      if (keep[t] > 0 && known_eligible(r, t, now.year))
        candidates[t].emplace_back(estimated_need(now.params, r, k_star[t]), id);
  }
  return best_first(candidates, keep);
}

// Last year's survey becomes usable (the data lag: the unit ranks on the state at the start of
// last year, measured with error).
void publish_last_survey(int year, std::unordered_map<std::uint32_t, UnitRecord>& known) {
  for (auto& [id, r] : known)
    if (r.pending_year >= 0 && r.pending_year < year) {
      r.estimate = r.pending;
      r.estimate_year = r.pending_year;
      r.pending_year = -1;
    }
}

// Visits per district: survey_capacity split in proportion to the district's MSMEs (largest
// remainder, ties to the lower district).
std::vector<std::size_t> survey_quota(std::size_t capacity, const std::vector<District>& districts) {
  std::size_t total = 0;
  for (const auto& d : districts) total += d.count;
  std::vector<std::size_t> quota(districts.size(), 0);
  if (total == 0) return quota;
  std::vector<std::pair<double, std::size_t>> remainder;
  std::size_t given = 0;
  for (std::size_t d = 0; d < districts.size(); ++d) {
    const double exact = static_cast<double>(capacity) * static_cast<double>(districts[d].count) / total;
    quota[d] = static_cast<std::size_t>(exact);
    given += quota[d];
    remainder.emplace_back(exact - static_cast<double>(quota[d]), d);
  }
  std::stable_sort(remainder.begin(), remainder.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < capacity && k < remainder.size(); ++k, ++given) ++quota[remainder[k].second];
  return quota;
}

// This year's needs survey in district d: `visits` MSMEs drawn uniformly from the district's
// register of firms (a firm found closed is a wasted visit); each capability recorded with normal
// error survey_error_sd, clamped to [0, 1]. Results are published next year.
void field_survey(const RuleContext& now, const District& dist, std::uint32_t d, std::size_t visits, const Msmes& m,
                  std::unordered_map<std::uint32_t, UnitRecord>& known) {
  if (dist.count == 0) return;
  const auto year = static_cast<std::uint32_t>(now.year);
  for (std::size_t v = 0; v < visits; ++v) {
    const auto r = now.rng.words(Purpose::needs_survey, year, d, static_cast<std::uint32_t>(v));
    const auto k = std::min(
        dist.count - 1, static_cast<std::size_t>(to_unit_interval(r.w[0], r.w[1]) * static_cast<double>(dist.count)));
    const auto i = static_cast<std::uint32_t>(dist.first + k);
    if (!m.alive[i]) continue;
    auto& rec = known[i];
    rec.sector = m.sector[i];
    rec.pending_year = static_cast<std::int16_t>(now.year);
    for (int c = 0; c < kCapabilities; ++c) {
      // First argument year + 1024 (c + 1): apart from the visit draws (year < 1024).
      const double z = now.rng.normal(Purpose::needs_survey, year + 1024u * static_cast<std::uint32_t>(c + 1), i);
      rec.pending[c] = std::clamp(m.capability[c][i] + static_cast<float>(now.params.survey_error_sd * z), 0.0f, 1.0f);
    }
  }
}

// What the unit learns from a delivery it made: the type, training / mentoring dates, and, for a
// surveyed MSME, its expectation of the effect: each estimated capability raised by the type's
// nominal effect (row of E) x the estimated gap x the estimated need match, with no fatigue or
// partner bonus (it does not measure those). Without this it would keep serving the same
// surveyed firms until the next survey visit.
void remember_delivery(const Parameters& p, UnitRecord& r, int t, int year) {
  const auto y = static_cast<std::int16_t>(year);
  if (r.served_year != y) r.served_types = 0;
  r.served_year = y;
  r.served_types |= static_cast<std::uint8_t>(1u << t);
  if (t == kTraining) r.last_training_year = y;
  if (t == kMentoring) r.last_mentoring_year = y;
  if (r.estimate_year < 0) return;
  const auto k_star = main_capability(p);
  const auto& w = need_weights(p, r.sector);
  std::array<float, kCapabilities> gaps{};
  for (int k = 0; k < kCapabilities; ++k) gaps[k] = static_cast<float>(w[k]) * (1.0f - r.estimate[k]);
  const float match = need_match(gaps, k_star[t]);
  const auto& effect = effect_row(p, t);
  for (int k = 0; k < kCapabilities; ++k)
    r.estimate[k] = std::min(1.0f, r.estimate[k] + static_cast<float>(effect[k]) * (1.0f - r.estimate[k]) * match);
}

}  // namespace

void compile_needs_register(const RuleContext& now, const std::vector<District>& districts,
                            const std::vector<Company>& companies, const Msmes& m, const Spending& spending,
                            const Eigen::MatrixXd& committed, NeedsRegister& reg) {
  const auto& p = now.params;
  const int D = static_cast<int>(districts.size());
  reg.ranked.assign(static_cast<std::size_t>(kTypes * D), {});
  reg.next.assign(static_cast<std::size_t>(kTypes * D), 0);
  reg.random_draws.assign(static_cast<std::size_t>(kTypes * D), 0);
  reg.known.resize(districts.size());
  reg.surveyed_this_year = 0;
  const bool realistic = p.coordination_unit && !p.perfect_information;
  // The unit surveys every year it exists, whether or not anyone delivers through it.
  const auto quota = realistic ? survey_quota(static_cast<std::size_t>(p.survey_capacity), districts)
                               : std::vector<std::size_t>(districts.size(), 0);
  if (realistic) {
    parallel_items(districts.size(), now.threads, [&](std::size_t d) {
      publish_last_survey(now.year, reg.known[d]);
      field_survey(now, districts[d], static_cast<std::uint32_t>(d), quota[d], m, reg.known[d]);
    });
    for (const auto q : quota) reg.surveyed_this_year += q;
  }
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
    auto ranked = realistic ? rank_by_estimate(now, reg.known[d], keep) : rank_by_true_need(now, m, districts[d], keep);
    for (int t = 0; t < kTypes; ++t)
      reg.ranked[static_cast<std::size_t>(cell(t, static_cast<int>(d)))] = std::move(ranked[t]);
  });
}

namespace {

// The perfectly informed unit: down the list ranked by true need, compiled again from the true
// state when it runs out.
std::size_t serve_informed(const RuleContext& now, const District& district, int d, int t, std::size_t n, double share,
                           NeedsRegister& needs_register, Msmes& m, DeliveryTally& tally) {
  const auto c = static_cast<std::size_t>(cell(t, d));
  auto& list = needs_register.ranked[c];
  auto& next = needs_register.next[c];
  const auto step = static_cast<std::uint32_t>(now.step);
  std::size_t served = 0;
  while (served < n) {
    if (next == list.size()) {
      std::array<std::size_t, kTypes> keep{};
      keep[t] = register_length(n - served);
      list = std::move(rank_by_true_need(now, m, district, keep)[t]);
      next = 0;
      if (list.empty()) break;
    }
    const std::uint32_t i = list[next++];
    if (!register_eligible(m, i, t, now.year)) continue;
    deliver(now.params, now.year, i, t,
            now.rng.uniform(Purpose::selection, step, i, 1000u + static_cast<std::uint32_t>(t)) < share, m, tally);
    ++served;
  }
  return served;
}

// The realistic unit: down its list ranked by estimated need (ranked again from its knowledge
// when it runs out); a listed firm found closed is struck from the register. When no surveyed
// MSME it thinks eligible is left, it serves MSMEs of the district drawn uniformly, skipping
// those it knows were served; after 32 failed draws per delivery still owed it stops (the money
// stays committed).
std::size_t serve_from_knowledge(const RuleContext& now, const District& district, int d, int t, std::size_t n,
                                 double share, NeedsRegister& needs_register, Msmes& m, DeliveryTally& tally) {
  const auto c = static_cast<std::size_t>(cell(t, d));
  auto& list = needs_register.ranked[c];
  auto& next = needs_register.next[c];
  auto& known = needs_register.known[static_cast<std::size_t>(d)];
  const auto step = static_cast<std::uint32_t>(now.step);
  auto serve = [&](std::uint32_t i) {
    deliver(now.params, now.year, i, t,
            now.rng.uniform(Purpose::selection, step, i, 1000u + static_cast<std::uint32_t>(t)) < share, m, tally);
    remember_delivery(now.params, known[i], t, now.year);
  };
  std::size_t served = 0;
  bool known_left = true;
  while (served < n && known_left) {
    if (next == list.size()) {
      std::array<std::size_t, kTypes> keep{};
      keep[t] = register_length(n - served);
      list = std::move(rank_by_estimate(now, known, keep)[t]);
      next = 0;
      if (list.empty()) known_left = false;
      continue;
    }
    const std::uint32_t i = list[next++];
    auto& rec = known[i];
    if (!known_eligible(rec, t, now.year)) continue;
    if (!m.alive[i]) {
      rec.estimate_year = -1;  // the visit finds the firm closed
      continue;
    }
    serve(i);
    ++served;
  }
  if (district.count == 0) return served;
  auto& draws = needs_register.random_draws[c];
  std::size_t budget = 32 * (n - served);
  const auto year = static_cast<std::uint32_t>(now.year);
  while (served < n && budget-- > 0) {
    const auto r = now.rng.words(Purpose::unit_random_draw, year, static_cast<std::uint32_t>(c), draws++);
    const auto k = std::min(district.count - 1, static_cast<std::size_t>(to_unit_interval(r.w[0], r.w[1]) *
                                                                         static_cast<double>(district.count)));
    const auto i = static_cast<std::uint32_t>(district.first + k);
    if (!m.alive[i]) continue;
    const auto it = known.find(i);
    if (it != known.end() && !known_eligible(it->second, t, now.year)) continue;
    serve(i);
    ++served;
  }
  return served;
}

}  // namespace

std::size_t serve_from_register(const RuleContext& now, const District& district, int d, int t, std::size_t n,
                                double share, NeedsRegister& needs_register, Msmes& m, DeliveryTally& tally) {
  if (now.params.perfect_information) return serve_informed(now, district, d, t, n, share, needs_register, m, tally);
  return serve_from_knowledge(now, district, d, t, n, share, needs_register, m, tally);
}

}  // namespace cgsim
