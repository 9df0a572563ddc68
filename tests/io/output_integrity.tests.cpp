// Output integrity (issue 18): one writer per output, no write through planted symlinks, kept
// .partial files and files that appear during a run are never replaced silently, crafted
// attributes are refused instead of overrunning a buffer.
#include <hdf5.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>

#include "cgsim/engine/experiment.hpp"
#include "cgsim/io/hdf5_file.hpp"
#include "cgsim/io/output_lock.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

struct Run {
  TempDir dir;
  Scenario scenario;
  std::vector<ReplicationResult> results;

  Run() : scenario(test::load_small(dir, {"simulation.years=1", "population.msmes=300"})) {
    ExperimentPlan plan;
    plan.scenarios = {&scenario};
    plan.replications = 2;
    run_experiment(
        plan, [&](std::size_t, const ReplicationResult& r) { results.push_back(r); }, nullptr);
    REQUIRE(results.size() == 2);
  }
  void fill(OutputFile& out) {
    out.add_scenario(scenario, 1);
    for (const auto& r : results) out.append(scenario, r);
  }
};

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const OutputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("A second writer of the same output fails at once and touches nothing", "[output][integrity]") {
  // Row 1: the second run's failed create used to truncate the first run's .partial.
  Run run;
  const auto path = run.dir.file("same.h5");
  OutputFile first(path, false, "first", {run.scenario.name});
  first.add_scenario(run.scenario, 1);
  first.append(run.scenario, run.results[0]);
  const auto size_before = fs::file_size(path + ".partial");
  const auto said = message_of([&] { OutputFile second(path, true, "second", {run.scenario.name}); });
  CHECK_THAT(said, Catch::Contains("another cgsim is writing " + path + " (pid " + std::to_string(getpid()) + ")"));
  CHECK(current_writer(path) == std::to_string(getpid()));
  CHECK(fs::file_size(path + ".partial") == size_before);
  first.append(run.scenario, run.results[1]);
  first.finish();
  const auto summary = inspect_file(path);
  CHECK(summary.complete);
  CHECK(summary.scenarios.at(0).replications == 2);
  CHECK_FALSE(fs::exists(OutputLock::lock_path(path)));  // removed when done
  CHECK_FALSE(current_writer(path));
}

TEST_CASE("A .partial planted as a symlink is never written through", "[output][integrity]") {
  // Row 2: precious.txt used to be overwritten with HDF5 data.
  Run run;
  const auto precious = run.dir.write("precious.txt", "precious\n");
  const auto path = run.dir.file("out.h5");
  fs::create_symlink(precious, path + ".partial");
  CHECK_THAT(message_of([&] { OutputFile out(path, false, "run", {run.scenario.name}); }),
             Catch::Contains("symbolic link"));
  CHECK(contents(precious) == "precious\n");
  {  // --force replaces the link itself, never its target
    OutputFile out(path, true, "run", {run.scenario.name});
    run.fill(out);
    out.finish();
  }
  CHECK(contents(precious) == "precious\n");
  CHECK_FALSE(fs::is_symlink(path));
  CHECK(inspect_file(path).complete);
}

TEST_CASE("A kept .partial is not truncated by a rerun without --force", "[output][integrity]") {
  // Row 8: an interrupted run's 7 kept replications were silently truncated by the rerun.
  Run run;
  const auto path = run.dir.file("k.h5");
  {
    OutputFile out(path, false, "run", {run.scenario.name});
    run.fill(out);
    out.abandon();
  }
  const auto kept = contents(path + ".partial");
  CHECK_THAT(message_of([&] { OutputFile again(path, false, "rerun", {run.scenario.name}); }),
             Catch::Contains("--force"));
  CHECK(contents(path + ".partial") == kept);
  CHECK(inspect_file(path + ".partial").scenarios.at(0).replications == 2);
}

TEST_CASE("A file that appears at the output during the run is not replaced without --force", "[output][integrity]") {
  // Row 9: the final rename used to replace it.
  Run run;
  const auto path = run.dir.file("t.h5");
  OutputFile out(path, false, "run", {run.scenario.name});
  run.fill(out);
  run.dir.write("t.h5", "someone else's file\n");
  CHECK_THAT(message_of([&] { out.finish(); }), Catch::Contains("appeared there while the run was going"));
  CHECK(contents(path) == "someone else's file\n");
  CHECK(inspect_file(path + ".partial").scenarios.at(0).replications == 2);  // the results are kept
}

TEST_CASE("With --force a file that appeared during the run is replaced", "[output][integrity]") {
  Run run;
  const auto path = run.dir.file("t.h5");
  OutputFile out(path, true, "run", {run.scenario.name});
  run.fill(out);
  run.dir.write("t.h5", "old\n");
  out.finish();
  CHECK(inspect_file(path).complete);
}

namespace {

// A finished cgsim file whose root attribute `name` is then replaced by an array of `n` values.
std::string with_array_attribute(Run& run, const char* name, hsize_t n, hid_t type) {
  const auto path = run.dir.file(std::string(name) + ".h5");
  {
    OutputFile out(path, false, "run", {run.scenario.name});
    run.fill(out);
    out.finish();
  }
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  REQUIRE(file >= 0);
  H5Adelete(file, name);
  const hid_t space = H5Screate_simple(1, &n, nullptr);
  const hid_t attr = H5Acreate2(file, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
  std::vector<long long> values(n, 1);
  if (H5Tget_class(type) == H5T_INTEGER) H5Awrite(attr, H5T_NATIVE_LLONG, values.data());
  H5Aclose(attr);
  H5Sclose(space);
  H5Fclose(file);
  return path;
}

}  // namespace

TEST_CASE("Attributes are read with their type and size checked", "[output][integrity]") {
  // Row 4: H5Aread read a whole 8000-element attribute into one scalar (a segfault).
  Run run;
  for (const char* name : {"complete", "format_version"}) {
    const auto path = with_array_attribute(run, name, 8000, H5T_STD_I64LE);
    CHECK_THAT(message_of([&] { inspect_file(path); }),
               Catch::Contains(std::string("not a valid cgsim file: attribute ") + name));
  }
  const auto version = with_array_attribute(run, "cgsim_version", 4000, H5T_STD_I64LE);
  CHECK_THAT(message_of([&] { inspect_file(version); }),
             Catch::Contains("not a valid cgsim file: attribute cgsim_version"));
}

TEST_CASE("complete must be 0 or 1, and a fixed-length version string is read", "[output][integrity]") {
  // Row 19: inspect and load.py gave opposite verdicts on these.
  Run run;
  const auto path = run.dir.file("c.h5");
  {
    OutputFile out(path, false, "run", {run.scenario.name});
    run.fill(out);
    out.finish();
  }
  auto edit = [&](auto&& change) {
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    REQUIRE(file >= 0);
    change(file);
    H5Fclose(file);
  };
  edit([](hid_t f) {  // a fixed-length string, as h5py writes np.bytes_
    H5Adelete(f, "cgsim_version");
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, 5);
    const hid_t space = H5Screate(H5S_SCALAR);
    const hid_t a = H5Acreate2(f, "cgsim_version", type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(a, type, "0.9.1");
    H5Aclose(a);
    H5Sclose(space);
    H5Tclose(type);
  });
  CHECK(inspect_file(path).version == "0.9.1");
  edit([](hid_t f) {
    const long long two = 2;
    const hid_t a = H5Aopen(f, "complete", H5P_DEFAULT);
    H5Awrite(a, H5T_NATIVE_LLONG, &two);
    H5Aclose(a);
  });
  CHECK_THAT(message_of([&] { inspect_file(path); }), Catch::Contains("attribute complete (expected 0 or 1)"));
  edit([](hid_t f) { H5Adelete(f, "complete"); });
  CHECK_THAT(message_of([&] { inspect_file(path); }), Catch::Contains("attribute complete is missing"));
}

TEST_CASE("Finished replications are the smaller of the count and the replication scale", "[output][integrity]") {
  // Row 3: rows written but not yet on the replication scale (a kill in between) are unfinished;
  // inspect used to report the count attribute alone.
  Run run;
  const auto path = run.dir.file("r.h5");
  {
    OutputFile out(path, false, "run", {run.scenario.name});
    run.fill(out);
    out.abandon();
  }
  const auto partial = path + ".partial";
  const hid_t file = H5Fopen(partial.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  REQUIRE(file >= 0);
  const hid_t group = H5Gopen2(file, run.scenario.name.c_str(), H5P_DEFAULT);
  const hid_t scale = H5Dopen2(group, "replication", H5P_DEFAULT);
  const hsize_t one = 1;
  REQUIRE(H5Dset_extent(scale, &one) >= 0);
  H5Dclose(scale);
  H5Gclose(group);
  H5Fclose(file);
  CHECK(inspect_file(partial).scenarios.at(0).replications == 1);
}
