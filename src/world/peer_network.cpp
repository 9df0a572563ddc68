#include "cgsim/world/peer_network.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>

namespace cgsim {

PeerNetwork PeerNetwork::from_links(std::size_t msmes,
                                    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links) {
  // Boost.Graph's compressed-sparse-row graph with 32-bit indices builds the rows; its
  // constructor for unsorted edges is a stable counting sort by source, so every MSME keeps its
  // peers in the order of `links` and sums them in the same order on every run. Only the two
  // index arrays are kept, so that no header of the world needs Boost.
  using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                   boost::no_property, std::uint32_t, std::uint32_t>;
  Graph graph(boost::edges_are_unsorted_multi_pass, links.begin(), links.end(), msmes);
  PeerNetwork g;
  g.first = std::move(graph.m_forward.m_rowstart);
  g.targets = std::move(graph.m_forward.m_column);
  return g;
}

}  // namespace cgsim
