#pragma once
// A few replications of one policy arm (the baseline, the class's settings) advancing one year
// at a time through the engine's yearly schedule (engine/year.hpp), for the bands in the charts.
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

#include "cgsim/engine/year.hpp"

namespace cgsim::live {

class ReplicaSet {
 public:
  // Builds `replications` worlds of `setup` (replications 0..n-1 of `seed`: the same worlds in
  // every arm, common random numbers).
  ReplicaSet(const Scenario& setup, std::uint64_t seed, int replications);

  [[nodiscard]] int year() const { return year_; }
  [[nodiscard]] int replications() const { return static_cast<int>(worlds_.size()); }
  [[nodiscard]] const World& world(int r) const { return worlds_[static_cast<std::size_t>(r)]; }
  // records()[r][y]: replication r's indicators in year y + 1.
  [[nodiscard]] const std::vector<std::vector<YearRecord>>& records() const { return records_; }

  // Mean, lowest and highest over the replications of each named indicator, year by year.
  [[nodiscard]] nlohmann::json series(std::span<const std::string_view> indicators) const;
  // Mean CSR spend by district (billion IDR) in the last simulated year (empty before year 1).
  [[nodiscard]] std::vector<double> last_spend_by_district() const;

  // Simulates replication r's next year under `in_force` (with `trace`'s human choices, filling
  // its forum, if given). Called by step_together for every replication, on several threads.
  void step_replication(int r, const Scenario& in_force, YearTrace* trace);
  void finish_year() { ++year_; }

 private:
  std::vector<World> worlds_;
  std::vector<CarryOver> carry_;
  std::vector<std::vector<YearRecord>> records_;
  int year_ = 0;  // years simulated
};

// One arm's next year: its scenario in force, the seats human players take in every replication
// (play mode) and where to copy replication 0's forum.
struct ArmYear {
  ReplicaSet* arm;
  const Scenario* in_force;
  const std::vector<SeatChoice>* humans = nullptr;
  Forum* forum_out = nullptr;
};

// Advances every arm by one year; the replications share `threads` threads (results do not
// depend on it: each replication is simulated by one thread from its own state).
void step_together(std::span<const ArmYear> arms, int threads);

// Indices of the indicators the page charts.
std::span<const std::string_view> charted_indicators();

}  // namespace cgsim::live
