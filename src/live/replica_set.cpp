#include "cgsim/live/replica_set.hpp"

#include <algorithm>
#include <array>

#include "cgsim/core/parallel.hpp"
#include "cgsim/measure/csr_impact.hpp"
#include "cgsim/world/world_builder.hpp"

namespace cgsim::live {
namespace {

// Key indicators (indicators.def) a class looks at; the CSR-impact ones need the counterfactual
// world, which interactive runs skip to halve the time of a year.
constexpr std::array<std::string_view, 10> kCharted = {
    "capability_mean",     "revenue_mean",       "reach",
    "need_match",          "acceptability_msme", "msme_influence",
    "collaboration_index", "trust_msme_company", "benefit_gini_districts",
    "government_cost"};

int indicator_index(std::string_view name) {
  const auto& catalogue = indicator_catalogue();
  for (std::size_t i = 0; i < catalogue.size(); ++i)
    if (catalogue[i].name == name) return static_cast<int>(i);
  throw std::logic_error("unknown indicator in the live view's chart list");
}

}  // namespace

std::span<const std::string_view> charted_indicators() { return kCharted; }

ReplicaSet::ReplicaSet(const Scenario& setup, std::uint64_t seed, int replications) {
  worlds_.reserve(static_cast<std::size_t>(replications));
  for (int r = 0; r < replications; ++r) {
    worlds_.push_back(build_world(setup, seed, static_cast<std::uint32_t>(r)));
    carry_.push_back(start_carry_over(worlds_.back()));
  }
  records_.resize(static_cast<std::size_t>(replications));
}

void ReplicaSet::step_replication(int r, const Scenario& in_force, YearTrace* trace) {
  const auto k = static_cast<std::size_t>(r);
  YearRecord record = simulate_year(worlds_[k], carry_[k], in_force, year_ + 1, trace);
  no_csr_impact(record);
  records_[k].push_back(std::move(record));
}

nlohmann::json ReplicaSet::series(std::span<const std::string_view> indicators) const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto name : indicators) {
    const int i = indicator_index(name);
    std::vector<double> mean, low, high;
    for (int y = 0; y < year_; ++y) {
      double sum = 0, lo = 1e300, hi = -1e300;
      for (const auto& rep : records_) {
        const double v = rep[static_cast<std::size_t>(y)].indicators[static_cast<std::size_t>(i)];
        sum += v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
      mean.push_back(sum / static_cast<double>(records_.size()));
      low.push_back(lo);
      high.push_back(hi);
    }
    out[std::string(name)] = {{"mean", mean}, {"low", low}, {"high", high}};
  }
  return out;
}

std::vector<double> ReplicaSet::last_spend_by_district() const {
  if (year_ == 0) return {};
  std::vector<double> out;
  for (const auto& rep : records_) {
    const auto& spend = rep.back().districts[district_spend];
    out.resize(spend.size(), 0.0);
    for (std::size_t d = 0; d < spend.size(); ++d) out[d] += spend[d] / static_cast<double>(records_.size());
  }
  return out;
}

void step_together(std::span<const ArmYear> arms, int threads) {
  std::vector<std::pair<std::size_t, int>> jobs;  // (arm, replication)
  for (std::size_t a = 0; a < arms.size(); ++a)
    for (int r = 0; r < arms[a].arm->replications(); ++r) jobs.emplace_back(a, r);
  parallel_items(jobs.size(), threads, [&](std::size_t k) {
    const auto [a, r] = jobs[k];
    const auto& arm = arms[a];
    const bool traced = (arm.humans && !arm.humans->empty()) || (r == 0 && arm.forum_out);
    if (!traced) return arm.arm->step_replication(r, *arm.in_force, nullptr);
    YearTrace trace;
    if (arm.humans) trace.humans = *arm.humans;
    arm.arm->step_replication(r, *arm.in_force, &trace);
    if (r == 0 && arm.forum_out) *arm.forum_out = std::move(trace.forum);
  });
  for (const auto& arm : arms) arm.arm->finish_year();
}

}  // namespace cgsim::live
