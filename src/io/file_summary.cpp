// What an output file holds, read defensively (the file may be interrupted, damaged or crafted).
// The definitions here are the ones analysis/load.py applies (docs/output.md):
//  - complete: the root attribute `complete` is 1 (0 = interrupted; anything else is invalid);
//  - finished replications of a scenario: the smaller of its `replications` attribute and the
//    length of its `replication` scale; rows beyond are unfinished and never read, and a dataset
//    with fewer rows than that makes the file invalid.
#include <hdf5.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "cgsim/io/attribute_reader.hpp"
#include "cgsim/io/hdf5_file.hpp"
#include "cgsim/io/row_checksum.hpp"

namespace cgsim {
namespace fs = std::filesystem;
namespace {

struct Owned {
  hid_t id;
  herr_t (*close)(hid_t);
  Owned(hid_t i, herr_t (*c)(hid_t), const std::string& what) : id(i), close(c) {
    if (id < 0) throw OutputError("not a valid cgsim file: cannot open " + what);
  }
  ~Owned() { close(id); }
  Owned(const Owned&) = delete;
};

// Bounds shared with analysis/load.py (MAX_YEARS, MAX_DISTRICTS).
constexpr long long kMaxYears = 10000;
constexpr long long kMaxDistrictsInFile = 65535;
constexpr long long kMaxValues = 1LL << 29;  // MAX_VALUES

[[noreturn]] void invalid(const std::string& what) { throw OutputError("not a valid cgsim file: " + what); }

long long required_integer(hid_t object, const char* name, const std::string& where) {
  const auto v = read_integer_attribute(object, name);
  if (!v) invalid("attribute " + where + name + " is missing");
  return *v;
}

bool is_kind(hid_t parent, const std::string& name, H5O_type_t kind) {
  if (H5Lexists(parent, name.c_str(), H5P_DEFAULT) <= 0) return false;
  H5O_info_t info;
  return H5Oget_info_by_name2(parent, name.c_str(), &info, H5O_INFO_BASIC, H5P_DEFAULT) >= 0 && info.type == kind;
}

H5T_class_t class_of(hid_t parent, const std::string& name) {
  Owned d(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose, name);
  Owned type(H5Dget_type(d.id), H5Tclose, name);
  return H5Tget_class(type.id);
}

bool numeric(H5T_class_t c) { return c == H5T_INTEGER || c == H5T_FLOAT; }

// parent/name must be a dataset of the given shape (0 in `shape` = any length) holding numbers
// (or text, if `text`).
std::vector<hsize_t> expect_dataset(hid_t parent, const std::string& name, const std::string& where, std::size_t rank,
                                    bool text);

std::vector<hsize_t> shape_of(hid_t parent, const std::string& name) {
  Owned d(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose, name);
  Owned space(H5Dget_space(d.id), H5Sclose, name);
  const int rank = H5Sget_simple_extent_ndims(space.id);
  if (rank < 0 || rank > 8) invalid(name + " has an invalid shape");
  std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
  H5Sget_simple_extent_dims(space.id, dims.data(), nullptr);
  return dims;
}

std::vector<std::string> member_names(hid_t group) {
  H5G_info_t info;
  if (H5Gget_info(group, &info) < 0) invalid("cannot list a group");
  std::vector<std::string> names;
  for (hsize_t k = 0; k < info.nlinks; ++k) {
    const auto size = H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, k, nullptr, 0, H5P_DEFAULT);
    if (size < 0 || size > 4096) invalid("a member name is unreadable or longer than 4096 bytes");
    std::string name(static_cast<std::size_t>(size) + 1, '\0');
    H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, k, name.data(), name.size(), H5P_DEFAULT);
    name.resize(static_cast<std::size_t>(size));
    names.push_back(name);
  }
  return names;
}

std::vector<hsize_t> expect_dataset(hid_t parent, const std::string& name, const std::string& where, std::size_t rank,
                                    bool text) {
  if (!is_kind(parent, name, H5O_TYPE_DATASET)) invalid(where + " is missing or not a dataset");
  const auto dims = shape_of(parent, name);
  if (dims.size() != rank) invalid(where + " has " + std::to_string(dims.size()) + " dimensions");
  const auto c = class_of(parent, name);
  if (text ? c != H5T_STRING : !numeric(c)) invalid(where + (text ? " does not hold text" : " does not hold numbers"));
  return dims;
}

// Reads the first `rows` rows of parent/name, a few rows at a time: a run killed while HDF5 was
// writing can leave a file whose structure opens but whose data cannot be read, which readers
// must reject rather than call readable.
void check_readable(hid_t parent, const std::string& name, const std::vector<hsize_t>& dims, long long rows,
                    const std::string& where, std::vector<RowChecksum>* checksums = nullptr,
                    const std::string& path = {}) {
  hsize_t row_values = 1;
  for (std::size_t k = 1; k < dims.size(); ++k) row_values *= dims[k];
  if (rows <= 0 || row_values == 0) return;
  const hsize_t block = std::max<hsize_t>(1, (hsize_t{1} << 20) / row_values);
  std::vector<double> buffer;
  Owned d(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose, where);
  Owned file_space(H5Dget_space(d.id), H5Sclose, where);
  for (hsize_t first = 0; first < static_cast<hsize_t>(rows); first += block) {
    std::vector<hsize_t> start(dims.size(), 0), count = dims;
    start[0] = first;
    count[0] = std::min<hsize_t>(block, static_cast<hsize_t>(rows) - first);
    buffer.resize(count[0] * row_values);
    Owned memory(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr), H5Sclose, where);
    if (H5Sselect_hyperslab(file_space.id, H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr) < 0 ||
        H5Dread(d.id, H5T_NATIVE_DOUBLE, memory.id, file_space.id, H5P_DEFAULT, buffer.data()) < 0)
      invalid(where +
              ": the data of finished replications cannot be read (the file is damaged, e.g. by a crash "
              "while it was being written)");
    if (checksums)
      for (hsize_t k = 0; k < count[0]; ++k)
        (*checksums)[first + k].add(path, buffer.data() + k * row_values, row_values);
  }
}

// Every dataset of /<scenario>/<sub> must have `trailing` as its shape after the replication
// axis and at least `finished` rows.
std::vector<std::string> check_datasets(hid_t group, const std::string& scenario, const std::string& sub,
                                        const std::vector<hsize_t>& trailing, long long finished,
                                        std::vector<RowChecksum>& checksums) {
  if (!is_kind(group, sub, H5O_TYPE_GROUP)) invalid("/" + scenario + "/" + sub + " is not a group");
  Owned g(H5Gopen2(group, sub.c_str(), H5P_DEFAULT), H5Gclose, "/" + scenario + "/" + sub);
  auto names = member_names(g.id);
  for (const auto& name : names) {
    const std::string where = "/" + scenario + "/" + sub + "/" + name;
    const auto dims = expect_dataset(g.id, name, where, trailing.size() + 1, false);
    if (dims.size() != trailing.size() + 1 || !std::equal(trailing.begin(), trailing.end(), dims.begin() + 1))
      invalid(where + " has the wrong shape for its scenario");
    if (static_cast<long long>(dims[0]) < finished)
      invalid(where + " holds " + std::to_string(dims[0]) + " rows but " + std::to_string(finished) +
              " replications are counted as finished");
    hsize_t row_values = 1;
    for (const auto t : trailing) row_values *= t;
    if (row_values > 0 && static_cast<hsize_t>(finished) > static_cast<hsize_t>(kMaxValues) / row_values)
      invalid(where + " declares more values than a reader allows");
    check_readable(g.id, name, dims, finished, where, &checksums, sub + "/" + name);
  }
  return names;
}

// Every finished replication's rows must give the checksum written with it (io/row_checksum.hpp);
// files written before checksums existed have no `checksum` dataset and are read as they are.
void check_checksums(hid_t group, const std::string& scenario, const std::vector<RowChecksum>& computed) {
  if (H5Lexists(group, "checksum", H5P_DEFAULT) <= 0) return;
  const std::string where = "/" + scenario + "/checksum";
  const auto dims = expect_dataset(group, "checksum", where, 1, false);
  if (dims[0] < computed.size()) invalid(where + " holds fewer values than replications are counted as finished");
  if (computed.empty()) return;
  std::vector<std::uint64_t> stored(computed.size());
  Owned d(H5Dopen2(group, "checksum", H5P_DEFAULT), H5Dclose, where);
  Owned file_space(H5Dget_space(d.id), H5Sclose, where);
  hsize_t start = 0, count = computed.size();
  Owned memory(H5Screate_simple(1, &count, nullptr), H5Sclose, where);
  if (H5Sselect_hyperslab(file_space.id, H5S_SELECT_SET, &start, nullptr, &count, nullptr) < 0 ||
      H5Dread(d.id, H5T_NATIVE_UINT64, memory.id, file_space.id, H5P_DEFAULT, stored.data()) < 0)
    invalid(where + " cannot be read (the file is damaged, e.g. by a crash while it was being written)");
  for (std::size_t r = 0; r < computed.size(); ++r)
    if (stored[r] != computed[r].value())
      invalid("/" + scenario + ": finished replication row " + std::to_string(r) +
              " does not match its checksum (the file is damaged, e.g. by a crash while it was being written)");
}

FileSummary::Group read_group(hid_t file, const std::string& name) {
  Owned group(H5Gopen2(file, name.c_str(), H5P_DEFAULT), H5Gclose, "/" + name);
  const std::string at = "/" + name + " ";
  FileSummary::Group g;
  g.name = name;
  g.years = required_integer(group.id, "years", at);
  g.steps_per_year = read_integer_attribute(group.id, "steps_per_year").value_or(0);
  g.seed = read_integer_attribute(group.id, "seed").value_or(0);
  const auto counted = required_integer(group.id, "replications", at);
  if (g.years < 0 || g.years > kMaxYears || counted < 0)
    invalid("attributes " + at + "years = " + std::to_string(g.years) + ", replications = " + std::to_string(counted));
  const auto scale = expect_dataset(group.id, "replication", "/" + name + "/replication", 1, false);
  g.replications = std::min(counted, static_cast<long long>(scale[0]));
  if (g.replications > kMaxValues) invalid("/" + name + "/replication declares more values than a reader allows");
  const auto time = expect_dataset(group.id, "time", "/" + name + "/time", 1, false);
  if (time[0] != static_cast<hsize_t>(g.years)) invalid("/" + name + "/time does not hold one value per year");
  check_readable(group.id, "time", time, g.years, "/" + name + "/time");
  if (H5Lexists(group.id, "district", H5P_DEFAULT) > 0) {
    g.districts = static_cast<long long>(expect_dataset(group.id, "district", "/" + name + "/district", 1, true)[0]);
    if (g.districts > kMaxDistrictsInFile) invalid("/" + name + "/district declares more than 65535 districts");
  }
  const auto years = static_cast<hsize_t>(g.years);
  std::vector<RowChecksum> checksums(static_cast<std::size_t>(g.replications));
  g.indicators = check_datasets(group.id, name, "indicators", {years}, g.replications, checksums);
  if (H5Lexists(group.id, "districts", H5P_DEFAULT) > 0)
    check_datasets(group.id, name, "districts", {years, static_cast<hsize_t>(g.districts)}, g.replications, checksums);
  check_readable(group.id, "replication", scale, g.replications, "/" + name + "/replication");
  check_checksums(group.id, name, checksums);
  return g;
}

std::vector<std::string> listed_scenarios(hid_t file) {
  std::vector<std::string> order;
  const auto names = read_string_attribute(file, "scenarios");
  if (!names) {  // fall back to the groups that hold indicators, as analysis/load.py does
    for (const auto& n : member_names(file))
      if (is_kind(file, n, H5O_TYPE_GROUP) && n != "comparison") order.push_back(n);
    return order;
  }
  for (std::size_t start = 0; start < names->size();) {
    const auto end = names->find('\n', start);
    auto n = names->substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!n.empty()) order.push_back(n);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return order;
}

// /comparison: scenario and indicator names, matrices [scenario][indicator], vectors [scenario].
void check_comparison(hid_t file) {
  if (!is_kind(file, "comparison", H5O_TYPE_GROUP)) invalid("/comparison is not a group");
  Owned group(H5Gopen2(file, "comparison", H5P_DEFAULT), H5Gclose, "/comparison");
  const auto S = expect_dataset(group.id, "scenario", "/comparison/scenario", 1, true)[0];
  const auto I = expect_dataset(group.id, "indicator", "/comparison/indicator", 1, true)[0];
  for (const char* m : {"mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high", "diff_excludes_zero"})
    if (H5Lexists(group.id, m, H5P_DEFAULT) > 0 &&
        expect_dataset(group.id, m, std::string("/comparison/") + m, 2, false) != std::vector<hsize_t>{S, I})
      invalid(std::string("/comparison/") + m + " does not have one value per scenario and indicator");
  for (const char* v : {"extra_public_cost", "capability_per_billion", "revenue_per_billion"})
    if (H5Lexists(group.id, v, H5P_DEFAULT) > 0 &&
        expect_dataset(group.id, v, std::string("/comparison/") + v, 1, false)[0] != S)
      invalid(std::string("/comparison/") + v + " does not have one value per scenario");
}

// Every object's link, header and attributes must be readable: analysis/load.py touches them
// all (it lists groups, reads every attribute), so a file damaged anywhere in its structure (a
// crash while HDF5 was writing) is refused by both readers, not by one only.
herr_t touch_attribute(hid_t object, const char* name, const H5A_info_t*, void*) {
  const hid_t a = H5Aopen(object, name, H5P_DEFAULT);
  if (a < 0) return -1;
  const hid_t type = H5Aget_type(a), space = H5Aget_space(a);
  const bool ok = type >= 0 && space >= 0;
  if (type >= 0) H5Tclose(type);
  if (space >= 0) H5Sclose(space);
  H5Aclose(a);
  return ok ? 0 : -1;
}

herr_t touch_object(hid_t root, const char* name, const H5O_info_t* info, void*) {
  if (info->num_attrs == 0) return 0;
  const hid_t object = H5Oopen(root, name, H5P_DEFAULT);
  if (object < 0) return -1;
  hsize_t at = 0;
  const herr_t status = H5Aiterate2(object, H5_INDEX_NAME, H5_ITER_NATIVE, &at, touch_attribute, nullptr);
  H5Oclose(object);
  return status;
}

void check_structure(hid_t file) {
  if (H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_NATIVE, touch_object, nullptr, H5O_INFO_BASIC | H5O_INFO_NUM_ATTRS) < 0)
    invalid("its structure cannot be read (the file is damaged, e.g. by a crash while it was being written)");
}

FileSummary read_summary(hid_t file) {
  check_structure(file);
  FileSummary s;
  const auto version = read_string_attribute(file, "cgsim_version");
  if (!version || version->empty()) invalid("attribute cgsim_version is missing");
  s.version = *version;
  s.format_version = static_cast<int>(required_integer(file, "format_version", ""));
  if (s.format_version != kFormatVersion)
    throw OutputError("incompatible format_version " + std::to_string(s.format_version) +
                      "; this cgsim reads format_version " + std::to_string(kFormatVersion));
  const auto complete = required_integer(file, "complete", "");
  if (complete != 0 && complete != 1) invalid("attribute complete (expected 0 or 1)");
  s.complete = complete == 1;
  s.created = read_string_attribute(file, "created_utc").value_or("");
  s.command_line = read_string_attribute(file, "command_line").value_or("");
  s.has_comparison = H5Lexists(file, "comparison", H5P_DEFAULT) > 0;
  if (s.has_comparison) check_comparison(file);
  const auto listed = listed_scenarios(file);
  if (listed.empty()) invalid("the file holds no scenario group");
  for (const auto& name : listed) {
    if (H5Lexists(file, name.c_str(), H5P_DEFAULT) <= 0) {
      if (!s.complete) continue;  // an interrupted run may not have reached it
      invalid("scenario group /" + name + " is missing");
    }
    if (!is_kind(file, name, H5O_TYPE_GROUP)) invalid("/" + name + " is not a group");
    s.scenarios.push_back(read_group(file, name));
  }
  return s;
}

}  // namespace

FileSummary inspect_file(const std::string& path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  std::error_code ec;
  if (!fs::exists(path, ec)) throw OutputError(path + ": no such file");
  if (!fs::is_regular_file(path, ec)) throw OutputError(path + ": not a regular file");
  if (H5Fis_hdf5(path.c_str()) <= 0)
    throw OutputError(path + ": not an HDF5 file, or one that is damaged or still being written");
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  if (file < 0) throw OutputError(path + ": cannot open the HDF5 file (damaged, unreadable, or still being written)");
  Owned closer(file, H5Fclose, path);
  try {
    return read_summary(file);
  } catch (const OutputError& e) {
    throw OutputError(path + ": " + e.what());
  }
}

}  // namespace cgsim
