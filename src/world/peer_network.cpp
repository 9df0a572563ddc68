#include "cgsim/world/peer_network.hpp"

namespace cgsim {

PeerNetwork PeerNetwork::from_links(std::size_t msmes,
                                    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links) {
  // A counting sort by source that keeps the order of the links (stable), so that every MSME
  // sums its peers in the same order on every run.
  PeerNetwork g;
  g.first.assign(msmes + 1, 0);
  for (const auto& [from, to] : links) ++g.first[from + 1];
  for (std::size_t i = 0; i < msmes; ++i) g.first[i + 1] += g.first[i];
  g.targets.resize(links.size());
  std::vector<std::uint32_t> next(g.first.begin(), g.first.end() - 1);
  for (const auto& [from, to] : links) g.targets[next[from]++] = to;
  return g;
}

}  // namespace cgsim
