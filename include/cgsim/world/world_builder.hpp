#pragma once
#include "cgsim/scenario/scenario.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// Initialisation (ODD section 5): districts, MSMEs, peer network, companies, stakeholders.
// The same scenario population and seed give the same world in every scenario compared
// (common random numbers): draws are keyed by agent, not by the order of creation.
World build_world(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication);

// MSMEs per district by the largest-remainder method, so that the counts add up exactly.
std::vector<std::size_t> apportion(std::size_t total, const std::vector<double>& weights);
// A new MSME in slot i (used at initialisation and at entry), drawn from stream step `stream_step`.
void initialise_msme(const Parameters& p, const RandomStream& rng, Msmes& m, std::size_t i, std::uint32_t stream_step);

}  // namespace cgsim
