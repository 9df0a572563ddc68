// The resolved scenario as YAML: loading it again gives the same scenario.
#include "cgsim/scenario/scenario_yaml.hpp"

#include <catch2/catch.hpp>

#include "cgsim/scenario/parameter_table.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

void check_same_parameters(const Parameters& a, const Parameters& b) {
  for (const auto& spec : parameter_table()) {
    INFO(spec.path);
    CHECK(value_text(spec, a) == value_text(spec, b));  // shortest round-trip text: equal text = equal value
  }
}

}  // namespace

TEST_CASE("resolved_yaml loads back to the same scenario", "[scenario][yaml]") {
  TempDir dir;
  const auto districts = dir.write("districts.csv", test::kDistrictsCsv);
  const std::string text =
      test::small_scenario_yaml(districts) +
      "  named:\n"
      "    - name: Acme Mining\n"
      "      csr_budget_billion_idr: 12.345678901234567\n"
      "      districts: [Gelumbang, Tanjung Agung]\n"
      "      preferences: {training: 0.1, mentoring: 0.2, capital: 0.3, equipment: 0.1, market: 0.1,"
      " legal: 0.1, circular: 0.1}\n"
      "      political_weight: 2.5\n"
      "description: 'a: tricky # description'\n"
      "forum: {mixing_rate: 0.123456789012345, decision_rule: consensus, msme_seats: 6}\n"
      "regulation: {binding: true, sanction_billion_idr: 1e-3}\n"
      "schedule:\n"
      "  - {year: 2, set: {government.registry_quality: 0.7, forum: {agenda: report_only}}}\n";
  // The small scenario already has a population section: the share vector comes from --set.
  const auto first = load_scenario_text(text, dir.file("orig.yaml"),
                                        {"population.scale_shares={micro: 0.9, small: 0.07, medium: 0.03}"});
  INFO(test::describe(first.errors));
  REQUIRE(first.scenario.has_value());
  const auto& a = *first.scenario;
  REQUIRE_FALSE(a.resolved_yaml.empty());

  const auto second = load_scenario_text(a.resolved_yaml, dir.file("resolved.yaml"));
  INFO("resolved YAML:\n" << a.resolved_yaml << test::describe(second.errors));
  REQUIRE(second.scenario.has_value());
  const auto& b = *second.scenario;

  check_same_parameters(a.parameters, b.parameters);
  CHECK(b.parameters.mixing_rate == 0.123456789012345);
  CHECK(b.parameters.sanction == 1e-3);
  CHECK(b.name == a.name);
  CHECK(b.description == "a: tricky # description");
  REQUIRE(b.named_companies.size() == 1);
  CHECK(b.named_companies[0].name == "Acme Mining");
  CHECK(b.named_companies[0].csr_budget_billion_idr == a.named_companies[0].csr_budget_billion_idr);
  CHECK(b.named_companies[0].districts == a.named_companies[0].districts);
  CHECK(b.named_companies[0].preferences == a.named_companies[0].preferences);
  CHECK(b.named_companies[0].political_weight == 2.5);
  REQUIRE(b.districts.size() == a.districts.size());
  for (std::size_t d = 0; d < a.districts.size(); ++d) CHECK(b.districts[d].name == a.districts[d].name);
  REQUIRE(b.schedule.size() == a.schedule.size());
  for (int year = 1; year <= 3; ++year) {
    INFO("year " << year);
    check_same_parameters(a.parameters_in_year(year), b.parameters_in_year(year));
  }
  // And the resolved text is a fixed point.
  CHECK(b.resolved_yaml == a.resolved_yaml);
}

TEST_CASE("resolved_yaml of the defaults reloads to the defaults", "[scenario][yaml]") {
  TempDir dir;
  const auto s = test::load_small(dir);
  const auto again = load_scenario_text(s.resolved_yaml, dir.file("again.yaml"));
  INFO(test::describe(again.errors));
  REQUIRE(again.scenario.has_value());
  check_same_parameters(s.parameters, again.scenario->parameters);
  CHECK(again.scenario->named_companies.size() == 3);
  CHECK(again.scenario->named_companies[0].csr_budget_billion_idr == s.named_companies[0].csr_budget_billion_idr);
}
