#include "cgsim/io/experiment_file.hpp"

#include <fmt/format.h>
#include <hdf5.h>
#include <hdf5_hl.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>

#include "cgsim/measure/indicators.hpp"
#include "cgsim/scenario/parameter_table.hpp"
#include "hdf5_handle.hpp"

namespace cgsim {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFormat = "cgsim-experiment";

using detail::check;
using detail::Handle;
using detail::utc_now;

hid_t string_type() {
  const hid_t t = H5Tcopy(H5T_C_S1);
  H5Tset_size(t, H5T_VARIABLE);
  H5Tset_cset(t, H5T_CSET_UTF8);
  return t;
}

void set_string(hid_t object, const char* name, const std::string& value) {
  Handle type(string_type(), H5Tclose, "create string type");
  Handle space(H5Screate(H5S_SCALAR), H5Sclose, "create scalar space");
  if (H5Aexists(object, name) > 0) H5Adelete(object, name);
  Handle attr(H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
              std::string("create attribute ") + name);
  const char* data = value.c_str();
  check(H5Awrite(attr, type, &data), std::string("write attribute ") + name);
}

void set_int(hid_t object, const char* name, long long value) {
  Handle space(H5Screate(H5S_SCALAR), H5Sclose, "create scalar space");
  if (H5Aexists(object, name) > 0) H5Adelete(object, name);
  Handle attr(H5Acreate2(object, name, H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
              std::string("create attribute ") + name);
  check(H5Awrite(attr, H5T_NATIVE_LLONG, &value), std::string("write attribute ") + name);
}

std::string get_string(hid_t object, const char* name) {
  if (H5Aexists(object, name) <= 0) return "";
  Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose, "open attribute");
  Handle type(H5Aget_type(attr), H5Tclose, "attribute type");
  if (H5Tget_class(type) != H5T_STRING || H5Tis_variable_str(type) <= 0) return "";
  Handle mem(string_type(), H5Tclose, "string type");
  char* value = nullptr;
  if (H5Aread(attr, mem, &value) < 0 || !value) return "";
  std::string out(value);
  H5free_memory(value);
  return out;
}

long long get_int(hid_t object, const char* name) {
  if (H5Aexists(object, name) <= 0) return -1;
  Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose, "open attribute");
  long long v = -1;
  H5Aread(attr, H5T_NATIVE_LLONG, &v);
  return v;
}

void write_strings(hid_t parent, const char* name, const std::vector<std::string>& values) {
  Handle type(string_type(), H5Tclose, "create string type");
  const hsize_t n = values.size();
  Handle space(H5Screate_simple(1, &n, nullptr), H5Sclose, "create space");
  Handle d(H5Dcreate2(parent, name, type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
           std::string("create ") + name);
  std::vector<const char*> ptrs;
  for (const auto& v : values) ptrs.push_back(v.c_str());
  if (n > 0) check(H5Dwrite(d, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()), std::string("write ") + name);
}

template <typename T>
void write_array(hid_t parent, const char* name, hid_t file_type, hid_t memory_type, const std::vector<T>& values,
                 std::vector<hsize_t> shape) {
  Handle space(
      shape.empty() ? H5Screate(H5S_SCALAR) : H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr),
      H5Sclose, "create space");
  Handle d(H5Dcreate2(parent, name, file_type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
           std::string("create ") + name);
  if (!values.empty())
    check(H5Dwrite(d, memory_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), std::string("write ") + name);
}

void make_scale(hid_t file, const char* name) {
  Handle d(H5Dopen2(file, name, H5P_DEFAULT), H5Dclose, std::string("open ") + name);
  check(H5DSset_scale(d, name), std::string("set scale ") + name);
}

void attach(hid_t file, hid_t dataset, const std::vector<const char*>& scales) {
  for (unsigned k = 0; k < scales.size(); ++k) {
    Handle scale(H5Dopen2(file, scales[k], H5P_DEFAULT), H5Dclose, "open scale");
    check(H5DSattach_scale(dataset, scale, k), "attach scale");
  }
}

// A dataset filled with `fill` until rows are written, in chunks of about 1024 values (8 KiB), so
// that rewriting a chunk for each row written stays cheap.
hid_t create_filled(hid_t file, const char* name, hid_t type, const std::vector<hsize_t>& shape, const void* fill,
                    hid_t fill_type) {
  std::vector<hsize_t> chunk = shape;
  hsize_t row = 1;
  for (std::size_t k = 1; k < shape.size(); ++k) row *= shape[k];
  chunk[0] = std::max<hsize_t>(1, std::min<hsize_t>(shape[0], 1024 / std::max<hsize_t>(row, 1)));
  Handle space(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr), H5Sclose, "create space");
  Handle props(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "create properties");
  check(H5Pset_chunk(props, static_cast<int>(chunk.size()), chunk.data()), "set chunk");
  check(H5Pset_fill_value(props, fill_type, fill), "set fill value");
  check(H5Pset_fill_time(props, H5D_FILL_TIME_ALLOC), "set fill time");
  check(H5Pset_shuffle(props), "set shuffle");
  check(H5Pset_deflate(props, 1), "set deflate");
  const hid_t d = H5Dcreate2(file, name, type, space, H5P_DEFAULT, props, H5P_DEFAULT);
  if (d < 0) throw OutputError(std::string("HDF5: cannot create dataset ") + name);
  return d;
}

// Reads or writes row `point` (first axis) of dataset `name`.
template <class Transfer>
void transfer_row(hid_t file, const std::string& name, hsize_t point, const char* verb, Transfer&& transfer) {
  Handle d(H5Dopen2(file, name.c_str(), H5P_DEFAULT), H5Dclose, "open " + name);
  Handle space(H5Dget_space(d), H5Sclose, "get space");
  const int rank = H5Sget_simple_extent_ndims(space);
  std::vector<hsize_t> dims(static_cast<std::size_t>(rank)), start(dims.size(), 0);
  H5Sget_simple_extent_dims(space, dims.data(), nullptr);
  start[0] = point;
  dims[0] = 1;
  check(H5Sselect_hyperslab(space, H5S_SELECT_SET, start.data(), nullptr, dims.data(), nullptr), "select " + name);
  Handle memory(H5Screate_simple(rank, dims.data(), nullptr), H5Sclose, "memory space");
  check(transfer(d, memory, space), std::string(verb) + " " + name);
}

void write_slab(hid_t file, const std::string& name, hsize_t point, hid_t memory_type, const void* data) {
  transfer_row(file, name, point, "write", [&](hid_t d, hid_t memory, hid_t space) {
    return H5Dwrite(d, memory_type, memory, space, H5P_DEFAULT, data);
  });
}

void read_slab(hid_t file, const std::string& name, hsize_t point, hid_t memory_type, void* data) {
  transfer_row(file, name, point, "read", [&](hid_t d, hid_t memory, hid_t space) {
    return H5Dread(d, memory_type, memory, space, H5P_DEFAULT, data);
  });
}

std::size_t row_size(hid_t file, const std::string& name) {
  Handle d(H5Dopen2(file, name.c_str(), H5P_DEFAULT), H5Dclose, "open " + name);
  Handle space(H5Dget_space(d), H5Sclose, "get space");
  const auto n = static_cast<std::size_t>(H5Sget_simple_extent_npoints(space));
  std::vector<hsize_t> dims(static_cast<std::size_t>(H5Sget_simple_extent_ndims(space)));
  H5Sget_simple_extent_dims(space, dims.data(), nullptr);
  return dims.empty() || dims[0] == 0 ? 0 : n / dims[0];
}

std::vector<bool> read_done(hid_t file) {
  Handle d(H5Dopen2(file, "done", H5P_DEFAULT), H5Dclose, "open done");
  Handle space(H5Dget_space(d), H5Sclose, "get space");
  std::vector<signed char> flags(static_cast<std::size_t>(H5Sget_simple_extent_npoints(space)));
  if (!flags.empty()) check(H5Dread(d, H5T_NATIVE_SCHAR, H5S_ALL, H5S_ALL, H5P_DEFAULT, flags.data()), "read done");
  std::vector<bool> out;
  for (auto f : flags) out.push_back(f != 0);
  return out;
}

std::vector<std::string> outcome_names(hid_t file) {
  std::vector<std::string> out;
  for (const auto& spec : indicator_catalogue())
    if (H5Lexists(file, std::string(spec.name).c_str(), H5P_DEFAULT) > 0) out.emplace_back(spec.name);
  return out;
}

hid_t open_existing(const std::string& path, unsigned flags) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw OutputError(path + ": no such file");
  if (H5Fis_hdf5(path.c_str()) <= 0) throw OutputError(path + ": not an HDF5 file");
  const hid_t f = H5Fopen(path.c_str(), flags, H5P_DEFAULT);
  if (f < 0) throw OutputError(path + ": cannot open the file (is another process writing it?)");
  if (get_string(f, "format") != kFormat) {
    H5Fclose(f);
    throw OutputError(path + ": not a cgsim experiment file (written by `cgsim run` or another program?)");
  }
  return f;
}

std::string role_name(FactorRole r) { return r == FactorRole::lever ? "lever" : "uncertainty"; }

}  // namespace

ExperimentFile::ExperimentFile(std::string path, const PreparedExperiment& x)
    : path_(std::move(path)), partial_(path_ + ".partial"), x_(&x) {}

ExperimentFile::ExperimentFile(std::string path, bool force, const PreparedExperiment& x,
                               const std::string& command_line, const std::string& shard)
    : ExperimentFile(std::move(path), x) {
  std::error_code ec;
  if (fs::exists(path_, ec) && !force)
    throw OutputError(path_ + ": output exists; use --force to overwrite it or choose another -o");
  if (fs::exists(partial_, ec) && !force)
    throw OutputError(partial_ +
                      ": an interrupted run of this output exists; continue it with --resume, or use "
                      "--force to start again");
  const auto dir = fs::path(path_).parent_path();
  if (!dir.empty() && !fs::is_directory(dir, ec))
    throw OutputError(path_ + ": directory " + dir.string() + " does not exist");
  H5dont_atexit();
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  file_ = H5Fcreate(partial_.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  if (file_ < 0) throw OutputError(partial_ + ": cannot create the output file (is the directory writable?)");
  open_ = true;
  try {
    create_layout(x, command_line, shard);
  } catch (const OutputError& e) {
    throw OutputError(partial_ + ": " + e.what() + " (is the disk full?)");
  }
}

ExperimentFile ExperimentFile::resume(std::string path, const PreparedExperiment& x, const std::string& shard) {
  ExperimentFile f(std::move(path), x);
  std::error_code ec;
  if (fs::exists(f.path_, ec) && !fs::exists(f.partial_, ec))
    throw OutputError(f.path_ + ": this experiment is already complete; nothing to resume");
  if (!fs::exists(f.partial_, ec))
    throw OutputError(f.partial_ + ": no interrupted run to resume (start one without --resume)");
  f.file_ = open_existing(f.partial_, H5F_ACC_RDWR);
  f.open_ = true;
  const auto hash = get_string(f.file_, "experiment_hash");
  if (hash != x.hash)
    throw OutputError(f.partial_ + ": written for a different experiment (hash " + hash + ", the experiment file now " +
                      "gives " + x.hash +
                      "): the experiment file, a scenario it uses, or the program changed since; "
                      "start a new output instead of --resume");
  const auto old_shard = get_string(f.file_, "shard");
  if (old_shard != shard)
    throw OutputError(f.partial_ + ": written as shard '" + old_shard + "', resumed as shard '" + shard + "'");
  return f;
}

ExperimentFile::ExperimentFile(ExperimentFile&& o) noexcept
    : path_(std::move(o.path_)), partial_(std::move(o.partial_)), x_(o.x_), file_(o.file_), open_(o.open_) {
  o.open_ = false;
}

ExperimentFile::~ExperimentFile() {
  if (open_) abandon();
}

void ExperimentFile::create_layout(const PreparedExperiment& x, const std::string& command_line,
                                   const std::string& shard) {
  const hid_t f = file_;
  const auto& spec = x.spec;
  set_string(f, "format", kFormat);
  set_int(f, "format_version", kExperimentFormatVersion);
  set_string(f, "cgsim_version", CGSIM_VERSION);
  set_string(f, "created_utc", utc_now());
  set_string(f, "command_line", command_line);
  set_string(f, "experiment_name", spec.name);
  set_string(f, "experiment_description", spec.description);
  set_string(f, "experiment_file", spec.source_file);
  set_string(f, "experiment_yaml", spec.canonical_yaml);
  set_string(f, "experiment_hash", x.hash);
  set_string(f, "design_type", design_kind_name(spec.design.kind));
  set_string(f, "shard", shard);
  set_string(f, "outcome_years", spec.outcomes.all_years ? "all" : "final");
  set_string(f, "random_streams",
             "replication r of every policy at every design point uses the streams keyed (seed, r): common random "
             "numbers across policies and points");
  set_int(f, "seed", static_cast<long long>(spec.seed));
  set_int(f, "replications", spec.replications);
  set_int(f, "years", x.years);
  set_int(f, "complete", 0);

  const hsize_t P = x.points(), K = spec.factors.size(), Q = x.policies.size(), R = x.replications(),
                Y = x.outcome_years;
  std::vector<long long> points(P), reps(R), years(Y);
  for (hsize_t p = 0; p < P; ++p) points[p] = static_cast<long long>(p);
  for (hsize_t r = 0; r < R; ++r) reps[r] = static_cast<long long>(r);
  for (hsize_t y = 0; y < Y; ++y) years[y] = static_cast<long long>(x.years - Y + 1 + y);
  write_array(f, "point", H5T_STD_I64LE, H5T_NATIVE_LLONG, points, {P});
  write_array(f, "replication", H5T_STD_I64LE, H5T_NATIVE_LLONG, reps, {R});
  write_array(f, "year", H5T_STD_I64LE, H5T_NATIVE_LLONG, years, {Y});
  std::vector<std::string> names, units, roles, policy_names, policy_yaml, policy_descriptions;
  std::vector<double> low, high;
  for (const auto& fs_ : spec.factors) {
    names.push_back(fs_.path);
    units.push_back(fs_.unit);
    roles.push_back(role_name(fs_.role));
    low.push_back(fs_.low);
    high.push_back(fs_.high);
  }
  for (const auto& s : x.policies) {
    policy_names.push_back(s.name);
    policy_yaml.push_back(s.resolved_yaml);
    policy_descriptions.push_back(s.description);
  }
  write_strings(f, "parameter", names);
  write_strings(f, "policy", policy_names);
  for (const char* scale : {"point", "replication", "year", "parameter", "policy"}) make_scale(f, scale);
  {
    Handle d(H5Dopen2(f, "year", H5P_DEFAULT), H5Dclose, "open year");
    set_string(d, "units", "simulated year (1-based)");
  }

  std::vector<double> matrix;
  for (const auto& row : x.design.points) matrix.insert(matrix.end(), row.begin(), row.end());
  write_array(f, "design", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, matrix, {P, K});
  {
    Handle d(H5Dopen2(f, "design", H5P_DEFAULT), H5Dclose, "open design");
    set_string(d, "description",
               "design matrix: the value of each parameter (column) at each design point (row), "
               "in the parameter's unit (parameter_unit)");
    attach(f, d, {"point", "parameter"});
  }
  auto per = [&](const char* name, auto&& write, const char* scale, const char* description) {
    write();
    Handle d(H5Dopen2(f, name, H5P_DEFAULT), H5Dclose, std::string("open ") + name);
    set_string(d, "description", description);
    attach(f, d, {scale});
  };
  per(
      "parameter_unit", [&] { write_strings(f, "parameter_unit", units); }, "parameter", "unit of each parameter");
  per(
      "parameter_role", [&] { write_strings(f, "parameter_role", roles); }, "parameter", "lever or uncertainty");
  per(
      "parameter_low", [&] { write_array(f, "parameter_low", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, low, {K}); },
      "parameter", "lower end of the sampled range");
  per(
      "parameter_high", [&] { write_array(f, "parameter_high", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, high, {K}); },
      "parameter", "upper end of the sampled range");
  per(
      "policy_scenario_yaml", [&] { write_strings(f, "policy_scenario_yaml", policy_yaml); }, "policy",
      "each policy's resolved scenario (before design values), as YAML");
  per(
      "policy_description", [&] { write_strings(f, "policy_description", policy_descriptions); }, "policy",
      "each policy's scenario description");
  auto ints = [](const std::vector<std::int64_t>& v) { return std::vector<long long>(v.begin(), v.end()); };
  per(
      "design_block",
      [&] { write_array(f, "design_block", H5T_STD_I64LE, H5T_NATIVE_LLONG, ints(x.design.block), {P}); }, "point",
      "sobol: base sample; morris: trajectory; one_at_a_time: factor varied (-1 baseline); else the point");
  per(
      "design_role", [&] { write_array(f, "design_role", H5T_STD_I64LE, H5T_NATIVE_LLONG, ints(x.design.role), {P}); },
      "point", "sobol: 0 = A, j = AB_j, k + j = BA_j, 2k + 1 = B; morris: step in the trajectory; else 0");
  per(
      "design_moved",
      [&] { write_array(f, "design_moved", H5T_STD_I64LE, H5T_NATIVE_LLONG, ints(x.design.moved), {P}); }, "point",
      "morris: index of the parameter changed from the previous row (-1 on a trajectory's first row)");
  write_array(f, "seed", H5T_STD_I64LE, H5T_NATIVE_LLONG, std::vector<long long>{static_cast<long long>(spec.seed)},
              {});

  const signed char not_done = 0;
  {
    Handle d(create_filled(f, "done", H5T_STD_I8LE, {P}, &not_done, H5T_NATIVE_SCHAR), H5Dclose, "create done");
    set_string(d, "description", "1 once the point's row is in the file (rows with 0 hold no results yet)");
    attach(f, d, {"point"});
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  {
    Handle d(create_filled(f, "elapsed_seconds", H5T_IEEE_F64LE, {P}, &nan, H5T_NATIVE_DOUBLE), H5Dclose,
             "create elapsed_seconds");
    set_string(d, "description", "wall-clock seconds from the start of the run to the row being written");
    attach(f, d, {"point"});
  }
  for (const int k : x.indicators) {
    const auto& ind = indicator_catalogue()[static_cast<std::size_t>(k)];
    const std::string name(ind.name);
    Handle d(create_filled(f, name.c_str(), H5T_IEEE_F64LE, {P, Q, R, Y}, &nan, H5T_NATIVE_DOUBLE), H5Dclose,
             "create " + name);
    set_string(d, "units", std::string(ind.units));
    set_string(d, "description", std::string(ind.description));
    attach(f, d, {"point", "policy", "replication", "year"});
  }
  check(H5Fflush(f, H5F_SCOPE_GLOBAL), "flush");
}

std::vector<bool> ExperimentFile::done() const { return read_done(file_); }

void ExperimentFile::write_row(const Row& row, double elapsed_seconds) {
  try {
    const std::size_t per_indicator = row.values.size() / x_->indicators.size();
    for (std::size_t i = 0; i < x_->indicators.size(); ++i) {
      const std::string name(indicator_catalogue()[static_cast<std::size_t>(x_->indicators[i])].name);
      write_slab(file_, name, row.point, H5T_NATIVE_DOUBLE, &row.values[i * per_indicator]);
    }
    write_slab(file_, "elapsed_seconds", row.point, H5T_NATIVE_DOUBLE, &elapsed_seconds);
    // The flag goes in only after the row's data is on disk: a crash between the two leaves the row
    // marked not done, and --resume runs it again.
    check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");
    const signed char one = 1;
    write_slab(file_, "done", row.point, H5T_NATIVE_SCHAR, &one);
    check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");
  } catch (const OutputError& e) {
    throw OutputError(partial_ + ": " + e.what() + " (is the disk full?); the rows marked done stay in this file");
  }
}

void ExperimentFile::finish() {
  set_int(file_, "complete", 1);
  const bool closed = H5Fclose(file_) >= 0;
  open_ = false;
  if (!closed) throw OutputError(partial_ + ": cannot close the output file (disk full?)");
  std::error_code ec;
  fs::rename(partial_, path_, ec);
  if (ec) throw OutputError(path_ + ": cannot rename the finished file from " + partial_ + ": " + ec.message());
}

std::string ExperimentFile::abandon() {
  if (open_) {
    H5Fclose(file_);
    open_ = false;
  }
  return partial_;
}

ExperimentFileInfo read_experiment_info(const std::string& path) {
  Handle f(open_existing(path, H5F_ACC_RDONLY), H5Fclose, "open " + path);
  ExperimentFileInfo info;
  info.path = path;
  info.name = get_string(f, "experiment_name");
  info.hash = get_string(f, "experiment_hash");
  info.shard = get_string(f, "shard");
  info.version = get_string(f, "cgsim_version");
  info.complete = get_int(f, "complete") == 1;
  info.done = read_done(f);
  return info;
}

namespace {

std::string listed(const std::vector<std::size_t>& points) {
  std::string s;
  for (std::size_t k = 0; k < points.size() && k < 10; ++k) s += (k ? ", " : "") + std::to_string(points[k]);
  if (points.size() > 10) s += fmt::format(" and {} more", points.size() - 10);
  return s;
}

void check_parts(const std::vector<ExperimentFileInfo>& parts) {
  const auto& first = parts.front();
  for (const auto& p : parts)
    if (p.hash != first.hash || p.done.size() != first.done.size())
      throw OutputError(
          fmt::format("{} belongs to another experiment than {} ('{}' hash {} vs '{}' hash {}); merge "
                      "only the parts of one experiment run",
                      p.path, first.path, p.name, p.hash, first.name, first.hash));
  std::vector<int> owner(first.done.size(), -1);
  std::vector<std::size_t> missing;
  for (std::size_t k = 0; k < parts.size(); ++k)
    for (std::size_t p = 0; p < first.done.size(); ++p) {
      if (!parts[k].done[p]) continue;
      if (owner[p] >= 0)
        throw OutputError(
            fmt::format("design point {} is in both {} and {} (the same part given twice, or shards "
                        "of different counts?)",
                        p, parts[static_cast<std::size_t>(owner[p])].path, parts[k].path));
      owner[p] = static_cast<int>(k);
    }
  for (std::size_t p = 0; p < owner.size(); ++p)
    if (owner[p] < 0) missing.push_back(p);
  if (!missing.empty())
    throw OutputError(
        fmt::format("{} of {} design points are in none of the parts: {} (a shard is missing or "
                    "unfinished: run it, with --resume if it was interrupted)",
                    missing.size(), owner.size(), listed(missing)));
}

}  // namespace

void merge_experiment_files(const std::vector<std::string>& parts, const std::string& output, bool force,
                            const std::string& command_line) {
  if (parts.empty()) throw OutputError("no parts to merge");
  std::vector<ExperimentFileInfo> infos;
  for (const auto& p : parts) infos.push_back(read_experiment_info(p));
  check_parts(infos);
  std::error_code ec;
  if (fs::exists(output, ec) && !force)
    throw OutputError(output + ": output exists; use --force to overwrite it or choose another -o");
  for (const auto& p : parts)
    if (fs::exists(output, ec) && fs::equivalent(p, output, ec))
      throw OutputError(output + ": the output is one of the parts");
  const std::string partial = output + ".partial";
  fs::copy_file(parts.front(), partial, fs::copy_options::overwrite_existing, ec);
  if (ec) throw OutputError(partial + ": cannot copy " + parts.front() + ": " + ec.message());
  Handle out(H5Fopen(partial.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose, "open " + partial);
  const auto names = outcome_names(out);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    Handle in(open_existing(parts[k], H5F_ACC_RDONLY), H5Fclose, "open " + parts[k]);
    for (std::size_t p = 0; p < infos[k].done.size(); ++p) {
      if (!infos[k].done[p]) continue;
      for (const auto& name : names) {
        std::vector<double> row(row_size(in, name));
        read_slab(in, name, p, H5T_NATIVE_DOUBLE, row.data());
        write_slab(out, name, p, H5T_NATIVE_DOUBLE, row.data());
      }
      double elapsed = 0;
      read_slab(in, "elapsed_seconds", p, H5T_NATIVE_DOUBLE, &elapsed);
      write_slab(out, "elapsed_seconds", p, H5T_NATIVE_DOUBLE, &elapsed);
      check(H5Fflush(out, H5F_SCOPE_GLOBAL), "flush " + partial);
      const signed char one = 1;
      write_slab(out, "done", p, H5T_NATIVE_SCHAR, &one);
    }
  }
  std::string from;
  for (const auto& p : parts) from += (from.empty() ? "" : "\n") + p;
  set_string(out, "merged_from", from);
  set_string(out, "command_line", command_line);
  set_string(out, "shard", "");
  set_int(out, "complete", 1);
  check(H5Fflush(out, H5F_SCOPE_GLOBAL), "flush " + partial);
  out.close(out.id);
  out.id = -1;
  fs::rename(partial, output, ec);
  if (ec) throw OutputError(output + ": cannot rename the merged file from " + partial + ": " + ec.message());
}

}  // namespace cgsim
