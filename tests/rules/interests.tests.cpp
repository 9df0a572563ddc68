// Who sits at the forum's table and what each wants: MSME representatives' districts and interests.
#include "cgsim/rules/interests.hpp"

#include <catch2/catch.hpp>

#include "cgsim/rules/positions.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

double district_mass(const Eigen::VectorXd& x, int d) { return x.segment(d * kTypes, kTypes).sum(); }

World small_world(const TempDir& dir) { return test::small_world(dir, 21, {}); }

}  // namespace

TEST_CASE("MSME representatives split the districts and speak for their own members", "[rules][interests]") {
  Eigen::MatrixXd organised = Eigen::MatrixXd::Zero(kTypes, 5);
  organised.col(0).setConstant(1);
  organised.col(3).setConstant(5);
  organised.col(4).setConstant(2);
  const auto groups = representation(organised, 2);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0] == std::vector<int>{3, 0, 2});  // largest membership first, dealt in turn
  CHECK(groups[1] == std::vector<int>{4, 1});
  TempDir dir;
  World w = small_world(dir);
  const auto x = representative_interest(w.context(), organised, {3}, 7);
  CHECK(district_mass(x, 3) == Approx(1.0));  // nothing for districts it does not represent
}
