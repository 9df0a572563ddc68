#include "cgsim/rules/spillover.hpp"

#include <limits>
#include <memory>
#include <vector>

#include "cgsim/core/parallel.hpp"

namespace cgsim {
namespace {

// Four floats added, divided and compared lane by lane (GCC/Clang vector extension). Each lane is
// the same IEEE single-precision operation as scalar code, so results do not depend on it; it
// only makes the seven sums per link one or two instructions.
typedef float Lanes __attribute__((vector_size(16)));

// Last year's diffusing attributes of one MSME, packed so that reading a neighbour touches one
// cache line instead of seven arrays. Lanes: low = capabilities 0-3; high = capability 4, trust in
// companies, trust in government, unused.
struct alignas(32) PeerState {
  Lanes low, high;
};
static_assert(kCapabilities == 5, "PeerState packs exactly five capabilities");

// How many MSMEs ahead the peers' states are prefetched (measured best of 4, 16, 32, 64).
constexpr std::size_t kPrefetchAhead = 32;

// Not value-initialised (every element is written): zeroing would be a wasted pass over memory.
std::unique_ptr<PeerState[]> snapshot(const Msmes& m, int threads) {
  std::unique_ptr<PeerState[]> state(new PeerState[m.size()]);
  parallel_blocks(m.size(), threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
      state[i] = {Lanes{m.capability[0][i], m.capability[1][i], m.capability[2][i], m.capability[3][i]},
                  Lanes{m.capability[4][i], m.trust_company[i], m.trust_government[i], 0.0f}};
  });
  return state;
}

}  // namespace

void spillover_year(const RuleContext& now, const PeerNetwork& peers, Msmes& m) {
  const auto rc = static_cast<float>(now.params.capability_spillover);
  const auto rt = static_cast<float>(now.params.trust_spillover);
  constexpr float none = -std::numeric_limits<float>::infinity();
  const Lanes zero{0, 0, 0, 0}, rate_low{rc, rc, rc, rc}, rate_high{rc, rt, rt, 0};
  // Capabilities only rise towards better peers (their gap is floored at 0); trust moves towards
  // the peers' mean either way (no floor).
  const Lanes floor_low = zero, floor_high{0, none, none, none};
  // Every MSME moves from last year's state of its peers, whatever the visiting order.
  const std::unique_ptr<PeerState[]> before = snapshot(m, now.threads);
  parallel_blocks(m.size(), now.threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      // Rewired links point anywhere in the district: ask for those peers' states a few MSMEs ahead,
      // so that the cache misses overlap instead of stalling one after the other.
      if (i + kPrefetchAhead < end)
        for (const auto* j = peers.peers_begin(i + kPrefetchAhead); j != peers.peers_end(i + kPrefetchAhead); ++j) {
          __builtin_prefetch(&before[*j]);
          __builtin_prefetch(&m.alive[*j]);
        }
      if (!m.alive[i]) continue;
      PeerState sum{zero, zero};
      int n = 0;
      for (const auto* peer = peers.peers_begin(i); peer != peers.peers_end(i); ++peer) {
        const std::uint32_t j = *peer;
        if (!m.alive[j]) continue;
        sum.low += before[j].low;
        sum.high += before[j].high;
        ++n;
      }
      if (n == 0) continue;
      const auto count = static_cast<float>(n);
      const PeerState& own = before[i];
      const Lanes gap_low = sum.low / count - own.low, gap_high = sum.high / count - own.high;
      // Selects, not branches: for the branch predictor the comparison is a coin flip.
      const Lanes up_low = gap_low > floor_low ? gap_low : floor_low;
      const Lanes up_high = gap_high > floor_high ? gap_high : floor_high;
      const Lanes low = own.low + rate_low * up_low, high = own.high + rate_high * up_high;
      for (int k = 0; k < 4; ++k) m.capability[k][i] = low[k];
      m.capability[4][i] = high[0];
      m.trust_company[i] = high[1];
      m.trust_government[i] = high[2];
    }
  });
}

}  // namespace cgsim
