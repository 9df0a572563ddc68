#pragma once
// Submodel 7, diffusion over the peer network (once a year, rates per year): an MSME closes a
// share of the gap to its better peers' mean capability, and its trust moves towards its peers'.
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/peer_network.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Reads the peer network and last year's capabilities and trust of the MSMEs; writes them.
void spillover_year(const RuleContext& now, const PeerNetwork& peers, Msmes& m);

}  // namespace cgsim
