#include "cgsim/engine/year.hpp"

#include <cmath>

#include "cgsim/core/parallel.hpp"
#include "cgsim/measure/collaboration.hpp"
#include "cgsim/measure/measurement.hpp"
#include "cgsim/rules/economy.hpp"
#include "cgsim/rules/evaluation.hpp"
#include "cgsim/rules/forum_process.hpp"
#include "cgsim/rules/implementation.hpp"
#include "cgsim/rules/needs.hpp"
#include "cgsim/rules/needs_register.hpp"
#include "cgsim/rules/organisation.hpp"
#include "cgsim/rules/participation.hpp"
#include "cgsim/rules/spillover.hpp"
#include "cgsim/rules/stakeholder_trust.hpp"

namespace cgsim {

void begin_year(World& w, const Scenario& s, int year) {
  w.year = year;
  w.params = s.parameters_in_year(year);
  w.flows.reset(w.districts.size());
  auto& m = w.msmes;
  const double memory = year > 1 ? w.params.exposure_memory : 1.0;
  parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      m.capability_at_year_start[i] = m.alive[i] ? m.capability_sum(i) : -1.0f;
      m.revenue_year[i] = 0;
      m.served_types[i] = 0;
      if (memory >= 1.0) continue;
      for (int t = 0; t < kTypes; ++t) {
        // Stochastic rounding keeps the expected exposure at memory x exposure (one delivery is not
        // always forgotten).
        auto& e = m.exposure[i * kTypes + t];
        if (e == 0) continue;
        const double kept = e * memory;
        const double u = w.rng.uniform(Purpose::rounding, static_cast<std::uint32_t>(year),
                                       static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(t));
        e = static_cast<std::uint8_t>(std::floor(kept) + (u < kept - std::floor(kept) ? 1 : 0));
      }
    }
  });
}

YearRecord simulate_year(World& w, const Scenario& s, int year) {
  begin_year(w, s, year);
  const auto needs = district_needs(w, false);
  decide_participation(w);
  run_forum(w, needs);
  allocate_budgets(w, needs);
  compile_needs_register(w);
  for (int step = 0; step < w.params.steps_per_year; ++step, ++w.step) {
    implement_step(w);
    economy_step(w);
  }
  const auto& outcome = w.forum.outcome;
  w.flows.voice_norm = msme_heard(outcome);  // being heard: how far the plan moved towards MSMEs
  evaluate_year(w, w.flows.voice_norm);
  update_stakeholder_trust(w);
  organise_year(w);
  spillover_year(w);
  w.last_voice = w.flows.voice_norm;
  return measure_year(w);
}

}  // namespace cgsim
