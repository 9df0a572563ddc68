// Student-t quantiles, mean intervals and paired differences against tests/stats/shared_cases.csv,
// the file analysis/tests/test_stats.py checks the Python statistics against: C++ and Python
// give the same numbers on the same data (expected values from SciPy, make_shared_cases.py).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cgsim/stats/comparison.hpp"
#include "cgsim/stats/intervals.hpp"

using namespace cgsim;

namespace {

struct SharedCase {
  std::string kind;
  double confidence = 0, df = 0;
  std::vector<double> a, b;
  double mean = 0, low = 0, high = 0;
};

std::vector<double> numbers(const std::string& field) {
  std::istringstream in(field);
  std::vector<double> out;
  for (double x; in >> x;) out.push_back(x);
  return out;
}

std::vector<SharedCase> read_cases() {
  std::ifstream file(CGSIM_SOURCE_DIR "/tests/stats/shared_cases.csv");
  REQUIRE(file.good());
  std::vector<SharedCase> cases;
  for (std::string line; std::getline(file, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, ',');) f.push_back(field);
    f.resize(8);
    auto number = [](const std::string& s) { return s.empty() ? 0.0 : std::stod(s); };
    cases.push_back(
        {f[0], number(f[1]), number(f[2]), numbers(f[3]), numbers(f[4]), number(f[5]), number(f[6]), number(f[7])});
  }
  return cases;
}

}  // namespace

TEST_CASE("Statistics give the shared known answers (same file as the Python tests)", "[stats][shared]") {
  const auto cases = read_cases();
  int t = 0, intervals = 0, paired = 0;
  for (const auto& c : cases) {
    INFO(c.kind << " confidence " << c.confidence << " df " << c.df << " n " << c.a.size());
    if (c.kind == "t") {
      CHECK(t_quantile(c.confidence, c.df) == Approx(c.mean).epsilon(1e-9));
      ++t;
    } else if (c.kind == "interval") {
      const auto r = mean_interval(c.a, c.confidence);
      CHECK(r.mean == Approx(c.mean).epsilon(1e-12));
      CHECK(r.low == Approx(c.low).epsilon(1e-9));
      CHECK(r.high == Approx(c.high).epsilon(1e-9));
      ++intervals;
    } else if (c.kind == "paired") {
      REQUIRE(c.confidence == 0.95);  // the comparison's confidence
      const auto table =
          compare_scenarios({"base", "other"}, {"x"}, {{c.a}, {c.b}},
                            {std::vector<double>(c.a.size(), 0.0), std::vector<double>(c.b.size(), 0.0)});
      const auto& d = table.difference[1][0];
      CHECK(d.mean == Approx(c.mean).epsilon(1e-9).margin(1e-15));
      CHECK(d.low == Approx(c.low).epsilon(1e-9));
      CHECK(d.high == Approx(c.high).epsilon(1e-9));
      ++paired;
    }
  }
  CHECK(t == 21);
  CHECK(intervals == 4);
  CHECK(paired == 3);
}
