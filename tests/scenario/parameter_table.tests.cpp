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
      [&](const auto& v) -> std::vector<double> {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, double>)
          return {v};
        else if constexpr (std::is_same_v<V, std::int64_t>)
          return {static_cast<double>(v)};
        else if constexpr (std::is_same_v<V, bool> || std::is_same_v<V, std::string> || std::is_same_v<V, ChoiceValue>)
          return {};
        else
          return std::vector<double>(v.begin(), v.end());
      },
      read_value(spec, p));
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
      const auto index = std::get<ChoiceValue>(read_value(spec, p)).index;
      CHECK(index >= 0);
      CHECK(static_cast<std::size_t>(index) < spec.choices.size());
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

TEST_CASE("Choice parameters are enums whose names come from the table", "[scenario][parameters]") {
  CHECK(choice_names<DecisionRule>() ==
        std::vector<std::string_view>{"unilateral", "weighted_majority", "supermajority", "consensus"});
  CHECK(choice_name(DecisionRule::consensus) == "consensus");
  CHECK(choice_name(Agenda::report_only) == "report_only");
  CHECK(choice_name(EvaluationMode::impact) == "impact");
  CHECK(split_choice_list("(a, b_c, d)") == std::vector<std::string_view>{"a", "b_c", "d"});
  CHECK(choice_index("b", {"a", "b"}) == 1);
  CHECK_FALSE(choice_index("c", {"a", "b"}).has_value());
  const Parameters p = default_parameters();
  CHECK(p.decision_rule == DecisionRule::weighted_majority);
  CHECK(p.agenda == Agenda::joint_planning);
  CHECK(value_text(*find_parameter("forum.decision_rule"), p) == "weighted_majority");
  int choices = 0;
  for (const auto& spec : parameter_table())
    if (spec.kind == ParamKind::choice) {
      INFO(spec.path);
      CHECK(spec.choices.size() >= 2);
      ++choices;
    }
  CHECK(choices >= 3);
}

TEST_CASE("read_value and write_value carry every parameter from one set to another", "[scenario][parameters]") {
  const Parameters from = default_parameters();
  for (const auto& spec : parameter_table()) {
    INFO(spec.path);
    Parameters to{};
    write_value(spec, read_value(spec, from), to);
    CHECK(value_text(spec, to) == value_text(spec, from));
  }
}

TEST_CASE("The set-up parameters are the documented ones", "[scenario][parameters]") {
  // ODD section 7: read once when the world is built, so they may not be scheduled.
  for (const auto& spec : parameter_table()) {
    INFO(spec.path);
    const std::string_view p = spec.path;
    const bool setup = p.starts_with("simulation.") || p.starts_with("population.") ||
                       p.starts_with("companies.others.") || p == "companies.msme_share_of_csr" ||
                       p == "companies.initial_reputation";
    CHECK((spec.when == Scheduling::setup) == setup);
  }
}
