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

std::string number(double v, const std::string& lang = "en") {
  if (!std::isfinite(v)) return lang == "id" ? "t/a" : "n/a";
  auto text = std::abs(v) >= 100 ? fmt::format("{:.1f}", v) : fmt::format("{:.4g}", v);
  if (lang == "id") std::replace(text.begin(), text.end(), '.', ',');  // decimal comma
  return text;
}

// A CSV field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string interval(const Interval& i, const std::string& lang = "en") {
  if (i.n < 2)
    return number(i.mean, lang) + (lang == "id" ? " [t/a, perlu >= 2 replikasi]" : " [n/a, need >= 2 replications]");
  if (!std::isfinite(i.half_width)) return number(i.mean, lang);
  return fmt::format("{} [{}{} {}]", number(i.mean, lang), number(i.low, lang), lang == "id" ? ";" : ",",
                     number(i.high, lang));  // decimal commas need another separator
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

namespace {

void print_csv_rows(const ComparisonTable& t, const std::string& year) {
  for (std::size_t s = 0; s < t.scenarios.size(); ++s)
    for (std::size_t i = 0; i < t.indicators.size(); ++i) {
      const auto& l = t.level[s][i];
      const auto& d = t.difference[s][i];
      fmt::print("{}{},{},{},{},{},{},{},{},{}\n", year, csv_field(t.scenarios[s]), t.indicators[i], l.mean, l.low,
                 l.high, d.mean, d.low, d.high, s > 0 && (d.low > 0 || d.high < 0) ? 1 : 0);
    }
}

std::string json_number(double v) { return std::isfinite(v) ? fmt::format("{}", v) : std::string("null"); }

void print_json_scenarios(const ComparisonTable& t) {
  fmt::print("[");
  for (std::size_t s = 0; s < t.scenarios.size(); ++s) {
    fmt::print("{}{{\"name\": {}, \"extra_public_cost\": {}, \"indicators\": {{", s ? ", " : "",
               json_string(t.scenarios[s]), json_number(t.extra_public_cost[s]));
    for (std::size_t i = 0; i < t.indicators.size(); ++i) {
      const auto& l = t.level[s][i];
      const auto& d = t.difference[s][i];
      fmt::print(
          "{}\"{}\": {{\"mean\": {}, \"ci_low\": {}, \"ci_high\": {}, \"diff_mean\": {}, \"diff_ci_low\": {}, "
          "\"diff_ci_high\": {}}}",
          i ? ", " : "", t.indicators[i], json_number(l.mean), json_number(l.low), json_number(l.high),
          json_number(d.mean), json_number(d.low), json_number(d.high));
    }
    fmt::print("}}}}");
  }
  fmt::print("]");
}

const char* kCsvHeader =
    "scenario,indicator,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,diff_excludes_zero\n";

// The table's words; indicator names stay cgsim's identifiers (docs/output.md) in both languages.
struct Words {
  const char* intro;
  const char* against;
  const char* baseline;
  const char* indicator;
  const char* mean;
  const char* difference;
  const char* cost;
};

const Words& words(const std::string& lang) {
  static const Words en{
      "Final-year means with 95% confidence intervals over {} paired replications (common random numbers).\n",
      "Differences are against {} (paired t); * = the interval excludes zero.\n\n",
      " (baseline)",
      "indicator",
      "mean [95% CI]",
      "difference [95% CI]",
      "  extra public cost {} bn IDR/yr; capability_mean gained per bn IDR {}; revenue_mean gained per bn IDR {}\n"};
  static const Words id{
      "Rata-rata tahun terakhir dengan interval kepercayaan 95% dari {} replikasi berpasangan (bilangan acak "
      "bersama).\n",
      "Selisih terhadap {} (uji t berpasangan); * = intervalnya tidak memuat nol.\n\n",
      " (skenario dasar)",
      "indikator",
      "rata-rata [IK 95%]",
      "selisih [IK 95%]",
      "  tambahan biaya pemerintah {} miliar Rp/tahun; kenaikan capability_mean per miliar Rp {}; kenaikan "
      "revenue_mean per miliar Rp {}\n"};
  return lang == "id" ? id : en;
}

}  // namespace

void print_comparison_years(const std::vector<ComparisonTable>& years, const std::string& format) {
  if (years.empty()) return;
  if (format == "csv") {
    fmt::print("year,{}", kCsvHeader);
    for (std::size_t y = 0; y < years.size(); ++y) print_csv_rows(years[y], fmt::format("{},", y + 1));
    return;
  }
  fmt::print("{{\"baseline\": {}, \"replications\": {}, \"confidence\": 0.95, \"years\": [",
             json_string(years.front().scenarios[0]), years.front().replications);
  for (std::size_t y = 0; y < years.size(); ++y) {
    fmt::print("{}{{\"year\": {}, \"scenarios\": ", y ? ", " : "", y + 1);
    print_json_scenarios(years[y]);
    fmt::print("}}");
  }
  fmt::print("]}}\n");
}

void print_comparison(const ComparisonTable& t, const std::string& format, const std::string& lang) {
  const auto S = t.scenarios.size();
  if (format == "csv") {
    fmt::print("{}", kCsvHeader);
    print_csv_rows(t, "");
    return;
  }
  if (format == "json") {
    fmt::print("{{\"baseline\": {}, \"replications\": {}, \"confidence\": 0.95, \"scenarios\": ",
               json_string(t.scenarios[0]), t.replications);
    print_json_scenarios(t);
    fmt::print("}}\n");
    return;
  }
  const auto& w = words(lang);
  fmt::print(fmt::runtime(w.intro), t.replications);
  fmt::print(fmt::runtime(w.against), t.scenarios[0]);
  for (std::size_t s = 0; s < S; ++s) {
    fmt::print("== {}{}\n", t.scenarios[s], s == 0 ? w.baseline : "");
    fmt::print("  {:<28} {:<34} {}\n", w.indicator, w.mean, s == 0 ? "" : w.difference);
    for (const auto& name : kKey) {
      const auto i = index_of(t, name);
      const auto& d = t.difference[s][i];
      const bool sure = s > 0 && (d.low > 0 || d.high < 0);
      fmt::print("  {:<28} {:<34} {}{}\n", name, interval(t.level[s][i], lang), s == 0 ? "" : interval(d, lang),
                 sure ? " *" : "");
    }
    if (s > 0)
      fmt::print(fmt::runtime(w.cost), number(t.extra_public_cost[s], lang), number(t.capability_per_billion[s], lang),
                 number(t.revenue_per_billion[s], lang));
    fmt::print("\n");
  }
}

}  // namespace cgsim::cli
