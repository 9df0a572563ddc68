// Participation: voluntary logit choices, and what a binding regulation with enforcement does.
#include "cgsim/rules/participation.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "cgsim/rules/levers.hpp"
#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

World small_world(const TempDir& dir, const std::vector<std::string>& overrides) {
  World w = build_world(test::load_small(dir, overrides), 1, 0);
  w.year = 1;
  return w;
}

int operating_count(const World& w) {
  int n = 0;
  for (const auto& c : w.companies) n += c.operating();
  return n;
}

}  // namespace

TEST_CASE("Binding regulation with certain audits and a large sanction makes every operating company a member",
          "[rules][participation]") {
  TempDir dir;
  const std::vector<std::string> enforced{"regulation.binding=true", "regulation.audit_probability=1",
                                          "regulation.sanction_billion_idr=1000"};
  SECTION("from the default utilities") {
    World w = small_world(dir, enforced);
    const int operating = operating_count(w);
    REQUIRE(operating > 3);                                     // the named three and some others
    REQUIRE(operating < static_cast<int>(w.companies.size()));  // and some that do not operate
    decide_participation(w.context(), w.companies);
    for (const auto& c : w.companies) {
      INFO(c.name);
      CHECK(c.member == c.operating());
      CHECK(c.active == c.operating());  // the Perda also obliges joint planning
    }
  }
  SECTION("even when membership is otherwise unattractive") {
    auto overrides = enforced;
    overrides.push_back("participation.membership_base=-20");
    overrides.push_back("participation.active_base=-20");
    World w = small_world(dir, overrides);
    decide_participation(w.context(), w.companies);
    for (const auto& c : w.companies) CHECK(c.member == c.operating());
  }
}

TEST_CASE("Without regulation an unattractive forum has no members", "[rules][participation]") {
  TempDir dir;
  World w = small_world(dir, {"participation.membership_base=-20"});
  decide_participation(w.context(), w.companies);
  for (const auto& c : w.companies) {
    CHECK_FALSE(c.member);
    CHECK_FALSE(c.active);
  }
}

TEST_CASE("Voluntary utilities do not contain the rules; compliance decides the obligations",
          "[rules][participation]") {
  TempDir dir;
  const World voluntary = small_world(dir, {});
  const World binding = small_world(
      dir, {"regulation.binding=true", "regulation.audit_probability=0.5", "regulation.sanction_billion_idr=4"});
  const auto& c = voluntary.companies[0];
  const auto u0 = participation_utilities(voluntary.params, c);
  const auto u1 = participation_utilities(binding.params, c);
  CHECK(u1.membership == Approx(u0.membership));
  CHECK(u1.reporting == Approx(u0.reporting));
  CHECK(compliance_cost(binding.params, c) == Approx(binding.params.compliance_cost));  // no minimum share
}

namespace {

// Decides participation in year 1 with the norm off, and returns the worlds' companies.
std::vector<Company> decided(const TempDir& dir, std::vector<std::string> overrides) {
  overrides.push_back("regulation.binding_norm=0");
  overrides.push_back("participation.sanction_weight=100");  // a sharp choice: the logistic shock hardly matters
  World w = small_world(dir, overrides);
  decide_participation(w.context(), w.companies);
  return w.companies;
}

}  // namespace

TEST_CASE("A company complies iff the expected penalty exceeds the cost of complying", "[rules][participation]") {
  TempDir dir;
  // Expected penalty 0.5 x 1 = 0.5 bn against an administrative cost of 0.4 or 0.6 bn.
  const std::vector<std::string> rule{"regulation.binding=true", "regulation.audit_probability=0.5",
                                      "regulation.sanction_billion_idr=1", "participation.membership_base=-20"};
  auto with_cost = [&](const char* cost) {
    auto o = rule;
    o.emplace_back(cost);
    return decided(dir, o);
  };
  const auto cheap = with_cost("regulation.compliance_cost_billion_idr=0.4");
  const auto dear = with_cost("regulation.compliance_cost_billion_idr=0.6");
  int operating = 0, fined = 0;
  for (std::size_t j = 0; j < cheap.size(); ++j) {
    if (!cheap[j].operating()) {
      CHECK_FALSE(cheap[j].complying);
      continue;
    }
    ++operating;
    INFO(cheap[j].name);
    CHECK(cheap[j].complying);
    CHECK(cheap[j].member);  // obliged, although membership alone is unattractive
    CHECK(cheap[j].reporting);
    CHECK(cheap[j].fine == 0.0);
    CHECK_FALSE(dear[j].complying);
    CHECK_FALSE(dear[j].member);  // defying: its own (unattractive) choice
    CHECK((dear[j].fine == 0.0 || dear[j].fine == 1.0));
    fined += dear[j].fine > 0;
  }
  REQUIRE(operating > 3);
  CHECK(fined > 0);  // half of the defiers are audited and fined
  CHECK(fined < operating);
}

TEST_CASE("A minimum MSME share raises compliers' budgets and makes complying dearer", "[rules][participation]") {
  TempDir dir;
  const std::vector<std::string> rule{"regulation.binding=true", "regulation.audit_probability=1",
                                      "regulation.sanction_billion_idr=1000"};
  auto with = [&](std::vector<std::string> extra) {
    auto o = rule;
    o.insert(o.end(), extra.begin(), extra.end());
    return decided(dir, o);
  };
  const auto plain = with({});
  const auto floor = with({"regulation.min_msme_share=0.45"});  // base share 0.3
  for (std::size_t j = 0; j < plain.size(); ++j) {
    if (!plain[j].operating()) continue;
    REQUIRE(floor[j].complying);  // a sure audit and a huge fine
    CHECK(plain[j].msme_budget == Approx(plain[j].base_msme_budget));
    CHECK(floor[j].msme_budget == Approx(plain[j].base_msme_budget * 1.5));
  }
  Parameters p = default_parameters();
  p.binding = true;
  p.min_msme_share = 0.45;
  Company c;
  c.base_msme_budget = c.msme_budget = 3000;                        // 3 bn at the base share 0.3 (10 bn of CSR)
  CHECK(compliance_cost(p, c) == Approx(p.compliance_cost + 1.5));  // 15% of 10 bn moved to MSMEs
  p.binding = false;                                                // without a binding Perda the clause does not apply
  CHECK(compliance_cost(p, c) == Approx(p.compliance_cost));
}

TEST_CASE("Mandatory reporting with enforcement makes every operating company report", "[rules][participation]") {
  TempDir dir;
  World w = small_world(dir, {"regulation.mandatory_reporting=true", "regulation.audit_probability=1",
                              "regulation.sanction_billion_idr=1000"});
  decide_participation(w.context(), w.companies);
  for (const auto& c : w.companies) CHECK(c.reporting == c.operating());
}

TEST_CASE("Participation draws are fixed per company and year", "[rules][participation]") {
  TempDir dir;
  World a = small_world(dir, {}), b = small_world(dir, {});
  decide_participation(a.context(), a.companies);
  decide_participation(b.context(), b.companies);
  for (std::size_t j = 0; j < a.companies.size(); ++j) {
    CHECK(a.companies[j].member == b.companies[j].member);
    CHECK(a.companies[j].reporting == b.companies[j].reporting);
  }
}

TEST_CASE("A higher tax relief raises members' MSME budgets and the relief paid on them", "[rules][participation]") {
  TempDir dir;
  auto decided = [&](double rate) {
    World w = small_world(dir, {"regulation.tax_incentive_rate=" + std::to_string(rate)});
    decide_participation(w.context(), w.companies);
    return w;
  };
  const World none = decided(0), some = decided(0.1), more = decided(0.3);
  auto totals = [](const World& w) {
    double msme = 0, relief = 0;
    for (const auto& c : w.companies) {
      msme += c.msme_budget;
      if (c.member) relief += tax_relief(w.params, c.msme_budget);
    }
    return std::pair{msme, relief};
  };
  for (const auto& c : none.companies) CHECK(c.msme_budget == c.base_msme_budget * c.operating());  // base share
  for (std::size_t j = 0; j < some.companies.size(); ++j) {
    const auto& c = some.companies[j];
    if (!c.operating()) continue;
    INFO(c.name);
    if (c.member)
      CHECK(c.msme_budget == Approx(c.base_msme_budget / 0.9));  // price 0.9, default elasticity 1
    else
      CHECK(c.msme_budget == c.base_msme_budget);
  }
  CHECK(totals(some).first > totals(none).first);
  CHECK(totals(more).first > totals(some).first);
  CHECK(totals(none).second == 0.0);
  CHECK(totals(more).second > totals(some).second);
}

TEST_CASE("Membership persists: last year's members stay more easily, by membership_inertia",
          "[rules][participation]") {
  TempDir dir;
  const auto decide_from = [&](const std::vector<std::string>& overrides, bool were_members) {
    World w = small_world(dir, overrides);
    for (auto& c : w.companies) c.member = were_members && c.operating();
    decide_participation(w.context(), w.companies);
    std::vector<int> members;  // 1 member, 0 operating non-member, -1 not operating
    for (const auto& c : w.companies) members.push_back(c.operating() ? int{c.member} : -1);
    return members;
  };
  SECTION("operating companies start as members (the 2014 list)") {
    const World w = small_world(dir, {});
    for (const auto& c : w.companies) CHECK(c.member == c.operating());
  }
  SECTION("with strong inertia members stay and non-members do not join") {
    const std::vector<std::string> sticky{"participation.membership_base=-10", "participation.membership_inertia=20"};
    const auto stayed = decide_from(sticky, true);
    const auto joined = decide_from(sticky, false);
    REQUIRE(std::count(stayed.begin(), stayed.end(), 1) > 3);
    for (std::size_t j = 0; j < stayed.size(); ++j) {
      CHECK(stayed[j] != 0);  // every operating company stayed
      CHECK(joined[j] != 1);  // no operating company joined
    }
  }
  SECTION("without inertia last year's membership does not matter") {
    const std::vector<std::string> memoryless{"participation.membership_inertia=0"};
    CHECK(decide_from(memoryless, true) == decide_from(memoryless, false));
  }
}
