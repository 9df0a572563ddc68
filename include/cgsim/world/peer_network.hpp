#pragma once
// The MSME peer network: small-world inside each district (Watts-Strogatz ring lattice with
// rewiring), a few links across districts. Stored in compressed sparse rows with 32-bit indices
// (4 bytes per link end and per MSME): the peers of MSME i are targets[first[i] .. first[i + 1]).
// Built by Boost.Graph's compressed_sparse_row_graph (peer_network.cpp), whose two index arrays
// are kept here so that no header of the world includes Boost.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace cgsim {

struct PeerNetwork {
  std::vector<std::uint32_t> first{0};  // MSMEs + 1 entries
  std::vector<std::uint32_t> targets;

  // From directed links (from, to) in any order; each MSME's peers keep the order of `links`.
  static PeerNetwork from_links(std::size_t msmes, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links);

  [[nodiscard]] std::size_t msmes() const { return first.size() - 1; }
  [[nodiscard]] std::size_t links() const { return targets.size(); }
  [[nodiscard]] const std::uint32_t* peers_begin(std::size_t i) const { return targets.data() + first[i]; }
  [[nodiscard]] const std::uint32_t* peers_end(std::size_t i) const { return targets.data() + first[i + 1]; }
};

}  // namespace cgsim
