// The governance levers, each defined once (rules/levers.hpp): joint planning, enforcement
// obligations and compliance, tax relief.
#include "cgsim/rules/levers.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

TEST_CASE("The forum plans jointly only with a joint agenda, a deciding rule, meetings and partners",
          "[rules][levers]") {
  Parameters p = default_parameters();
  p.agenda = Agenda::joint_planning;
  p.decision_rule = DecisionRule::supermajority;
  p.meetings_per_year = 4;
  CHECK(plans_jointly(p, 3));
  CHECK_FALSE(plans_jointly(p, 1));  // nobody to plan with
  Parameters q = p;
  q.agenda = Agenda::report_only;
  CHECK_FALSE(plans_jointly(q, 3));
  q = p;
  q.decision_rule = DecisionRule::unilateral;
  CHECK_FALSE(plans_jointly(q, 3));
  q = p;
  q.meetings_per_year = 0;
  CHECK_FALSE(plans_jointly(q, 3));
}

TEST_CASE("Complying is worth the norm plus the weighted expected penalty less the weighted cost", "[rules][levers]") {
  Parameters p = default_parameters();
  p.binding_norm = 1.5;
  p.sanction_weight = 2;
  p.audit_probability = 0.25;
  p.sanction = 8;
  CHECK(expected_penalty(p) == Approx(2.0));
  CHECK(compliance_utility(p, 0.5) == Approx(1.5 + 2 * (2.0 - 0.5)));
  p.binding_norm = 0;
  CHECK(compliance_utility(p, 1.9) > 0);  // penalty above cost: worth complying
  CHECK(compliance_utility(p, 2.1) < 0);  // cost above penalty: worth defying
  p.binding = p.mandatory_reporting = false;
  CHECK_FALSE(obligations_in_force(p));
  p.mandatory_reporting = true;
  CHECK(obligations_in_force(p));
}

TEST_CASE("Tax relief refunds a share of the MSME spend, in billion IDR", "[rules][levers]") {
  Parameters p = default_parameters();
  p.tax_incentive_rate = 0.1;
  CHECK(tax_relief(p, 2500) == Approx(0.25));  // million IDR of MSME budget
  p.tax_incentive_rate = 0;
  CHECK(tax_relief(p, 2500) == 0.0);
}

TEST_CASE("Tax relief lowers the net price of MSME spend, so members give a larger share of CSR to MSMEs",
          "[rules][levers]") {
  Parameters p = default_parameters();
  p.msme_share_of_csr = 0.3;
  p.msme_share_price_elasticity = 1.0;
  p.tax_incentive_rate = 0;
  CHECK(msme_share_multiplier(p, true) == 1.0);  // no relief: the base share, exactly
  p.tax_incentive_rate = 0.2;
  CHECK(msme_share_multiplier(p, true) == Approx(1.0 / 0.8));  // price 0.8, elasticity 1
  CHECK(msme_share_multiplier(p, false) == 1.0);               // non-members get no relief
  Parameters more = p;
  more.tax_incentive_rate = 0.4;
  CHECK(msme_share_multiplier(more, true) > msme_share_multiplier(p, true));
  Parameters inelastic = p;
  inelastic.msme_share_price_elasticity = 0;
  CHECK(msme_share_multiplier(inelastic, true) == 1.0);  // epsilon 0: relief is a windfall, nothing changes
  p.tax_incentive_rate = 0.9;
  p.msme_share_price_elasticity = 3;
  CHECK(msme_share_multiplier(p, true) == Approx(1.0 / 0.3));  // at most the whole CSR budget
}
