#include "cgsim/rules/economy.hpp"

#include "cgsim/engine/parallel.hpp"
#include "cgsim/world/world_builder.hpp"

#include <cmath>

namespace cgsim {

namespace {

// Per (scale, sector): revenue per step at capability 0.5; per sector: normalised capability weights.
struct RevenueTable {
  std::array<std::array<double, kSectors>, kScales> base{};
  std::array<std::array<double, kCapabilities>, kSectors> weight{};
};

RevenueTable revenue_table(const Parameters& p) {
  RevenueTable t;
  for (int s = 0; s < kSectors; ++s) {
    const auto& w = need_weights(p, s);
    double total = 0;
    for (double x : w) total += x;
    for (int k = 0; k < kCapabilities; ++k) t.weight[s][k] = total > 0 ? w[k] / total : 0.0;
    for (int c = 0; c < kScales; ++c) t.base[c][s] = p.base_revenue[c] * p.revenue_multiplier[s] / static_cast<double>(p.steps_per_year);
  }
  return t;
}

// Revenue per step before shocks: the (scale, sector) base times the capability level.
double expected_revenue(const RevenueTable& t, const Parameters& p, const Msmes& m, std::size_t i) {
  const int sector = m.sector[i];
  double capability = 0;
  for (int k = 0; k < kCapabilities; ++k) capability += t.weight[sector][k] * m.capability[k][i];
  const double level = std::max(0.05, 1.0 + p.capability_elasticity * (capability - 0.5));
  return t.base[m.scale[i]][sector] * level;
}

} // namespace

double expected_step_revenue(const World& w, std::size_t i) {
  return expected_revenue(revenue_table(w.params), w.params, w.msmes, i);
}

void economy_step(World& w) {
  const auto& p = w.params;
  auto& m = w.msmes;
  const double S = static_cast<double>(p.steps_per_year);
  const auto step = static_cast<std::uint32_t>(w.step);
  std::array<double, kSectors> sector_shock{};
  for (int s = 0; s < kSectors; ++s)
    sector_shock[s] = p.shock_sd_sector * w.rng.normal(Purpose::economy_sector, step, static_cast<std::uint32_t>(s));
  const double variance = p.shock_sd_sector * p.shock_sd_sector + p.shock_sd_msme * p.shock_sd_msme;
  const float keep = static_cast<float>(std::pow(1.0 - p.capability_decay, 1.0 / S));
  const float fragile_loss = static_cast<float>(1.0 - std::pow(1.0 - p.training_decay, 1.0 / S));
  const auto& training_row = effect_row(p, kTraining);
  double training_total = 0;
  for (double e : training_row) training_total += e;
  const RevenueTable table = revenue_table(p);

  parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const auto id = static_cast<std::uint32_t>(i);
      if (!m.alive[i]) {
        if (w.rng.uniform(Purpose::exit_entry, step, id) < p.entry_probability) initialise_msme(w, i, step + 1);
        continue;
      }
      const double z = w.rng.normal(Purpose::economy_idiosyncratic, step, id);
      const double revenue = expected_revenue(table, p, m, i) *
                             std::exp(sector_shock[m.sector[i]] + p.shock_sd_msme * z - 0.5 * variance);
      m.revenue_year[i] += static_cast<float>(revenue);
      m.capital[i] += static_cast<float>(p.margin * revenue - p.living_cost[m.scale[i]] / S);
      if (m.capital[i] < 0) {
        if (++m.negative_capital_steps[i] >= p.exit_after_steps) { m.alive[i] = 0; continue; }
      } else {
        m.negative_capital_steps[i] = 0;
      }
      // Training gains fade unless mentoring consolidated them (along the training row of E).
      const float lost = m.fragile_training[i] * fragile_loss;
      if (lost > 0 && training_total > 0) {
        for (int k = 0; k < kCapabilities; ++k)
          m.capability[k][i] = std::max(0.0f, m.capability[k][i] - lost * static_cast<float>(training_row[k] / training_total));
        m.fragile_training[i] -= lost;
      }
      for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] *= keep;
      if (!m.formal[i] && m.capability[kLegalCapability][i] > p.formalisation_threshold &&
          w.rng.uniform(Purpose::formalisation, step, id) < p.formalisation_rate)
        m.formal[i] = 1;
    }
  });
}

} // namespace cgsim
