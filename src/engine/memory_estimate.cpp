#include "cgsim/engine/memory_estimate.hpp"

#include <unistd.h>

#include <algorithm>

#include "cgsim/core/types.hpp"
#include "cgsim/measure/indicators.hpp"

namespace cgsim {
namespace {

// Per MSME and per peer-link end, calibrated on the national run (docs/performance.md: 7.6 GiB
// peak for 64.2 million MSMEs with 4 links each, about 120 bytes an MSME): the attribute arrays
// (about 60 bytes), per-step working copies, and the peer graph (edge list while building, then
// the compressed graph). Rounded up so that the estimate errs on the safe side by about 10%.
constexpr double kBytesPerMsme = 90;
constexpr double kBytesPerLinkEnd = 10;

double msme_count(const Scenario& s) {
  const auto& p = s.parameters;
  if (p.msmes_per_weight <= 0) return static_cast<double>(p.msmes);
  double weights = 0;
  for (const auto& d : s.districts) weights += d.msme_weight;
  return weights * p.msmes_per_weight;
}

}  // namespace

MemoryEstimate estimate_memory(const Scenario& s, int concurrent) {
  const auto& p = s.parameters;
  const double msmes = msme_count(s);
  const double districts = static_cast<double>(std::max<std::size_t>(s.districts.size(), 1));
  const double companies = static_cast<double>(s.named_companies.size()) + static_cast<double>(p.other_companies);
  const double seats = static_cast<double>(std::max(p.msme_seats, p.civil_society_seats)) + 100;  // schedule may raise
  const double stakeholders = 1 + companies + 2 * seats;
  const double population = msmes * (kBytesPerMsme + kBytesPerLinkEnd * static_cast<double>(p.peer_degree));
  const double trust = stakeholders * stakeholders * 4;
  const double spending = companies * districts * kTypes * 8 * 2;  // allocation and committed, per cell
  const double years = static_cast<double>(p.years);
  MemoryEstimate e;
  e.world_bytes = population + trust + spending + districts * 1024;
  const double per_year =
      static_cast<double>(indicator_count) + static_cast<double>(district_indicator_count) * districts;
  e.result_bytes = years * per_year * 8 * 3;  // the result and its copies on the way to the file
  e.total_bytes = std::max(concurrent, 1) * (e.world_bytes + e.result_bytes);
  const double largest = std::max({population, trust, spending, e.result_bytes});
  e.largest_part = largest == trust        ? "the stakeholder trust matrix (companies x companies)"
                   : largest == population ? "the MSMEs and their peer network"
                   : largest == spending   ? "the companies' spending plans (companies x districts)"
                                           : "the recorded results (years x districts)";
  return e;
}

double physical_memory_bytes() {
  const long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  return pages > 0 && size > 0 ? static_cast<double>(pages) * static_cast<double>(size) : 0.0;
}

}  // namespace cgsim
