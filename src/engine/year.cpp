// The schedule of one simulated year: the one place that says in which order the rules run (ODD
// section 3). Each call below names what its rule reads (the rule context and const arguments)
// and what it writes (non-const arguments) or produces (its return value). Values handed from one
// step to the next are local here (needs, forum, spending, delivered, voice); values kept for next
// year are in CarryOver (owned by the replication); the rest lives in World. docs/architecture.md
// ("Rules and what they read and write") tabulates every step's reads and writes.
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

CarryOver start_carry_over(const World& w) {
  return {Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(w.companies.size()), kTypes * w.district_count()), 0.0, {}};
}

void begin_year(World& w, const Scenario& s, int year) {
  w.year = year;
  w.params = s.parameters_in_year(year);
  auto& m = w.msmes;
  const double memory = year > 1 ? w.params.exposure_memory : 1.0;
  parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      m.capability_at_year_start[i] = m.alive[i] ? m.capability_sum(i) : -1.0f;
      m.revenue_year[i] = 0;
      m.served_types[i] = 0;
      m.reported_types[i] = 0;
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

ForumInputs forum_inputs(const World& w, const Eigen::MatrixXd& true_needs, const Eigen::MatrixXd& organised_needs,
                         double last_voice) {
  return {.companies = w.companies,
          .districts = w.districts,
          .government_priorities = w.government_priorities,
          .stakeholder_trust = w.stakeholder_trust,
          .seats = w.seats(),
          .true_needs = true_needs,
          .organised_needs = organised_needs,
          .last_voice = last_voice};
}

namespace {
// A company played by a student comes to the table (it decides its own participation).
void take_part_in_planning(const std::vector<SeatChoice>& humans, std::vector<Company>& companies) {
  for (const auto& h : humans)
    if (h.kind == ActorKind::company && h.company >= 0 && h.company < static_cast<int>(companies.size()))
      companies[static_cast<std::size_t>(h.company)].active = true;
}

// What MSMEs see of the forum's promise: how far the companies kept the adopted plan (its
// adherence), or -1 if no plan was adopted.
double promises_kept(const Forum& forum, const Spending& spending) {
  return forum.outcome.plan_adopted ? spending.plan_adherence : -1.0;
}
}  // namespace

YearRecord simulate_year(World& w, CarryOver& carry, const Scenario& s, int year, YearTrace* trace) {
  begin_year(w, s, year);
  const auto needs = district_needs(w.context(), w.districts, w.msmes, false);
  const auto organised_needs = district_needs(w.context(), w.districts, w.msmes, true);
  decide_participation(w.context(), w.companies);
  if (trace) take_part_in_planning(trace->humans, w.companies);
  const Forum forum = run_forum(w.context(), forum_inputs(w, needs, organised_needs, carry.last_voice),
                                trace && !trace->humans.empty() ? &trace->humans : nullptr);
  if (trace) trace->forum = forum;
  const Spending spending = allocate_budgets(w.context(), w.companies, forum, carry.last_voice, needs);
  NeedsRegister& needs_register = carry.needs_register;
  compile_needs_register(w.context(), w.districts, w.companies, w.msmes, spending, carry.committed, needs_register);
  DeliveryTally delivered(w.districts.size());
  for (int step = 0; step < w.params.steps_per_year; ++step, ++w.step) {
    if (w.csr_delivered)
      implement_step(w.context(), w.districts, w.companies, spending, carry.committed, needs_register, w.msmes,
                     delivered);
    economy_step(w.context(), w.msmes);
  }
  const double voice = msme_heard(forum.outcome);  // being heard: how far the plan moved towards MSMEs
  evaluate_year(w.context(), w.districts, voice, promises_kept(forum, spending), w.msmes, w.companies,
                w.government_priorities);
  update_stakeholder_trust(w.params, forum, w.companies, w.stakeholder_trust);
  organise_year(w.context(), w.msmes);
  spillover_year(w.context(), w.peers, w.msmes);
  carry.last_voice = voice;
  return measure_year(w, forum, spending, delivered);
}

}  // namespace cgsim
