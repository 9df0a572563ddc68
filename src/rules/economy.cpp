#include "cgsim/rules/economy.hpp"

#include <cmath>

#include "cgsim/core/parallel.hpp"
#include "cgsim/core/ziggurat.hpp"
#include "cgsim/world/world_builder.hpp"

namespace cgsim {

namespace {

// Per (scale, sector): revenue per step at capability 0.5; per sector: normalised capability weights.
struct RevenueTable {
  std::array<std::array<float, kSectors>, kScales> base{};
  std::array<std::array<float, kCapabilities>, kSectors> weight{};
};

RevenueTable revenue_table(const Parameters& p) {
  RevenueTable t;
  for (int s = 0; s < kSectors; ++s) {
    const auto& w = need_weights(p, s);
    double total = 0;
    for (double x : w) total += x;
    for (int k = 0; k < kCapabilities; ++k) t.weight[s][k] = static_cast<float>(total > 0 ? w[k] / total : 0.0);
    for (int c = 0; c < kScales; ++c)
      t.base[c][s] =
          static_cast<float>(p.base_revenue[c] * p.revenue_multiplier[s] / static_cast<double>(p.steps_per_year));
  }
  return t;
}

// The capability level that scales revenue: max(0.05, 1 + elasticity (weighted capability - 1/2)).
// The weighted sum is taken in pairs, a short dependency chain in the step loop.
float capability_level(const std::array<float, kCapabilities>& weight,
                       const std::array<float, kCapabilities>& capability, float elasticity) {
  static_assert(kCapabilities == 5);
  const float weighted = (weight[0] * capability[0] + weight[1] * capability[1]) +
                         (weight[2] * capability[2] + weight[3] * capability[3]) + weight[4] * capability[4];
  return std::max(0.05f, 1.0f + elasticity * (weighted - 0.5f));
}

std::array<float, kCapabilities> capabilities_of(const Msmes& m, std::size_t i) {
  std::array<float, kCapabilities> c{};
  for (int k = 0; k < kCapabilities; ++k) c[k] = m.capability[k][i];
  return c;
}

}  // namespace

double expected_step_revenue(const Parameters& p, const Msmes& m, std::size_t i) {
  const RevenueTable t = revenue_table(p);
  return t.base[m.scale[i]][m.sector[i]] *
         capability_level(t.weight[m.sector[i]], capabilities_of(m, i), static_cast<float>(p.capability_elasticity));
}

namespace {

// Everything one step's update needs besides the MSME itself, computed once per step. It is
// passed by value so that it lives in the loop's registers: the loop's byte stores (alive,
// formal, counters) may alias anything reached through a reference, which forces reloads.
struct StepConstants {
  std::uint32_t step;
  RevenueTable table;
  std::array<float, kSectors> sector_factor;  // exp(sector shock - variance / 2)
  double shock_sd;
  float elasticity, margin;
  double entry_probability, formalisation_threshold, formalisation_rate;
  std::array<float, kScales> living_cost;  // per step
  int exit_after_steps;
  float keep;                                       // capability kept over one step (decay)
  float fragile_loss;                               // share of unconsolidated training lost per step
  std::array<float, kCapabilities> training_share;  // how training gains are spread over K
};

StepConstants step_constants(const RuleContext& now) {
  const auto& p = now.params;
  const double S = static_cast<double>(p.steps_per_year);
  StepConstants c{};
  c.step = static_cast<std::uint32_t>(now.step);
  c.table = revenue_table(p);
  // Mean-one log-normal revenue shock exp(sector shock - variance / 2) x exp(sd z): the first
  // factor is common to all MSMEs of the sector in this step. Single precision: the revenue it
  // scales is stored as a float.
  const double variance = p.shock_sd_sector * p.shock_sd_sector + p.shock_sd_msme * p.shock_sd_msme;
  for (int s = 0; s < kSectors; ++s)
    c.sector_factor[s] = static_cast<float>(
        std::exp(p.shock_sd_sector * now.rng.normal(Purpose::economy_sector, c.step, static_cast<std::uint32_t>(s)) -
                 0.5 * variance));
  c.shock_sd = p.shock_sd_msme;
  c.elasticity = static_cast<float>(p.capability_elasticity);
  c.margin = static_cast<float>(p.margin);
  c.entry_probability = p.entry_probability;
  c.formalisation_threshold = p.formalisation_threshold;
  c.formalisation_rate = p.formalisation_rate;
  for (int l = 0; l < kScales; ++l) c.living_cost[l] = static_cast<float>(p.living_cost[l] / S);
  c.exit_after_steps = p.exit_after_steps;
  c.keep = static_cast<float>(std::pow(1.0 - p.capability_decay, 1.0 / S));
  c.fragile_loss = static_cast<float>(1.0 - std::pow(1.0 - p.training_decay, 1.0 / S));
  const auto& training_row = effect_row(p, kTraining);
  double training_total = 0;
  for (double e : training_row) training_total += e;
  for (int k = 0; k < kCapabilities; ++k)
    c.training_share[k] = training_total > 0 ? static_cast<float>(training_row[k] / training_total) : 0.0f;
  if (!(training_total > 0)) c.fragile_loss = 0;
  return c;
}

// Idiosyncratic revenue factors exp(sd z) of MSMEs [begin, end), dead ones included: MSMEs
// 4q..4q+3 share one Philox call (counter q), one 32-bit word each, turned into z by the ziggurat.
// A separate tight loop, so that the exp chains of neighbouring MSMEs overlap in the CPU.
void idiosyncratic_factors(const RandomStream& rng, const StepConstants& c, std::size_t begin, std::size_t end,
                           float* out) {
  const auto first_quad = static_cast<std::uint32_t>(begin / 4), last_quad = static_cast<std::uint32_t>((end + 3) / 4);
  for (std::uint32_t q = first_quad; q < last_quad; ++q) {
    const auto words = rng.words(Purpose::economy_idiosyncratic, c.step, q);
    for (std::uint32_t k = 0; k < 4; ++k) {
      const std::size_t i = std::size_t{q} * 4 + k;
      if (i < begin || i >= end) continue;
      const double z =
          ziggurat_normal(words.w[k], rng, Purpose::economy_idiosyncratic_extra, c.step, static_cast<std::uint32_t>(i));
      out[i - begin] = std::exp(static_cast<float>(c.shock_sd * z));
    }
  }
}

// Revenue, capital, exit, training fade, capability decay and formalisation of MSMEs [begin, end).
void update_msmes(const Parameters& p, const RandomStream& rng, const StepConstants c, Msmes& m, std::size_t begin,
                  std::size_t end) {
  constexpr std::size_t kChunk = 256;
  std::array<float, kChunk> factor;
  for (std::size_t i = begin; i < end; ++i) {
    if ((i - begin) % kChunk == 0) idiosyncratic_factors(rng, c, i, std::min(end, i + kChunk), factor.data());
    const auto id = static_cast<std::uint32_t>(i);
    if (!m.alive[i]) {
      if (rng.uniform(Purpose::exit_entry, c.step, id) < c.entry_probability) initialise_msme(p, rng, m, i, c.step + 1);
      continue;
    }
    const int sector = m.sector[i], scale = m.scale[i];
    auto capability = capabilities_of(m, i);
    const float level = capability_level(c.table.weight[sector], capability, c.elasticity);
    const float revenue =
        c.table.base[scale][sector] * level * (c.sector_factor[sector] * factor[(i - begin) % kChunk]);
    m.revenue_year[i] += revenue;
    const float capital = m.capital[i] + (c.margin * revenue - c.living_cost[scale]);
    m.capital[i] = capital;
    // Consecutive steps with negative capital (a select: the sign is a coin flip for the branch
    // predictor for firms near zero); exit after exit_after_steps of them.
    const auto negative_steps = static_cast<std::uint8_t>(capital < 0 ? m.negative_capital_steps[i] + 1 : 0);
    m.negative_capital_steps[i] = negative_steps;
    if (negative_steps >= c.exit_after_steps) {
      m.alive[i] = 0;
      continue;
    }
    // Training gains fade unless mentoring consolidated them (along the training row of E); then
    // every capability decays.
    const float lost = m.fragile_training[i] * c.fragile_loss;
    if (lost > 0) {
      for (int k = 0; k < kCapabilities; ++k)
        capability[k] = std::max(0.0f, capability[k] - lost * c.training_share[k]);
      m.fragile_training[i] -= lost;
    }
    for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] = capability[k] * c.keep;
    if (!m.formal[i] && capability[kLegalCapability] * c.keep > c.formalisation_threshold &&
        rng.uniform(Purpose::formalisation, c.step, id) < c.formalisation_rate)
      m.formal[i] = 1;
  }
}

}  // namespace

void economy_step(const RuleContext& now, Msmes& m) {
  const StepConstants constants = step_constants(now);
  parallel_blocks(m.size(), now.threads, [&](std::size_t begin, std::size_t end) {
    update_msmes(now.params, now.rng, constants, m, begin, end);
  });
}

}  // namespace cgsim
