#pragma once
// The simulated world of one replication: agents, institutions, networks and this year's flows.
// Rules read and write it; the schedule (engine/year.hpp) says in which order.
#include <Eigen/Dense>
#include <vector>

#include "cgsim/core/random.hpp"
#include "cgsim/scenario/parameters.hpp"
#include "cgsim/world/company.hpp"
#include "cgsim/world/district.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/needs_register.hpp"
#include "cgsim/world/peer_network.hpp"
#include "cgsim/world/year_flows.hpp"

namespace cgsim {

struct World {
  World(std::uint64_t seed, std::uint32_t replication) : rng(seed, replication) {}

  RandomStream rng;
  Parameters params;  // values in force this year (scenario + schedule)
  int threads = 1;    // threads for per-MSME work within this run (results do not depend on it)
  int year = 0;       // 1-based during a year
  int step = 0;       // global step counter, 0-based

  std::vector<District> districts;
  Msmes msmes;
  PeerGraph peers;
  std::vector<Company> companies;
  ByType government_priorities{};  // RPJMD mix (learns in impact evaluation)

  // Stakeholders: 0 = government, 1..J = companies, then MSME seats, then civil-society seats.
  Eigen::MatrixXf stakeholder_trust;
  int msme_seat_base = 0;  // first MSME seat's stakeholder index
  int civil_seat_base = 0;
  int max_seats = 0;  // per kind: seats available in the trust matrix

  Forum forum;
  // This year's spending: per operating company, its allocation over (type x district), whether
  // the coordination unit de-duplicates its beneficiaries, and money committed to each cell but
  // not yet spent (million IDR; carried over so that small budgets still buy costly deliveries).
  std::vector<Eigen::VectorXd> allocation;
  std::vector<std::uint8_t> coordinated;
  Eigen::MatrixXd committed;
  NeedsRegister needs_register;  // the coordination unit's ranked lists for this year
  YearFlows flows;
  double last_voice = 0;  // last year's normalised MSME voice (informs perception)

  [[nodiscard]] int district_count() const { return static_cast<int>(districts.size()); }
  [[nodiscard]] int stakeholder_of_company(int j) const { return 1 + j; }
};

}  // namespace cgsim
