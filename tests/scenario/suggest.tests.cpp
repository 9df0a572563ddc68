// "Did you mean ...?"
#include "cgsim/scenario/suggest.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

TEST_CASE("edit_distance is the Levenshtein distance", "[scenario][suggest]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("msme_seat", "msme_seats") == 1);
  CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("closest_match suggests only close candidates", "[scenario][suggest]") {
  const std::vector<std::string> keys{"msme_seats", "civil_society_seats", "mixing_rate"};
  CHECK(closest_match("msme_seat", keys) == "msme_seats");
  CHECK(closest_match("mixng_rate", keys) == "mixing_rate");
  CHECK(closest_match("budget", keys).empty());
  CHECK(closest_match("x", {}).empty());
}
