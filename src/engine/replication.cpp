#include "cgsim/engine/replication.hpp"

#include <optional>

#include "cgsim/engine/year.hpp"
#include "cgsim/measure/csr_impact.hpp"
#include "cgsim/world/world_builder.hpp"

namespace cgsim {

ReplicationResult run_replication(const Scenario& s, std::uint64_t seed, std::uint32_t replication,
                                  const std::atomic<bool>* stop, int threads, std::atomic<std::size_t>* years_done) {
  ReplicationResult result;
  result.replication = replication;
  World world = build_world(s, seed, replication);
  world.threads = threads;
  CarryOver carry = start_carry_over(world);
  // The CSR counterfactual: the same replication (same random numbers) with no CSR delivered.
  std::optional<World> shadow;
  std::optional<CarryOver> shadow_carry;
  if (s.parameters.csr_counterfactual) {
    shadow.emplace(build_world(s, seed, replication));
    shadow->threads = threads;
    shadow->csr_delivered = false;
    shadow_carry.emplace(start_carry_over(*shadow));
  }
  CsrImpactTally tally;
  for (int year = 1; year <= s.parameters.years; ++year) {
    if (stop && stop->load()) return result;
    YearRecord record = simulate_year(world, carry, s, year);
    if (shadow) {
      simulate_year(*shadow, *shadow_carry, s, year);
      measure_csr_impact(world, *shadow, tally, record);
    } else {
      no_csr_impact(record);
    }
    result.years.push_back(std::move(record));
    if (years_done) years_done->fetch_add(1);
  }
  result.complete = true;
  return result;
}

}  // namespace cgsim
