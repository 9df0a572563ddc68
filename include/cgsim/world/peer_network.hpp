#pragma once
// The MSME peer network: small-world inside each district (Watts-Strogatz ring lattice with
// rewiring), a few links across districts. Stored as a Boost.Graph compressed sparse row graph
// with 32-bit vertex and edge indices (4 bytes per link end).
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>

namespace cgsim {

using PeerGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, std::uint32_t, std::uint32_t>;

}  // namespace cgsim
