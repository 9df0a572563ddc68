// The indicator catalogue and the Gini coefficient.
#include "cgsim/measure/indicators.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "cgsim/stats/order_statistics.hpp"

using namespace cgsim;

TEST_CASE("gini of equal values is 0 and of one-has-all 1 - 1/n", "[output][indicators]") {
  CHECK(gini({5, 5, 5, 5}) == Approx(0.0).margin(1e-12));
  CHECK(gini({0, 0, 0, 0, 0, 0, 0, 0, 0, 7}) == Approx(0.9));
  CHECK(gini({0, 3}) == Approx(0.5));
  CHECK(gini({1, 2, 3, 4}) == Approx(0.25));        // sum |xi - xj| / (2 n^2 mean) = 20 / 80
  CHECK(gini({4, 1, 3, 2}) == gini({1, 2, 3, 4}));  // order does not matter
  CHECK(gini({}) == 0.0);
  CHECK(gini({0, 0}) == 0.0);
}

TEST_CASE("The indicator catalogue is complete and documented", "[output][indicators]") {
  std::set<std::string_view> names;
  for (const auto& spec : indicator_catalogue()) {
    INFO(spec.name);
    CHECK(!spec.name.empty());
    CHECK(!spec.units.empty());
    CHECK(!spec.description.empty());
    CHECK(names.insert(spec.name).second);
  }
  CHECK(names.size() == static_cast<std::size_t>(indicator_count));
  // The enum and the catalogue are in the same order.
  CHECK(indicator_catalogue()[ind::duplication_rate].name == "duplication_rate");
  CHECK(indicator_catalogue()[ind::collaboration_stage].name == "collaboration_stage");
  CHECK(indicator_catalogue()[ind::msmes_alive].name == "msmes_alive");
  CHECK(district_indicator_catalogue()[district_msmes].name == "msmes");
  CHECK(district_indicator_catalogue()[district_spend].name == "spend");
}
