#include "cgsim/rules/spillover.hpp"

#include <boost/range/iterator_range.hpp>

#include <limits>
#include <vector>

namespace cgsim {
namespace {

// Mean of `values` over alive neighbours of each MSME, written to `out` (NaN if none), so that
// every MSME updates from last year's state whatever the visiting order.
void neighbour_mean(const World& w, const std::vector<float>& values, std::vector<float>& out) {
  const auto& m = w.msmes;
  out.assign(m.size(), std::numeric_limits<float>::quiet_NaN());
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!m.alive[i]) continue;
    float sum = 0;
    int n = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(static_cast<std::uint32_t>(i), w.peers))) {
      const auto j = boost::target(e, w.peers);
      if (m.alive[j]) { sum += values[j]; ++n; }
    }
    if (n > 0) out[i] = sum / static_cast<float>(n);
  }
}

} // namespace

void spillover_year(World& w) {
  auto& m = w.msmes;
  const auto capability_rate = static_cast<float>(w.params.capability_spillover);
  const auto trust_rate = static_cast<float>(w.params.trust_spillover);
  std::vector<float> mean;
  for (int k = 0; k < kCapabilities; ++k) {
    neighbour_mean(w, m.capability[k], mean);
    for (std::size_t i = 0; i < m.size(); ++i)
      if (mean[i] > m.capability[k][i]) m.capability[k][i] += capability_rate * (mean[i] - m.capability[k][i]);
  }
  for (auto* trust : {&m.trust_company, &m.trust_government}) {
    neighbour_mean(w, *trust, mean);
    for (std::size_t i = 0; i < m.size(); ++i)
      if (mean[i] == mean[i]) (*trust)[i] += trust_rate * (mean[i] - (*trust)[i]);
  }
}

} // namespace cgsim
