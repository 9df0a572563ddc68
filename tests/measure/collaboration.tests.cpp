// Collaboration index and stage.
#include "cgsim/measure/collaboration.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

TEST_CASE("The collaboration index is the mean of its five components", "[rules][collaboration]") {
  CHECK(collaboration_index({}) == 0.0);
  CHECK(collaboration_index({1, 1, 1, 1, 1}) == Approx(1.0));
  CHECK(collaboration_index({0.5, 0, 0, 0, 0}) == Approx(0.1));
  CHECK(collaboration_index({0, 0, 0, 0, 1}) == Approx(0.2));
  CHECK(collaboration_index({0.2, 0.4, 0.6, 0.8, 1.0}) == Approx(0.6));
}

TEST_CASE("Stages change exactly at the thresholds", "[rules][collaboration]") {
  const Parameters p = default_parameters();  // 0.25, 0.5, 0.75
  CHECK(collaboration_stage(0.0, p) == 0);
  CHECK(collaboration_stage(0.2499, p) == 0);
  CHECK(collaboration_stage(0.25, p) == 1);
  CHECK(collaboration_stage(0.4999, p) == 1);
  CHECK(collaboration_stage(0.5, p) == 2);
  CHECK(collaboration_stage(0.7499, p) == 2);
  CHECK(collaboration_stage(0.75, p) == 3);
  CHECK(collaboration_stage(1.0, p) == 3);
}

TEST_CASE("Stages follow the thresholds in the parameters", "[rules][collaboration]") {
  Parameters p = default_parameters();
  p.nascent_threshold = 0.1;
  p.developing_threshold = 0.2;
  p.collaborative_threshold = 0.3;
  CHECK(collaboration_stage(0.15, p) == 1);
  CHECK(collaboration_stage(0.25, p) == 2);
  CHECK(collaboration_stage(0.35, p) == 3);
}
