#pragma once
// The simulated world of one replication: agents, institutions, networks and trust, i.e. what
// persists from year to year. What happens within a year (the forum and its outcome, the
// spending allocations, the needs register, the tally of the year's deliveries) are named values
// that the schedule (engine/year.cpp) hands from one rule to the next; money committed but unspent
// and last year's MSME voice are its carry-over (engine/year.hpp). Deliberately free of Eigen and
// Boost headers: every rule file includes this one.
#include <vector>

#include "cgsim/core/random.hpp"
#include "cgsim/scenario/parameters.hpp"
#include "cgsim/world/company.hpp"
#include "cgsim/world/district.hpp"
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/peer_network.hpp"
#include "cgsim/world/rule_context.hpp"
#include "cgsim/world/trust_matrix.hpp"

namespace cgsim {

struct World {
  World(std::uint64_t seed, std::uint32_t replication) : rng(seed, replication) {}

  RandomStream rng;
  Parameters params;          // values in force this year (scenario + schedule)
  int threads = 1;            // threads for per-MSME work within this run (results do not depend on it)
  int year = 0;               // 1-based during a year
  int step = 0;               // global step counter, 0-based
  bool csr_delivered = true;  // false in the shadow world of the CSR counterfactual (measure/csr_impact.hpp)

  std::vector<District> districts;
  Msmes msmes;
  PeerNetwork peers;
  std::vector<Company> companies;
  ByType government_priorities{};  // RPJMD mix (learns in impact evaluation)

  TrustMatrix stakeholder_trust;
  int msme_seat_base = 0;  // first MSME seat's stakeholder index
  int civil_seat_base = 0;
  int max_seats = 0;  // per kind: seats available in the trust matrix

  [[nodiscard]] int district_count() const { return static_cast<int>(districts.size()); }
  [[nodiscard]] int stakeholder_of_company(int j) const { return company_stakeholder(j); }
  [[nodiscard]] StakeholderSeats seats() const { return {msme_seat_base, civil_seat_base, max_seats}; }
  // The parameters, streams, clock and threads of this moment, for a rule.
  [[nodiscard]] RuleContext context() const { return {params, rng, year, step, threads}; }
};

}  // namespace cgsim
