#include "cgsim/rules/organisation.hpp"

#include <algorithm>

#include "cgsim/core/parallel.hpp"

namespace cgsim {

double join_probability(const Parameters& p) {
  return std::min(1.0, p.join_rate + p.advocacy_effect * p.advocacy_support);
}

double leave_probability(const Parameters& p) { return p.leave_rate * (1.0 - p.advocacy_support); }

void organise_year(const RuleContext& now, Msmes& m) {
  const double join = join_probability(now.params);
  const double leave = leave_probability(now.params);
  const auto year = static_cast<std::uint32_t>(now.year);
  parallel_blocks(m.size(), now.threads, [&](std::size_t begin, std::size_t end) {
    RandomStream::Words quad{};
    for (std::size_t i = begin; i < end; ++i) {
      const auto id = static_cast<std::uint32_t>(i);
      // MSMEs 4q..4q+3 share one Philox call (counter q), one 32-bit word each.
      if (i == begin || id % 4 == 0) quad = now.rng.words(Purpose::organisation, year, id / 4);
      if (!m.alive[i]) continue;
      const double u = word_to_unit_interval(quad.w[id % 4]);
      if (m.association[i] == kNoAssociation) {
        if (u < join) m.association[i] = m.district[i];
      } else if (u < leave) {
        m.association[i] = kNoAssociation;
      }
    }
  });
}

}  // namespace cgsim
