#include "cgsim/rules/organisation.hpp"

#include "cgsim/engine/parallel.hpp"

namespace cgsim {

void organise_year(World& w) {
  const auto& p = w.params;
  auto& m = w.msmes;
  const double join = std::min(1.0, p.join_rate + p.advocacy_effect * p.advocacy_support);
  const double leave = p.leave_rate * (1.0 - p.advocacy_support);
  const auto year = static_cast<std::uint32_t>(w.year);
  parallel_blocks(m.size(), w.threads, [&](std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (!m.alive[i]) continue;
    const double u = w.rng.uniform(Purpose::organisation, year, static_cast<std::uint32_t>(i));
    if (m.association[i] == kNoAssociation) {
      if (u < join) m.association[i] = m.district[i];
    } else if (u < leave) {
      m.association[i] = kNoAssociation;
    }
  }
  });
}

} // namespace cgsim
