// The HDF5 output file: written with OutputFile, read back with the plain HDF5 C API.
#include "cgsim/io/hdf5_file.hpp"

#include <hdf5.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cgsim/engine/experiment.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;
namespace fs = std::filesystem;

namespace {

// ---- reading with the C API ------------------------------------------------------------------

std::string string_attribute(hid_t object, const char* name) {
  REQUIRE(H5Aexists(object, name) > 0);
  const hid_t attr = H5Aopen(object, name, H5P_DEFAULT);
  const hid_t file_type = H5Aget_type(attr);
  const hid_t type = H5Tcopy(H5T_C_S1);
  H5Tset_size(type, H5T_VARIABLE);
  H5Tset_cset(type, H5Tget_cset(file_type));
  char* value = nullptr;
  const herr_t status = H5Aread(attr, type, &value);
  std::string out = status >= 0 && value ? value : "<unreadable>";
  if (value) H5free_memory(value);
  H5Tclose(type);
  H5Tclose(file_type);
  H5Aclose(attr);
  return out;
}

long long int_attribute(hid_t object, const char* name) {
  REQUIRE(H5Aexists(object, name) > 0);
  const hid_t attr = H5Aopen(object, name, H5P_DEFAULT);
  long long value = -1;
  CHECK(H5Aread(attr, H5T_NATIVE_LLONG, &value) >= 0);
  H5Aclose(attr);
  return value;
}

struct Array {
  std::vector<hsize_t> shape;
  std::vector<double> values;
};

Array read_doubles(hid_t file, const std::string& path) {
  const hid_t d = H5Dopen2(file, path.c_str(), H5P_DEFAULT);
  REQUIRE(d >= 0);
  const hid_t space = H5Dget_space(d);
  Array a;
  a.shape.resize(static_cast<std::size_t>(H5Sget_simple_extent_ndims(space)));
  H5Sget_simple_extent_dims(space, a.shape.data(), nullptr);
  a.values.resize(static_cast<std::size_t>(H5Sget_simple_extent_npoints(space)));
  if (!a.values.empty()) CHECK(H5Dread(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.values.data()) >= 0);
  H5Sclose(space);
  H5Dclose(d);
  return a;
}

std::vector<std::string> read_strings(hid_t file, const std::string& path) {
  const hid_t d = H5Dopen2(file, path.c_str(), H5P_DEFAULT);
  REQUIRE(d >= 0);
  const hid_t space = H5Dget_space(d);
  const auto n = static_cast<std::size_t>(H5Sget_simple_extent_npoints(space));
  const hid_t file_type = H5Dget_type(d);
  const hid_t type = H5Tcopy(H5T_C_S1);
  H5Tset_size(type, H5T_VARIABLE);
  H5Tset_cset(type, H5Tget_cset(file_type));
  std::vector<char*> raw(n, nullptr);
  std::vector<std::string> out;
  if (n > 0 && H5Dread(d, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, raw.data()) >= 0)
    for (char* s : raw) out.emplace_back(s ? s : "");
  if (n > 0) H5Dvlen_reclaim(type, space, H5P_DEFAULT, raw.data());
  H5Tclose(type);
  H5Tclose(file_type);
  H5Sclose(space);
  H5Dclose(d);
  return out;
}

// ---- a small experiment ----------------------------------------------------------------------

struct Experiment {
  TempDir dir;
  Scenario scenario;
  std::vector<ReplicationResult> results;
  static constexpr std::uint64_t kSeed = 23;

  Experiment() : scenario(test::load_small(dir, {"simulation.years=2"})) {
    scenario.description = "round trip";
    ExperimentPlan plan;
    plan.scenarios = {&scenario};
    plan.seed = kSeed;
    plan.replications = 2;
    run_experiment(
        plan, [&](std::size_t, const ReplicationResult& r) { results.push_back(r); }, nullptr);
    REQUIRE(results.size() == 2);
  }

  // Writes the experiment to `path` and finishes the file.
  void write(const std::string& path, bool force = false) {
    OutputFile out(path, force, "cgsim run test.yaml", {scenario.name});
    out.add_scenario(scenario, kSeed);
    for (const auto& r : results) out.append(scenario, r);
    std::vector<std::vector<std::vector<double>>> values(1, std::vector<std::vector<double>>(1));
    for (const auto& r : results) values[0][0].push_back(r.years.back().indicators[ind::capability_mean]);
    out.write_comparison(compare_scenarios({scenario.name}, {"capability_mean"}, values, {{0.0, 0.0}}));
    out.finish();
  }
};

}  // namespace

TEST_CASE("HDF5 round trip: values and shapes and attributes", "[output][hdf5]") {
  Experiment e;
  const auto path = e.dir.file("out.h5");
  e.write(path);
  CHECK(fs::exists(path));
  CHECK_FALSE(fs::exists(path + ".partial"));

  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);
  CHECK(string_attribute(file, "cgsim_version") == CGSIM_VERSION);
  CHECK(int_attribute(file, "format_version") == kFormatVersion);
  CHECK(int_attribute(file, "complete") == 1);
  CHECK(string_attribute(file, "command_line") == "cgsim run test.yaml");
  CHECK(string_attribute(file, "scenarios") == "small");

  const hid_t group = H5Gopen2(file, "small", H5P_DEFAULT);
  REQUIRE(group >= 0);
  CHECK(int_attribute(group, "replications") == 2);
  CHECK(int_attribute(group, "years") == 2);
  CHECK(int_attribute(group, "seed") == static_cast<long long>(Experiment::kSeed));
  CHECK(string_attribute(group, "scenario_yaml") == e.scenario.resolved_yaml);
  CHECK(string_attribute(group, "description") == "round trip");
  H5Gclose(group);

  CHECK(read_doubles(file, "small/time").values == std::vector<double>{1, 2});
  CHECK(read_doubles(file, "small/replication").values == std::vector<double>{0, 1});
  CHECK(read_strings(file, "small/district") ==
        std::vector<std::string>{"Lawang Kidul", "Muara Enim", "Tanjung Agung", "Gelumbang"});

  for (int k = 0; k < indicator_count; ++k) {
    const auto& spec = indicator_catalogue()[k];
    INFO(spec.name);
    const std::string name = "small/indicators/" + std::string(spec.name);
    const auto a = read_doubles(file, name);
    REQUIRE(a.shape == std::vector<hsize_t>{2, 2});  // replication x year
    for (std::size_t r = 0; r < 2; ++r)
      for (std::size_t y = 0; y < 2; ++y) CHECK(a.values[r * 2 + y] == e.results[r].years[y].indicators[k]);
    const hid_t d = H5Dopen2(file, name.c_str(), H5P_DEFAULT);
    CHECK(string_attribute(d, "units") == spec.units);
    CHECK(string_attribute(d, "description") == spec.description);
    H5Dclose(d);
  }
  for (int k = 0; k < district_indicator_count; ++k) {
    const auto& spec = district_indicator_catalogue()[k];
    INFO(spec.name);
    const auto a = read_doubles(file, "small/districts/" + std::string(spec.name));
    REQUIRE(a.shape == std::vector<hsize_t>{2, 2, 4});  // replication x year x district
    for (std::size_t r = 0; r < 2; ++r)
      for (std::size_t y = 0; y < 2; ++y)
        for (std::size_t d = 0; d < 4; ++d)
          CHECK(a.values[(r * 2 + y) * 4 + d] == e.results[r].years[y].districts[k][d]);
  }
  const auto mean = read_doubles(file, "comparison/mean");
  CHECK(mean.shape == std::vector<hsize_t>{1, 1});
  CHECK(mean.values[0] == Approx((e.results[0].years.back().indicators[ind::capability_mean] +
                                  e.results[1].years.back().indicators[ind::capability_mean]) /
                                 2));
  H5Fclose(file);
}

TEST_CASE("inspect_file summarises a finished file", "[output][hdf5]") {
  Experiment e;
  const auto path = e.dir.file("out.h5");
  e.write(path);
  const auto summary = inspect_file(path);
  CHECK(summary.complete);
  CHECK(summary.version == CGSIM_VERSION);
  CHECK(summary.format_version == kFormatVersion);
  CHECK(summary.command_line == "cgsim run test.yaml");
  CHECK(summary.has_comparison);
  REQUIRE(summary.scenarios.size() == 1);
  const auto& g = summary.scenarios[0];
  CHECK(g.name == "small");
  CHECK(g.replications == 2);
  CHECK(g.years == 2);
  CHECK(g.districts == 4);
  CHECK(g.seed == static_cast<long long>(Experiment::kSeed));
  CHECK(g.steps_per_year == e.scenario.parameters.steps_per_year);
  CHECK(g.indicators.size() == static_cast<std::size_t>(indicator_count));
}

TEST_CASE("An existing output is not overwritten without force", "[output][hdf5]") {
  Experiment e;
  const auto path = e.dir.write("out.h5", "precious results\n");
  CHECK_THROWS_AS(OutputFile(path, false, "cgsim run", {"small"}), OutputError);
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  CHECK(line == "precious results");
  CHECK_FALSE(fs::exists(path + ".partial"));
  // With force it is replaced by a complete cgsim file.
  e.write(path, true);
  CHECK(inspect_file(path).complete);
}

TEST_CASE("An output in a missing directory is refused", "[output][hdf5]") {
  TempDir dir;
  CHECK_THROWS_AS(OutputFile(dir.file("no/such/dir/out.h5"), false, "cgsim run", {"small"}), OutputError);
}

TEST_CASE("abandon() leaves an incomplete .partial file", "[output][hdf5]") {
  Experiment e;
  const auto path = e.dir.file("out.h5");
  std::string partial;
  {
    OutputFile out(path, false, "cgsim run", {e.scenario.name});
    out.add_scenario(e.scenario, Experiment::kSeed);
    out.append(e.scenario, e.results[0]);
    partial = out.abandon();
    CHECK(partial == out.partial_path());
  }
  CHECK(partial == path + ".partial");
  CHECK_FALSE(fs::exists(path));
  REQUIRE(fs::exists(partial));
  const hid_t file = H5Fopen(partial.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);
  CHECK(int_attribute(file, "complete") == 0);
  H5Fclose(file);
  const auto summary = inspect_file(partial);
  CHECK_FALSE(summary.complete);
  REQUIRE(summary.scenarios.size() == 1);
  CHECK(summary.scenarios[0].replications == 1);  // what was appended before is kept
}

TEST_CASE("An unfinished OutputFile is abandoned when destroyed", "[output][hdf5]") {
  Experiment e;
  const auto path = e.dir.file("out.h5");
  {
    OutputFile out(path, false, "cgsim run", {e.scenario.name});
    out.add_scenario(e.scenario, Experiment::kSeed);
  }
  CHECK_FALSE(fs::exists(path));
  REQUIRE(fs::exists(path + ".partial"));
  CHECK_FALSE(inspect_file(path + ".partial").complete);
}

TEST_CASE("inspect_file refuses files that are not cgsim output", "[output][hdf5]") {
  TempDir dir;
  CHECK_THROWS_AS(inspect_file(dir.write("notes.txt", "just some text\n")), OutputError);
  CHECK_THROWS_AS(inspect_file(dir.file("missing.h5")), OutputError);
  CHECK_THROWS_AS(inspect_file(dir.path().string()), OutputError);  // a directory
  // An HDF5 file that cgsim did not write.
  const auto other = dir.file("other.h5");
  const hid_t f = H5Fcreate(other.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  REQUIRE(f >= 0);
  H5Fclose(f);
  CHECK_THROWS_AS(inspect_file(other), OutputError);
}

TEST_CASE("A replication with fewer years than its scenario is refused, not written past its end", "[output][hdf5]") {
  // Regression: the benchmark once appended 1 year to a scenario declared with 3; HDF5 read past
  // the end of the row (found by AddressSanitizer).
  Experiment e;
  auto short_run = e.results[0];
  short_run.years.pop_back();
  OutputFile out(e.dir.file("out.h5"), false, "cgsim run", {e.scenario.name});
  out.add_scenario(e.scenario, Experiment::kSeed);
  CHECK_THROWS_AS(out.append(e.scenario, short_run), std::logic_error);
  out.append(e.scenario, e.results[1]);  // the file is still usable
  out.finish();
  CHECK(inspect_file(e.dir.file("out.h5")).scenarios[0].replications == 1);
}
