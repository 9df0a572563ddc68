// The parameter table and its defaults: documented, in range, consistent.
#include "cgsim/scenario/parameter_table.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>
#include <vector>

using namespace cgsim;

namespace {

// The numeric values of a parameter (one for a scalar, every element of a vector).
std::vector<double> numbers_of(const ParamSpec& spec, const Parameters& p) {
  return std::visit(
      [&](auto member) -> std::vector<double> {
        const auto& v = p.*member;
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, double>)
          return {v};
        else if constexpr (std::is_same_v<V, std::int64_t>)
          return {static_cast<double>(v)};
        else if constexpr (std::is_same_v<V, bool> || std::is_same_v<V, std::string>)
          return {};
        else
          return std::vector<double>(v.begin(), v.end());
      },
      spec.field);
}

}  // namespace

TEST_CASE("Every parameter is documented", "[scenario][parameters]") {
  const auto& table = parameter_table();
  REQUIRE(table.size() > 100);
  for (const auto& spec : table) {
    INFO(spec.path);
    CHECK(!spec.path.empty());
    CHECK(!spec.unit.empty());
    CHECK(!spec.provenance.empty());
    CHECK(spec.provenance.front() == '[');  // a provenance code: [V], [M], [E] or [A]
    CHECK(!spec.description.empty());
  }
}

TEST_CASE("Parameter paths are unique and found by find_parameter", "[scenario][parameters]") {
  std::set<std::string_view> seen;
  for (const auto& spec : parameter_table()) {
    INFO(spec.path);
    CHECK(seen.insert(spec.path).second);
    CHECK(find_parameter(spec.path) == &spec);
  }
  CHECK(find_parameter("forum.msme_seat") == nullptr);
  CHECK(find_parameter("forum") == nullptr);
}

TEST_CASE("Default values lie within their ranges and choices", "[scenario][parameters]") {
  const Parameters p = default_parameters();
  for (const auto& spec : parameter_table()) {
    INFO(spec.path << " = " << value_text(spec, p));
    if (spec.kind == ParamKind::choice) {
      const auto options = split_choices(spec.choices);
      const auto& value = p.*std::get<std::string Parameters::*>(spec.field);
      CHECK(std::find(options.begin(), options.end(), value) != options.end());
      continue;
    }
    if (spec.kind == ParamKind::vector) CHECK(spec.labels.size() == numbers_of(spec, p).size());
    for (double v : numbers_of(spec, p)) {
      CHECK(std::isfinite(v));
      CHECK(v >= spec.min);
      CHECK(v <= spec.max);
    }
  }
}

TEST_CASE("Default share vectors sum to 1", "[scenario][parameters]") {
  const Parameters p = default_parameters();
  int checked = 0;
  for (const auto& spec : parameter_table()) {
    if (!spec.sums_to_one) continue;
    INFO(spec.path);
    CHECK(spec.kind == ParamKind::vector);
    double sum = 0;
    for (double v : numbers_of(spec, p)) sum += v;
    CHECK(sum == Approx(1.0).margin(1e-9));
    ++checked;
  }
  CHECK(checked == 4);
  for (const char* path : {"population.sector_shares", "population.scale_shares", "companies.others.preferences",
                           "government.rpjmd_priorities"})
    CHECK(find_parameter(path)->sums_to_one);
}

TEST_CASE("Default collaboration thresholds increase and the peer degree is even", "[scenario][parameters]") {
  const Parameters p = default_parameters();
  CHECK(p.nascent_threshold < p.developing_threshold);
  CHECK(p.developing_threshold < p.collaborative_threshold);
  CHECK(p.peer_degree % 2 == 0);
}

TEST_CASE("Effect rows and need weights are views of their fields", "[scenario][parameters]") {
  Parameters p = default_parameters();
  CHECK(&effect_row(p, kTraining) == &p.effect_training);
  CHECK(&effect_row(p, static_cast<int>(ProgrammeType::circular)) == &p.effect_circular);
  CHECK(&need_weights(p, 0) == &p.need_weight_agribusiness);
  CHECK(&need_weights(p, kSectors - 1) == &p.need_weight_services);
}

TEST_CASE("value_text prints YAML the table can read back", "[scenario][parameters]") {
  const Parameters p = default_parameters();
  CHECK(value_text(*find_parameter("forum.msme_seats"), p) == "2");
  CHECK(value_text(*find_parameter("regulation.binding"), p) == "false");
  CHECK(value_text(*find_parameter("forum.mixing_rate"), p) == "0.3");
  CHECK(value_text(*find_parameter("population.scale_shares"), p) == "{micro: 0.986, small: 0.012, medium: 0.002}");
}
