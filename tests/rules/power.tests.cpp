// Power's channels: votes, speaking weight with the facilitated floor, and who chairs.
#include "cgsim/rules/power.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cgsim;

namespace {

// Government (power 0.15), a large company (0.5), a small company (0.05), an MSME representative.
std::vector<Participant> table() {
  return {{ActorKind::government, 0, -1, 0.15},
          {ActorKind::company, 1, 0, 0.5},
          {ActorKind::company, 2, 1, 0.05},
          {ActorKind::msme_representative, 3, -1, 0.03}};
}

}  // namespace

TEST_CASE("Votes grow as power to the asymmetry exponent", "[rules][power]") {
  const auto parts = table();
  const auto one = vote_weights(parts, 1.0);
  const auto three = vote_weights(parts, 3.0);
  CHECK(one(1) == Approx(0.5));
  CHECK(three(1) == Approx(0.125));
  CHECK(three(1) / three(2) == Approx(std::pow(0.5 / 0.05, 3)));  // a higher exponent widens the gap
  const auto equal = vote_weights(parts, 0.0);
  for (Eigen::Index a = 0; a < equal.size(); ++a) CHECK(equal(a) == 1.0);
}

TEST_CASE("Facilitation hands out part of the floor equally", "[rules][power]") {
  const auto parts = table();
  const std::vector<int> present{0, 1, 2, 3};
  Parameters p = default_parameters();
  p.asymmetry_exponent = 2;
  p.registry_quality = 0;  // nobody brings evidence: speaking weight is votes alone
  p.facilitation = 0;
  const auto unfacilitated = speaking_shares(parts, present, p);
  CHECK(unfacilitated.sum() == Approx(1.0));
  const auto votes = vote_weights(parts, 2);
  CHECK(unfacilitated(1) == Approx(votes(1) / votes.sum()));
  p.facilitation = 1;
  p.facilitation_effect = 1;  // a full floor: everyone speaks equally
  const auto facilitated = speaking_shares(parts, present, p);
  for (Eigen::Index k = 0; k < facilitated.size(); ++k) CHECK(facilitated(k) == Approx(0.25));
  p.facilitation_effect = 0.5;
  const auto half = speaking_shares(parts, present, p);
  CHECK(half(3) == Approx(0.5 * unfacilitated(3) + 0.5 * 0.25));
  CHECK(half(3) > unfacilitated(3));  // the weakest gains from facilitation
}

TEST_CASE("Evidence from the information system is legitimacy for those who hold it", "[rules][power]") {
  Parameters p = default_parameters();
  p.registry_quality = 0.6;
  CHECK(evidence_held(p, ActorKind::company) == 0.0);
  CHECK(evidence_held(p, ActorKind::msme_representative) == Approx(0.6));
  p.evaluation_mode = EvaluationMode::impact;
  CHECK(evidence_held(p, ActorKind::government) == Approx(0.9));
  p.registry_quality = 1;
  CHECK(evidence_held(p, ActorKind::government) == 1.0);  // capped
}

TEST_CASE("The chair: the dominant company, the government, a neutral facilitator, or in turn", "[rules][power]") {
  const auto parts = table();
  const std::vector<int> present{0, 1, 2, 3};
  Parameters p = default_parameters();
  p.chair = Chair::dominant_company;
  CHECK(chair_of(parts, present, p, 1) == 1);
  CHECK(chair_of(parts, {0, 2, 3}, p, 1) == 2);  // the most powerful company present
  p.chair = Chair::government;
  CHECK(chair_of(parts, present, p, 1) == 0);
  p.chair = Chair::neutral;
  CHECK(chair_of(parts, present, p, 1) == -1);
  p.chair = Chair::rotation;
  CHECK(chair_of(parts, present, p, 1) == 0);  // government, company, MSMEs, civil society in turn
  CHECK(chair_of(parts, present, p, 2) == 1);
  CHECK(chair_of(parts, present, p, 3) == 3);
  CHECK(chair_of(parts, present, p, 4) == 0);  // no civil society present: the turn wraps
}
