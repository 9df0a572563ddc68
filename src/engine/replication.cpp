#include "cgsim/engine/replication.hpp"

#include "cgsim/engine/year.hpp"
#include "cgsim/world/world_builder.hpp"

namespace cgsim {

ReplicationResult run_replication(const Scenario& s, std::uint64_t seed, std::uint32_t replication,
                                  const std::atomic<bool>* stop, int threads, std::atomic<std::size_t>* years_done) {
  ReplicationResult result;
  result.replication = replication;
  World world = build_world(s, seed, replication);
  world.threads = threads;
  CarryOver carry = start_carry_over(world);
  for (int year = 1; year <= s.parameters.years; ++year) {
    if (stop && stop->load()) return result;
    result.years.push_back(simulate_year(world, carry, s, year));
    if (years_done) years_done->fetch_add(1);
  }
  result.complete = true;
  return result;
}

}  // namespace cgsim
