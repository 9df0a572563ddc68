// Experiments end to end: the runner and the experiment file give the same numbers whatever the
// thread count, sharding or interruption, and refuse to mix different experiments.
#include "cgsim/io/experiment_file.hpp"

#include <hdf5.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <map>

#include "cgsim/engine/experiment_runner.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::describe;
using cgsim::test::TempDir;

namespace {

std::string experiment_text(int seed) {
  return "name: tiny\n"
         "policies:\n"
         "  - {name: base, scenario: small.yaml}\n"
         "  - {name: awards, scenario: small.yaml, set: {regulation.award_value: 1}}\n"
         "levers:\n"
         "  regulation.tax_incentive_rate: {range: [0, 0.2], policies: [awards]}\n"
         "uncertainties:\n"
         "  implementation.elite_capture: {range: [0, 4]}\n"
         "design: {type: latin_hypercube, points: 5}\n"
         "replications: 2\n"
         "years: 2\n"
         "seed: " +
         std::to_string(seed) +
         "\n"
         "outcomes: {indicators: [capability_mean, need_match, companies_active_share], years: all}\n";
}

PreparedExperiment prepare(const TempDir& dir, int seed = 5) {
  const auto districts = dir.write("districts.csv", cgsim::test::kDistrictsCsv);
  dir.write("small.yaml", cgsim::test::small_scenario_yaml(districts));
  const auto path = dir.write("tiny.yaml", experiment_text(seed));
  auto loaded = load_experiment(path);
  INFO(describe(loaded.errors));
  REQUIRE(loaded.spec);
  auto prepared = prepare_experiment(*loaded.spec);
  INFO(describe(prepared.errors));
  REQUIRE(prepared.experiment);
  return std::move(*prepared.experiment);
}

std::vector<std::size_t> all_points(const PreparedExperiment& x) { return shard_points(x.points(), 1, 1); }

std::map<std::size_t, std::vector<double>> run_rows(const PreparedExperiment& x, int threads) {
  std::map<std::size_t, std::vector<double>> rows;
  REQUIRE(run_points(
      x, all_points(x), threads, [&](const Row& r) { rows[r.point] = r.values; }, nullptr));
  return rows;
}

void write_file(const PreparedExperiment& x, const std::string& path, const std::vector<std::size_t>& points,
                const std::string& shard) {
  ExperimentFile file(path, true, x, "test", shard);
  REQUIRE(run_points(
      x, points, 2, [&](const Row& r) { file.write_row(r, 0); }, nullptr));
  file.finish();
}

std::vector<double> read_all(const std::string& path, const char* name) {
  const hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(f >= 0);
  const hid_t d = H5Dopen2(f, name, H5P_DEFAULT);
  REQUIRE(d >= 0);
  const hid_t space = H5Dget_space(d);
  std::vector<double> out(static_cast<std::size_t>(H5Sget_simple_extent_npoints(space)));
  H5Dread(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data());
  H5Sclose(space);
  H5Dclose(d);
  H5Fclose(f);
  return out;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

}  // namespace

TEST_CASE("experiment rows are bit-identical for 1 and 3 threads, and a policy-only lever stays in its policy",
          "[experiment]") {
  TempDir dir;
  const auto x = prepare(dir);
  REQUIRE(x.points() == 5);
  const auto one = run_rows(x, 1);
  const auto three = run_rows(x, 3);
  REQUIRE(one.size() == 5);
  for (const auto& [p, values] : one) CHECK(same_bits(values, three.at(p)));
  // The tax incentive lever applies to `awards` only: the base policy's scenario keeps the default.
  CHECK(scenario_at(x, 0, 0).parameters.tax_incentive_rate == 0);
  CHECK(scenario_at(x, 0, 1).parameters.tax_incentive_rate == x.design.points[0][0]);
  CHECK(scenario_at(x, 0, 0).parameters.elite_capture == x.design.points[0][1]);
  // The design values reach the runs: two points give different outcomes.
  CHECK_FALSE(same_bits(one.at(0), one.at(1)));
}

TEST_CASE("two shards merged equal the serial file; a bad merge is refused naming the fault", "[experiment]") {
  TempDir dir;
  const auto x = prepare(dir);
  const auto serial = dir.file("serial.h5"), part1 = dir.file("p1.h5"), part2 = dir.file("p2.h5"),
             merged = dir.file("merged.h5");
  write_file(x, serial, all_points(x), "");
  write_file(x, part1, shard_points(x.points(), 1, 2), "1/2");
  write_file(x, part2, shard_points(x.points(), 2, 2), "2/2");
  CHECK(shard_points(5, 1, 2) == std::vector<std::size_t>{0, 2, 4});
  merge_experiment_files({part1, part2}, merged, false, "merge");
  for (const char* name : {"capability_mean", "need_match", "companies_active_share", "design", "done"})
    CHECK(same_bits(read_all(serial, name), read_all(merged, name)));
  CHECK(read_experiment_info(merged).complete);

  CHECK_THROWS_WITH(merge_experiment_files({part1, part1}, dir.file("twice.h5"), false, "merge"),
                    Catch::Contains("design point 0 is in both"));
  CHECK_THROWS_WITH(merge_experiment_files({part1}, dir.file("half.h5"), false, "merge"),
                    Catch::Contains("2 of 5 design points are in none of the parts: 1, 3"));
  TempDir other_dir;
  const auto y = prepare(other_dir, 6);
  const auto foreign = other_dir.file("p2.h5");
  write_file(y, foreign, shard_points(y.points(), 2, 2), "2/2");
  CHECK_THROWS_WITH(merge_experiment_files({part1, foreign}, dir.file("mixed.h5"), false, "merge"),
                    Catch::Contains("belongs to another experiment"));
  CHECK_FALSE(std::filesystem::exists(dir.file("mixed.h5")));
  CHECK_THROWS_WITH(merge_experiment_files({part1, part2}, merged, false, "merge"), Catch::Contains("output exists"));
}

TEST_CASE("an interrupted experiment keeps its finished rows and --resume completes the same file", "[experiment]") {
  TempDir dir;
  const auto x = prepare(dir);
  const auto serial = dir.file("serial.h5"), out = dir.file("out.h5");
  write_file(x, serial, all_points(x), "");
  {
    ExperimentFile file(out, false, x, "test", "");
    std::atomic<bool> stop{false};
    // Stop after the second row is written (as Ctrl-C would, between rows).
    const bool finished = run_points(
        x, all_points(x), 1,
        [&](const Row& r) {
          file.write_row(r, 0);
          if (r.point == 1) stop = true;
        },
        &stop);
    CHECK_FALSE(finished);
    file.abandon();
  }
  REQUIRE(std::filesystem::exists(out + ".partial"));
  CHECK_THROWS_WITH(ExperimentFile(out, false, x, "test", ""), Catch::Contains("continue it with --resume"));
  TempDir other_dir;
  const auto changed = prepare(other_dir, 6);
  CHECK_THROWS_WITH(ExperimentFile::resume(out, changed, ""), Catch::Contains("written for a different experiment"));
  CHECK_THROWS_WITH(ExperimentFile::resume(out, x, "1/2"), Catch::Contains("resumed as shard '1/2'"));

  auto file = ExperimentFile::resume(out, x, "");
  const auto done = file.done();
  CHECK(done == std::vector<bool>{true, true, false, false, false});
  std::vector<std::size_t> todo;
  for (std::size_t p = 0; p < done.size(); ++p)
    if (!done[p]) todo.push_back(p);
  REQUIRE(run_points(
      x, todo, 2, [&](const Row& r) { file.write_row(r, 0); }, nullptr));
  file.finish();
  for (const char* name : {"capability_mean", "need_match", "companies_active_share", "done"})
    CHECK(same_bits(read_all(serial, name), read_all(out, name)));
  CHECK_THROWS_WITH(ExperimentFile::resume(out, x, ""), Catch::Contains("already complete"));
}
