// Fuzz target for the HDF5 reader (cgsim inspect): the input is a list of edits applied to a
// valid cgsim file (written once by OutputFile): attributes and datasets replaced by values of
// any class, shape and size (arrays where scalars belong, huge or empty strings, resizable
// datasets declared with 2^40 rows, groups where datasets belong, ...), objects deleted. The
// edited file is read with inspect_file: an OutputError is the expected answer to a bad file;
// a crash, a sanitizer report, a hang or another exception is a bug. The edits go through the
// HDF5 library, so the target exercises our reader, not HDF5's own parser.
// Input: repeated [op, target, kind, size, value] bytes; seeds come from scripts/fuzz.
#include <hdf5.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "cgsim/io/hdf5_file.hpp"
#include "cgsim/measure/indicators.hpp"

namespace fs = std::filesystem;
using namespace cgsim;

namespace {

const fs::path& work_dir() {
  static const fs::path dir = [] {
    auto d = fs::temp_directory_path() / ("cgsim-hdf5-fuzz-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

// A valid two-replication file, written once; every input starts from a copy of it.
const std::string& base_file() {
  static const std::string path = [] {
    const auto p = (work_dir() / "base.h5").string();
    Scenario s;
    s.name = "s";
    s.parameters = default_parameters();
    s.parameters.years = 2;
    s.districts = {{"A", 1, false, 1}, {"B", 2, true, 1}};
    OutputFile out(p, true, "fuzz", {"s"});
    out.add_scenario(s, 1);
    for (std::uint32_t r = 0; r < 2; ++r) {
      ReplicationResult result;
      result.replication = r;
      result.complete = true;
      result.years.resize(2);
      for (auto& y : result.years) {
        y.indicators.fill(0.5);
        for (auto& d : y.districts) d.assign(2, 0.25);
      }
      out.append(s, result);
    }
    ComparisonTable t;
    t.scenarios = {"s"};
    t.indicators = {"capability_mean"};
    t.replications = 2;
    t.level = t.difference = {{Interval{}}};
    t.extra_public_cost = t.capability_per_billion = t.revenue_per_billion = {0.0};
    out.write_comparison(t);
    out.finish();
    return p;
  }();
  return path;
}

const char* const kRootAttributes[] = {"complete", "format_version", "cgsim_version", "scenarios", "created_utc"};
const char* const kGroupAttributes[] = {"years", "replications", "seed", "steps_per_year", "scenario_yaml"};
const char* const kDatasets[] = {"s/replication",
                                 "s/time",
                                 "s/district",
                                 "s/indicators/reach",
                                 "s/districts/reach",
                                 "comparison/mean",
                                 "comparison/scenario",
                                 "comparison/extra_public_cost",
                                 "s/indicators",
                                 "s/districts",
                                 "s"};

struct Reader {
  const std::uint8_t* data;
  std::size_t size, at = 0;
  bool more() const { return at < size; }
  std::uint8_t next() { return at < size ? data[at++] : 0; }
};

// A dataspace from `kind`: scalar, empty, or 1 to 3 dimensions of small sizes (or a huge maximum).
hid_t make_space(Reader& in, hsize_t* dims, int& rank) {
  const auto shape = in.next();
  rank = shape % 4;
  if (shape % 7 == 6) return H5Screate(H5S_NULL);
  if (rank == 0) return H5Screate(H5S_SCALAR);
  for (int k = 0; k < rank; ++k) dims[k] = in.next() % 9;
  return H5Screate_simple(rank, dims, nullptr);
}

// A type: integer, double, variable or fixed string (of a size from the input).
hid_t make_type(Reader& in) {
  const auto kind = in.next();
  switch (kind % 4) {
    case 0:
      return H5Tcopy(H5T_STD_I64LE);
    case 1:
      return H5Tcopy(H5T_IEEE_F64LE);
    case 2: {
      const hid_t t = H5Tcopy(H5T_C_S1);
      H5Tset_size(t, H5T_VARIABLE);
      return t;
    }
    default: {
      const hid_t t = H5Tcopy(H5T_C_S1);
      H5Tset_size(t, 1 + in.next() * 16);
      return t;
    }
  }
}

void write_values(hid_t object, hid_t type, hid_t space, bool attribute, std::uint8_t fill) {
  const auto n = static_cast<std::size_t>(std::max<hssize_t>(H5Sget_simple_extent_npoints(space), 0));
  if (n == 0) return;
  if (H5Tis_variable_str(type) > 0) {
    static const std::string text(300, 'x');
    std::vector<const char*> ptrs(n, text.c_str() + (300 - fill % 300));
    attribute ? H5Awrite(object, type, ptrs.data())
              : H5Dwrite(object, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data());
    return;
  }
  std::vector<unsigned char> bytes(n * H5Tget_size(type), fill);
  attribute ? H5Awrite(object, type, bytes.data())
            : H5Dwrite(object, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, bytes.data());
}

void replace_attribute(hid_t object, const char* name, Reader& in) {
  H5Adelete(object, name);
  hsize_t dims[3];
  int rank = 0;
  const hid_t space = make_space(in, dims, rank);
  const hid_t type = make_type(in);
  const hid_t a = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
  if (a >= 0) {
    write_values(a, type, space, true, in.next());
    H5Aclose(a);
  }
  H5Tclose(type);
  H5Sclose(space);
}

void replace_dataset(hid_t file, const char* path, Reader& in) {
  H5Ldelete(file, path, H5P_DEFAULT);
  const auto how = in.next();
  if (how % 5 == 4) {  // a group where a dataset was
    const hid_t g = H5Gcreate2(file, path, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    if (g >= 0) H5Gclose(g);
    return;
  }
  hsize_t dims[3] = {1, 1, 1};
  int rank = 0;
  hid_t space = make_space(in, dims, rank);
  hid_t props = H5Pcreate(H5P_DATASET_CREATE);
  if (how % 5 == 3 && rank > 0) {  // chunked, then declared with a huge first axis
    H5Sclose(space);
    hsize_t max[3] = {H5S_UNLIMITED, H5S_UNLIMITED, H5S_UNLIMITED}, chunk[3] = {1, 1, 1};
    for (int k = 0; k < rank; ++k) dims[k] = std::max<hsize_t>(dims[k], 1);
    space = H5Screate_simple(rank, dims, max);
    H5Pset_chunk(props, rank, chunk);
  }
  const hid_t type = make_type(in);
  const hid_t d = H5Dcreate2(file, path, type, space, H5P_DEFAULT, props, H5P_DEFAULT);
  if (d >= 0) {
    write_values(d, type, space, false, in.next());
    if (how % 5 == 3 && rank > 0) {
      dims[0] = hsize_t{1} << (in.next() % 41);
      H5Dset_extent(d, dims);
    }
    H5Dclose(d);
  }
  H5Tclose(type);
  H5Pclose(props);
  H5Sclose(space);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  const auto path = (work_dir() / "input.h5").string();
  fs::copy_file(base_file(), path, fs::copy_options::overwrite_existing);
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  if (file < 0) __builtin_trap();
  Reader in{data, size};
  for (int edits = 0; in.more() && edits < 16; ++edits) {
    const auto op = in.next(), target = in.next();
    switch (op % 4) {
      case 0:
        replace_attribute(file, kRootAttributes[target % 5], in);
        break;
      case 1: {
        const hid_t g = H5Gopen2(file, "s", H5P_DEFAULT);
        if (g >= 0) {
          replace_attribute(g, kGroupAttributes[target % 5], in);
          H5Gclose(g);
        }
        break;
      }
      case 2:
        replace_dataset(file, kDatasets[target % 11], in);
        break;
      default:
        H5Adelete(file, kRootAttributes[target % 5]);
    }
  }
  H5Fclose(file);
  try {
    inspect_file(path);
  } catch (const OutputError&) {
    // the answer to a bad file
  }
  return 0;
}
