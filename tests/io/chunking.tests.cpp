// Chunk shapes of the output datasets: whole rows when they fit, bounded bytes always.
#include "cgsim/io/chunking.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

namespace {

std::uint64_t chunk_bytes(const std::vector<std::uint64_t>& chunk) {
  std::uint64_t bytes = 8;
  for (auto n : chunk) bytes *= n;
  return bytes;
}

}  // namespace

TEST_CASE("Small rows: whole rows, several replications per chunk", "[io][chunking]") {
  // 10 years of one indicator: 80 bytes a row, 819 rows fill the 64 KiB target.
  CHECK(chunk_shape({0, 10}, 8) == std::vector<std::uint64_t>{819, 10});
  // The replication scale: 8 bytes a row, capped at 1024 rows.
  CHECK(chunk_shape({0}, 8) == std::vector<std::uint64_t>{1024});
  // 10 years x 22 districts: 1760 bytes a row.
  CHECK(chunk_shape({0, 10, 22}, 8) == std::vector<std::uint64_t>{37, 10, 22});
}

TEST_CASE("Large rows are split along the years, then the districts, to stay under the bound", "[io][chunking]") {
  // 200 years x 7000 districts = 11.2 MB a row.
  const auto big = chunk_shape({0, 200, 7000}, 8);
  CHECK(big[0] == 1);
  CHECK(big[1] == 13);  // years halved first: 200 -> 100 -> 50 -> 25 -> 13 (728 kB)
  CHECK(big[2] == 7000);
  CHECK(chunk_bytes(big) <= kChunkMaxBytes);
  CHECK(chunk_bytes(big) > kChunkMaxBytes / 4);
  // One year already too big: the districts are halved too.
  const auto huge = chunk_shape({0, 1, 300000}, 8);
  CHECK(huge[1] == 1);
  CHECK(huge[2] < 300000);
  CHECK(chunk_bytes(huge) <= kChunkMaxBytes);
}

TEST_CASE("No chunk dimension is zero", "[io][chunking]") {
  CHECK(chunk_shape({0, 10, 0}, 8) == std::vector<std::uint64_t>{819, 10, 1});
  for (const auto& shape : {std::vector<std::uint64_t>{0}, {0, 1}, {0, 200, 514}, {0, 0}})
    for (auto n : chunk_shape(shape, 8)) CHECK(n >= 1);
}
