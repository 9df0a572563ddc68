#include "report_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cgsim/measure/indicators.hpp"

namespace cgsim::cli {
namespace {

// The indicators a planner looks at first (column `key` of indicators.def); the file holds them all.
const std::vector<std::string> kKey = [] {
  const auto names = key_indicators();
  return std::vector<std::string>(names.begin(), names.end());
}();

std::size_t index_of(const ComparisonTable& t, const std::string& name) {
  return static_cast<std::size_t>(std::find(t.indicators.begin(), t.indicators.end(), name) - t.indicators.begin());
}

std::string number(double v) {
  if (!std::isfinite(v)) return "n/a";
  return std::abs(v) >= 100 ? fmt::format("{:.1f}", v) : fmt::format("{:.4g}", v);
}

// A CSV field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string interval(const Interval& i) {
  if (i.n < 2) return number(i.mean) + " [n/a, need >= 2 replications]";
  if (!std::isfinite(i.half_width)) return number(i.mean);
  return fmt::format("{} [{}, {}]", number(i.mean), number(i.low), number(i.high));
}

}  // namespace

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20)
      out += fmt::format("\\u{:04x}", c);
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

void print_run_summary(const ComparisonTable& t) {
  fmt::print("{} ({} replications): final-year mean [95% CI]\n", t.scenarios.front(), t.replications);
  for (const auto& name : kKey) fmt::print("  {:<28} {}\n", name, interval(t.level[0][index_of(t, name)]));
}

void print_comparison(const ComparisonTable& t, const std::string& format) {
  const auto S = t.scenarios.size();
  if (format == "csv") {
    fmt::print("scenario,indicator,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,diff_excludes_zero\n");
    for (std::size_t s = 0; s < S; ++s)
      for (std::size_t i = 0; i < t.indicators.size(); ++i) {
        const auto& l = t.level[s][i];
        const auto& d = t.difference[s][i];
        fmt::print("{},{},{},{},{},{},{},{},{}\n", csv_field(t.scenarios[s]), t.indicators[i], l.mean, l.low, l.high,
                   d.mean, d.low, d.high, s > 0 && (d.low > 0 || d.high < 0) ? 1 : 0);
      }
    return;
  }
  if (format == "json") {
    fmt::print("{{\"baseline\": {}, \"replications\": {}, \"confidence\": 0.95, \"scenarios\": [",
               json_string(t.scenarios[0]), t.replications);
    for (std::size_t s = 0; s < S; ++s) {
      fmt::print("{}{{\"name\": {}, \"extra_public_cost\": {}, \"indicators\": {{", s ? ", " : "",
                 json_string(t.scenarios[s]),
                 std::isfinite(t.extra_public_cost[s]) ? fmt::format("{}", t.extra_public_cost[s]) : "null");
      for (std::size_t i = 0; i < t.indicators.size(); ++i) {
        const auto& l = t.level[s][i];
        const auto& d = t.difference[s][i];
        auto num = [](double v) { return std::isfinite(v) ? fmt::format("{}", v) : std::string("null"); };
        fmt::print(
            "{}\"{}\": {{\"mean\": {}, \"ci_low\": {}, \"ci_high\": {}, \"diff_mean\": {}, \"diff_ci_low\": {}, "
            "\"diff_ci_high\": {}}}",
            i ? ", " : "", t.indicators[i], num(l.mean), num(l.low), num(l.high), num(d.mean), num(d.low), num(d.high));
      }
      fmt::print("}}}}");
    }
    fmt::print("]}}\n");
    return;
  }
  fmt::print("Final-year means with 95% confidence intervals over {} paired replications (common random numbers).\n",
             t.replications);
  fmt::print("Differences are against {} (paired t); * = the interval excludes zero.\n\n", t.scenarios[0]);
  for (std::size_t s = 0; s < S; ++s) {
    fmt::print("== {}{}\n", t.scenarios[s], s == 0 ? " (baseline)" : "");
    fmt::print("  {:<28} {:<34} {}\n", "indicator", "mean [95% CI]", s == 0 ? "" : "difference [95% CI]");
    for (const auto& name : kKey) {
      const auto i = index_of(t, name);
      const auto& d = t.difference[s][i];
      const bool sure = s > 0 && (d.low > 0 || d.high < 0);
      fmt::print("  {:<28} {:<34} {}{}\n", name, interval(t.level[s][i]), s == 0 ? "" : interval(d), sure ? " *" : "");
    }
    if (s > 0)
      fmt::print(
          "  extra public cost {} bn IDR/yr; capability_mean gained per bn IDR {}; revenue_mean gained per bn IDR {}\n",
          number(t.extra_public_cost[s]), number(t.capability_per_billion[s]), number(t.revenue_per_billion[s]));
    fmt::print("\n");
  }
}

}  // namespace cgsim::cli
