#include "cgsim/rules/spillover.hpp"

#include "cgsim/engine/parallel.hpp"

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
  parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (!m.alive[i]) continue;
    float sum = 0;
    int n = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(static_cast<std::uint32_t>(i), w.peers))) {
      const auto j = boost::target(e, w.peers);
      if (m.alive[j]) { sum += values[j]; ++n; }
    }
    if (n > 0) out[i] = sum / static_cast<float>(n);
  }
  });
}

} // namespace

void spillover_year(World& w) {
  auto& m = w.msmes;
  const auto capability_rate = static_cast<float>(w.params.capability_spillover);
  const auto trust_rate = static_cast<float>(w.params.trust_spillover);
  std::vector<float> mean;
  for (int k = 0; k < kCapabilities; ++k) {
    neighbour_mean(w, m.capability[k], mean);
    auto& c = m.capability[k];
    parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i)
        if (mean[i] > c[i]) c[i] += capability_rate * (mean[i] - c[i]);
    });
  }
  for (auto* trust : {&m.trust_company, &m.trust_government}) {
    neighbour_mean(w, *trust, mean);
    auto& t = *trust;
    parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i)
        if (mean[i] == mean[i]) t[i] += trust_rate * (mean[i] - t[i]);
    });
  }
}

} // namespace cgsim
