#include "cgsim/engine/experiment_runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "cgsim/engine/replication.hpp"
#include "cgsim/measure/indicators.hpp"
#include "cgsim/scenario/loader.hpp"
#include "cgsim/scenario/parameter_table.hpp"

namespace cgsim {
namespace {

// FNV-1a, 64 bits: a change detector for resume and merge, not a cryptographic digest.
struct Fnv {
  std::uint64_t h = 1469598103934665603ull;
  void add(const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t k = 0; k < n; ++k) h = (h ^ p[k]) * 1099511628211ull;
  }
  void add(const std::string& s) {
    add(s.data(), s.size());
    add("\0", 1);
  }
};

std::string hash_of(const PreparedExperiment& x) {
  Fnv f;
  f.add(std::string("cgsim ") + CGSIM_VERSION);
  f.add(x.spec.canonical_yaml);
  for (const auto& s : x.policies) f.add(s.resolved_yaml);
  for (const auto& row : x.design.points) f.add(row.data(), row.size() * sizeof(double));
  return fmt::format("{:016x}", f.h);
}

std::vector<std::string> fixed_overrides(const ExperimentSpec& spec, const PolicySpec& p) {
  std::vector<std::string> out;
  for (const auto& [key, value] : p.overrides) out.push_back(key + "=" + flow_yaml(value));
  if (spec.years) out.push_back("simulation.years=" + std::to_string(*spec.years));
  out.push_back("simulation.seed=" + std::to_string(spec.seed));
  out.push_back("simulation.replications=" + std::to_string(spec.replications));
  return out;
}

// Errors from a policy's overrides point at the `set:` entry of the experiment file, not at "--set".
void locate_override_errors(Diagnostics& errors, const PolicySpec& p) {
  for (auto& e : errors) {
    if (e.where.file.rfind("--set ", 0) != 0) continue;
    for (const auto& [key, value] : p.overrides)
      if (e.where.file == "--set " + key + "=" + flow_yaml(value)) e.where = value.origin;
  }
}

// A design value as YAML the loader reads back exactly (shortest round-trip text for reals).
std::string override_text(const FactorSpec& f, double v) {
  const auto* spec = find_parameter(f.path);
  if (spec && spec->kind == ParamKind::boolean) return v != 0 ? "true" : "false";
  if (f.integer) return std::to_string(static_cast<long long>(v));
  return fmt::format("{}", v);
}

bool applies(const FactorSpec& f, const std::string& policy) {
  return f.policies.empty() || std::find(f.policies.begin(), f.policies.end(), policy) != f.policies.end();
}

}  // namespace

PrepareResult prepare_experiment(const ExperimentSpec& spec) {
  PrepareResult out;
  PreparedExperiment x;
  x.spec = spec;
  for (const auto& p : spec.policies) {
    auto loaded = load_scenario(p.scenario_file, fixed_overrides(spec, p));
    locate_override_errors(loaded.errors, p);
    if (!std::filesystem::exists(p.scenario_file))
      out.errors.push_back(
          {p.origin, "policies." + p.name + ".scenario", "scenario file not found: " + p.scenario_file});
    else
      for (auto& e : loaded.errors) out.errors.push_back(std::move(e));
    if (!loaded.scenario) continue;
    loaded.scenario->name = p.name;
    x.policies.push_back(std::move(*loaded.scenario));
  }
  for (std::size_t k = 0; k < spec.outcomes.indicators.size(); ++k) {
    const auto& name = spec.outcomes.indicators[k];
    const auto& cat = indicator_catalogue();
    const auto it = std::find_if(cat.begin(), cat.end(), [&](const IndicatorSpec& s) { return s.name == name; });
    if (it == cat.end())
      out.errors.push_back({spec.outcomes.indicator_origins[k], "outcomes.indicators",
                            "unknown indicator '" + name + "' (see docs/output.md for the list)"});
    else
      x.indicators.push_back(static_cast<int>(it - cat.begin()));
  }
  if (spec.outcomes.indicators.empty())
    for (int k = 0; k < indicator_count; ++k) x.indicators.push_back(k);
  if (!out.errors.empty()) return out;
  x.years = x.policies.front().parameters.years;
  for (const auto& s : x.policies)
    if (s.parameters.years != x.years)
      out.errors.push_back({{spec.source_file, 0, 0},
                            "years",
                            fmt::format("policy {} simulates {} years but {} simulates {}; set `years:` in the "
                                        "experiment",
                                        s.name, s.parameters.years, x.policies.front().name, x.years)});
  if (!out.errors.empty()) return out;
  x.outcome_years = spec.outcomes.all_years ? static_cast<std::size_t>(x.years) : 1;
  if (const auto n = design_size(spec); n > kMaxDesignPoints) {
    out.errors.push_back(
        {spec.design.origin, "design",
         fmt::format("the design would have {} points; at most {} (split the question into several "
                     "experiments)",
                     n == static_cast<std::size_t>(-1) ? std::string("more than 2^64") : std::to_string(n),
                     kMaxDesignPoints)});
    return out;
  }
  x.design = generate_design(spec);
  if (x.design.points.empty()) out.errors.push_back({spec.design.origin, "design", "the design has no points"});
  if (!out.errors.empty()) return out;
  x.hash = hash_of(x);
  out.experiment = std::move(x);
  return out;
}

Scenario scenario_at(const PreparedExperiment& x, std::size_t point, std::size_t policy) {
  const auto& base = x.policies[policy];
  std::vector<std::string> overrides;
  for (std::size_t k = 0; k < x.spec.factors.size(); ++k) {
    const auto& f = x.spec.factors[k];
    if (!applies(f, base.name)) continue;
    overrides.push_back(f.path + "=" + override_text(f, x.design.points[point][k]));
  }
  if (overrides.empty()) return base;
  auto loaded = load_scenario_text(base.resolved_yaml, base.source_file, overrides);
  if (!loaded.scenario) {
    std::string why;
    for (const auto& e : loaded.errors) why += "\n  " + to_string(e);
    throw std::runtime_error(fmt::format("design point {} makes policy {} invalid:{}", point, base.name, why));
  }
  loaded.scenario->name = base.name;
  loaded.scenario->source_file = base.source_file;
  return std::move(*loaded.scenario);
}

std::optional<std::vector<double>> run_task(const PreparedExperiment& x, const std::vector<Scenario>& scenarios,
                                            std::uint32_t replication, const std::atomic<bool>* stop,
                                            int inner_threads) {
  std::vector<double> out;
  out.reserve(x.task_values());
  for (const auto& s : scenarios) {
    const auto r = run_replication(s, x.spec.seed, replication, stop, inner_threads);
    if (!r.complete) return std::nullopt;
    for (const int k : x.indicators)
      for (std::size_t y = r.years.size() - x.outcome_years; y < r.years.size(); ++y)
        out.push_back(r.years[y].indicators[static_cast<std::size_t>(k)]);
  }
  return out;
}

std::optional<Row> RowAssembler::add(std::size_t point, std::uint32_t replication, const std::vector<double>& v) {
  const std::size_t P = x_.policies.size(), I = x_.indicators.size(), Y = x_.outcome_years, R = x_.replications();
  if (v.size() != P * I * Y) throw std::logic_error("task result of the wrong size");
  auto it = std::find_if(pending_.begin(), pending_.end(), [&](auto& e) { return e.first == point; });
  if (it == pending_.end()) {
    pending_.push_back({point, Pending{std::vector<double>(I * P * R * Y, 0.0), 0}});
    it = pending_.end() - 1;
  }
  auto& row = it->second;
  // Task layout [policy][indicator][year] -> row layout [indicator][policy][replication][year].
  for (std::size_t p = 0; p < P; ++p)
    for (std::size_t i = 0; i < I; ++i)
      std::memcpy(&row.values[((i * P + p) * R + replication) * Y], &v[(p * I + i) * Y], Y * sizeof(double));
  if (++row.arrived < R) return std::nullopt;
  Row done{point, std::move(row.values)};
  pending_.erase(it);
  return done;
}

std::shared_ptr<const std::vector<Scenario>> ScenarioCache::at(std::size_t point) {
  {
    std::lock_guard lock(mutex_);
    for (const auto& [p, s] : cache_)
      if (p == point) return s;
  }
  auto built = std::make_shared<std::vector<Scenario>>();
  for (std::size_t k = 0; k < x_.policies.size(); ++k) built->push_back(scenario_at(x_, point, k));
  std::lock_guard lock(mutex_);
  for (const auto& [p, s] : cache_)
    if (p == point) return s;  // another thread built it meanwhile; use the same one
  cache_.emplace_back(point, built);
  return built;
}

void ScenarioCache::drop(std::size_t point) {
  std::lock_guard lock(mutex_);
  std::erase_if(cache_, [&](auto& e) { return e.first == point; });
}

bool run_points(const PreparedExperiment& x, const std::vector<std::size_t>& points, int threads, const RowSink& sink,
                const std::atomic<bool>* stop, const TaskProgress& progress) {
  const std::size_t R = x.replications(), total = points.size() * R;
  std::atomic<std::size_t> next{0}, finished{0};
  std::mutex mutex;
  RowAssembler rows(x);
  ScenarioCache cache(x);
  std::exception_ptr failure;
  std::size_t delivered = 0;
  const int outer = std::max(1, std::min<int>(threads, static_cast<int>(std::max<std::size_t>(total, 1))));
  const int inner = std::max(1, threads / outer);
  auto worker = [&] {
    for (std::size_t task; (task = next.fetch_add(1)) < total;) {
      if (stop && stop->load()) break;
      const std::size_t point = points[task / R];
      const auto replication = static_cast<std::uint32_t>(task % R);
      try {
        const auto scenarios = cache.at(point);
        auto values = run_task(x, *scenarios, replication, stop, inner);
        if (!values) break;
        std::lock_guard lock(mutex);
        if (failure) break;
        ++finished;
        if (auto row = rows.add(point, replication, *values)) {
          cache.drop(point);
          sink(*row);
          ++delivered;
        }
        if (progress) progress(finished, total);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        next = total;  // the others stop at their next task
        break;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < outer; ++k) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return delivered == points.size();
}

std::vector<std::size_t> shard_points(std::size_t points, std::size_t index, std::size_t count) {
  std::vector<std::size_t> out;
  for (std::size_t p = index - 1; p < points; p += count) out.push_back(p);
  return out;
}

}  // namespace cgsim
