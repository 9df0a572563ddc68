// Public cost: the sum of the unit costs of the levers in force, and tax relief for members.
#include "cgsim/measure/public_cost.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

namespace {

// Every lever off: nothing costs anything.
Parameters levers_off() {
  Parameters p = default_parameters();
  p.facilitation = 0;
  p.registry_quality = 0;
  p.coordination_unit = false;
  p.award_value = 0;
  p.binding = false;
  p.mandatory_reporting = false;
  p.audit_probability = 0;
  p.sanction = 0;
  p.advocacy_support = 0;
  p.tax_incentive_rate = 0;
  return p;
}

std::vector<Company> companies() {
  std::vector<Company> out(4);
  out[0].base_msme_budget = out[0].msme_budget = 1000;  // member
  out[0].member = true;
  out[1].base_msme_budget = 800;  // member that raised its MSME budget this year
  out[1].msme_budget = 3000;
  out[1].member = true;
  out[2].base_msme_budget = out[2].msme_budget = 500;  // operating, not a member
  out[3].msme_budget = 0;                              // not operating (a member on paper)
  out[3].member = true;
  return out;
}

}  // namespace

TEST_CASE("With every lever off the public cost is zero", "[measure][public_cost]") {
  CHECK(government_cost(levers_off(), companies(), 0) == 0.0);
}

TEST_CASE("Each lever adds its unit cost", "[measure][public_cost]") {
  const auto c = companies();
  Parameters p = levers_off();
  p.facilitation = 0.5;
  CHECK(government_cost(p, c, 0) == Approx(0.5 * p.cost_facilitation));
  p = levers_off();
  p.registry_quality = 0.8;
  CHECK(government_cost(p, c, 0) == Approx(0.8 * p.cost_registry));
  p = levers_off();
  p.coordination_unit = true;
  CHECK(government_cost(p, c, 0) == Approx(p.cost_coordination_unit + p.survey_capacity * p.cost_survey));
  p = levers_off();
  CHECK(government_cost(p, c, 6) == Approx(6 * p.cost_meeting));
  p = levers_off();
  p.award_value = 2;
  CHECK(government_cost(p, c, 0) == Approx(p.cost_award_programme));
  p = levers_off();
  p.advocacy_support = 0.4;
  CHECK(government_cost(p, c, 0) == Approx(0.4 * p.cost_advocacy));
}

TEST_CASE("Audits and sanctions cost only when a rule is enforced", "[measure][public_cost]") {
  const auto c = companies();
  Parameters p = levers_off();
  p.audit_probability = 0.5;
  p.sanction = 10;
  CHECK(government_cost(p, c, 0) == 0.0);  // nothing to audit against
  p.binding = true;
  // Three operating companies audited with probability 0.5, and the sanction administration.
  CHECK(government_cost(p, c, 0) == Approx(0.5 * 3 * p.cost_audit + p.cost_sanction_administration));
  p.binding = false;
  p.mandatory_reporting = true;
  CHECK(government_cost(p, c, 0) == Approx(0.5 * 3 * p.cost_audit + p.cost_sanction_administration));
}

TEST_CASE("Tax relief is foregone for operating members only", "[measure][public_cost]") {
  Parameters p = levers_off();
  p.tax_incentive_rate = 0.1;
  // Members 0 and 1 (4000 million IDR committed this year, not their 1800 base); company 2 is no
  // member, company 3 does not operate.
  CHECK(government_cost(p, companies(), 0) == Approx(0.1 * 4000 / 1000.0));
}

TEST_CASE("The cost of everything is the sum of the parts", "[measure][public_cost]") {
  Parameters p = levers_off();
  p.facilitation = 1;
  p.registry_quality = 1;
  p.coordination_unit = true;
  p.award_value = 1;
  p.binding = true;
  p.audit_probability = 1;
  p.sanction = 1;
  p.advocacy_support = 1;
  p.tax_incentive_rate = 0.05;
  const double parts = p.cost_facilitation + p.cost_registry + p.cost_coordination_unit +
                       p.survey_capacity * p.cost_survey + 4 * p.cost_meeting + p.cost_award_programme +
                       3 * p.cost_audit + p.cost_sanction_administration + p.cost_advocacy + 0.05 * 4000 / 1000.0;
  CHECK(government_cost(p, companies(), 4) == Approx(parts));
}

TEST_CASE("The realistic coordination unit pays for its needs survey; the informed bound does not",
          "[measure][public_cost]") {
  Parameters p = levers_off();
  p.coordination_unit = true;
  p.survey_capacity = 2000;
  p.cost_survey = 0.0005;
  const std::vector<Company> none;
  p.perfect_information = true;
  const double informed = government_cost(p, none, 0);
  p.perfect_information = false;
  CHECK(government_cost(p, none, 0) - informed == Approx(2000 * 0.0005));
  p.coordination_unit = false;
  const double off = government_cost(p, none, 0);
  p.perfect_information = true;
  CHECK(government_cost(p, none, 0) == Approx(off));  // no unit, no survey
}
