// Organisation: unorganised MSMEs join their district's association at the joining probability,
// members leave at the leaving probability, the dead are untouched.
#include "cgsim/rules/organisation.hpp"

#include <catch2/catch.hpp>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

struct Moves {
  double joined = 0, unorganised = 0, left = 0, members = 0;
};

Moves one_year(World& w) {
  const Msmes before = w.msmes;
  organise_year(w.context(), w.msmes);
  Moves out;
  const auto& m = w.msmes;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!before.alive[i]) {
      CHECK(m.association[i] == before.association[i]);
      continue;
    }
    if (before.association[i] == kNoAssociation) {
      out.unorganised += 1;
      if (m.association[i] != kNoAssociation) {
        out.joined += 1;
        CHECK(m.association[i] == m.district[i]);  // one's own district's association
      }
    } else {
      out.members += 1;
      out.left += m.association[i] == kNoAssociation;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Joining and leaving happen at their probabilities per year", "[rules][organisation]") {
  TempDir dir;
  World w = test::small_world(dir, 21,
                              {"population.msmes=20000", "organisation.join_rate=0.2", "organisation.leave_rate=0.1",
                               "organisation.advocacy_support=0.5", "organisation.advocacy_effect=0.4"});
  for (std::size_t i = 0; i < w.msmes.size(); i += 13) w.msmes.alive[i] = 0;
  // Half the MSMEs start organised, so both moves can be counted.
  for (std::size_t i = 0; i < w.msmes.size(); ++i)
    w.msmes.association[i] = i % 2 ? w.msmes.district[i] : kNoAssociation;
  CHECK(join_probability(w.params) == Approx(0.2 + 0.4 * 0.5));
  CHECK(leave_probability(w.params) == Approx(0.1 * (1 - 0.5)));
  const Moves moves = one_year(w);
  REQUIRE(moves.unorganised > 5000);
  REQUIRE(moves.members > 5000);
  // Binomial standard errors are below 0.007: allow about five.
  CHECK(moves.joined / moves.unorganised == Approx(0.4).margin(0.035));
  CHECK(moves.left / moves.members == Approx(0.05).margin(0.02));
}

TEST_CASE("Full advocacy support keeps every member and caps joining at certainty", "[rules][organisation]") {
  TempDir dir;
  World w = test::small_world(dir, 21,
                              {"organisation.join_rate=0.9", "organisation.advocacy_support=1",
                               "organisation.advocacy_effect=0.5", "organisation.leave_rate=1"});
  CHECK(join_probability(w.params) == 1.0);
  CHECK(leave_probability(w.params) == 0.0);
  const Moves moves = one_year(w);
  CHECK(moves.joined == moves.unorganised);
  CHECK(moves.left == 0);
}

TEST_CASE("Organisation gives the same associations for any thread count", "[rules][organisation]") {
  TempDir dir;
  World a = test::small_world(dir, 22, {"organisation.join_rate=0.3", "population.msmes=70000"});
  World b = test::small_world(dir, 22, {"organisation.join_rate=0.3", "population.msmes=70000"});
  b.threads = 3;
  organise_year(a.context(), a.msmes);
  organise_year(b.context(), b.msmes);
  CHECK(a.msmes.association == b.msmes.association);
}
