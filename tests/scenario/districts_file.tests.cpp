// Reading the districts CSV.
#include "cgsim/scenario/districts_file.hpp"

#include <catch2/catch.hpp>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

TEST_CASE("Districts are read with optional columns and quotes and comments and extra columns",
          "[scenario][districts]") {
  TempDir dir;
  const auto path = dir.write("d.csv",
                              "code,name,msme_weight,rpjmd_priority,mining\r\n"
                              "1,\"Lawang Kidul\",3.5,2,1\r\n"
                              "# a comment\r\n"
                              "\r\n"
                              "2,Gelumbang,1,,0\r\n");
  std::vector<DistrictSpec> out;
  Diagnostics errors;
  REQUIRE(read_districts_file(path, out, errors));
  CHECK(errors.empty());
  REQUIRE(out.size() == 2);
  CHECK(out[0].name == "Lawang Kidul");
  CHECK(out[0].msme_weight == 3.5);
  CHECK(out[0].mining);
  CHECK(out[0].rpjmd_priority == 2);
  CHECK(out[1].name == "Gelumbang");
  CHECK_FALSE(out[1].mining);
  CHECK(out[1].rpjmd_priority == 1);  // empty cell: the default
}

TEST_CASE("Every bad districts line is reported with its line number", "[scenario][districts]") {
  TempDir dir;
  const auto path = dir.write("d.csv",
                              "name,msme_weight,mining\n"
                              "A,1,1\n"
                              "A,2,0\n"        // 3: duplicate
                              "B,-1,0\n"       // 4: negative weight
                              "C,1,perhaps\n"  // 5: not 0/1
                              ",1,0\n");       // 6: empty name
  std::vector<DistrictSpec> out;
  Diagnostics errors;
  CHECK_FALSE(read_districts_file(path, out, errors));
  INFO(test::describe(errors));
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].where.line == 3);
  CHECK(errors[1].where.line == 4);
  CHECK(errors[2].where.line == 5);
  CHECK(errors[3].where.line == 6);
  for (const auto& e : errors) CHECK(e.where.file == path);
}

TEST_CASE("A districts file without the required columns or weight is refused", "[scenario][districts]") {
  TempDir dir;
  std::vector<DistrictSpec> out;
  Diagnostics errors;
  CHECK_FALSE(read_districts_file(dir.write("a.csv", "name,weight\nA,1\n"), out, errors));
  CHECK_FALSE(read_districts_file(dir.write("b.csv", "name,msme_weight\nA,0\nB,0\n"), out, errors));
  CHECK_FALSE(read_districts_file(dir.write("c.csv", ""), out, errors));
  CHECK_FALSE(read_districts_file(dir.file("missing.csv"), out, errors));
  CHECK(errors.size() == 4);
}
