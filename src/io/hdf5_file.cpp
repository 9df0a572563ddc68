#include "cgsim/io/hdf5_file.hpp"

#include <fcntl.h>
#include <hdf5.h>
#include <hdf5_hl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <stdexcept>

#include "cgsim/io/chunking.hpp"
#include "cgsim/io/output_lock.hpp"
#include "cgsim/io/row_checksum.hpp"
#include "cgsim/measure/indicators.hpp"
#include "hdf5_handle.hpp"

namespace cgsim {
namespace fs = std::filesystem;
namespace {

using detail::check;
using detail::Handle;
using detail::utc_now;

void set_string_attribute(hid_t object, const char* name, const std::string& value) {
  Handle type(H5Tcopy(H5T_C_S1), H5Tclose, "create string type");
  check(H5Tset_size(type, H5T_VARIABLE), "size string");
  check(H5Tset_cset(type, H5T_CSET_UTF8), "set UTF-8");
  Handle space(H5Screate(H5S_SCALAR), H5Sclose, "create scalar space");
  if (H5Aexists(object, name) > 0) H5Adelete(object, name);
  Handle attr(H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose, "create attribute");
  const char* data = value.c_str();
  check(H5Awrite(attr, type, &data), std::string("write attribute ") + name);
}

void set_int_attribute(hid_t object, const char* name, long long value) {
  Handle space(H5Screate(H5S_SCALAR), H5Sclose, "create scalar space");
  if (H5Aexists(object, name) > 0) H5Adelete(object, name);
  Handle attr(H5Acreate2(object, name, H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose, "create attribute");
  check(H5Awrite(attr, H5T_NATIVE_LLONG, &value), std::string("write attribute ") + name);
}

// A dataset extendible along its first (replication) axis, chunked by chunk_shape (io/chunking).
hid_t create_extendible(hid_t parent, const std::string& name, std::vector<hsize_t> shape, hid_t type) {
  std::vector<hsize_t> max = shape;
  max[0] = H5S_UNLIMITED;
  const auto chosen = chunk_shape({shape.begin(), shape.end()}, H5Tget_size(type));
  const std::vector<hsize_t> chunk(chosen.begin(), chosen.end());
  Handle space(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), max.data()), H5Sclose, "create space");
  Handle props(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "create properties");
  check(H5Pset_chunk(props, static_cast<int>(chunk.size()), chunk.data()), "set chunk");
  check(H5Pset_shuffle(props), "set shuffle");
  check(H5Pset_deflate(props, 4), "set deflate");
  const hid_t d = H5Dcreate2(parent, name.c_str(), type, space, H5P_DEFAULT, props, H5P_DEFAULT);
  if (d < 0) throw OutputError("HDF5: cannot create dataset " + name);
  return d;
}

void write_strings(hid_t parent, const char* name, const std::vector<std::string>& values) {
  Handle type(H5Tcopy(H5T_C_S1), H5Tclose, "create string type");
  check(H5Tset_size(type, H5T_VARIABLE), "size string");
  check(H5Tset_cset(type, H5T_CSET_UTF8), "set UTF-8");
  const hsize_t n = values.size();
  Handle space(H5Screate_simple(1, &n, nullptr), H5Sclose, "create space");
  Handle d(H5Dcreate2(parent, name, type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose, "create strings");
  std::vector<const char*> ptrs;
  for (const auto& v : values) ptrs.push_back(v.c_str());
  if (n > 0) check(H5Dwrite(d, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()), std::string("write ") + name);
}

void write_doubles(hid_t parent, const char* name, const std::vector<double>& values, std::vector<hsize_t> shape) {
  Handle space(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr), H5Sclose, "create space");
  Handle d(H5Dcreate2(parent, name, H5T_IEEE_F64LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
           "create dataset");
  if (!values.empty())
    check(H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), std::string("write ") + name);
}

// Grow the first axis of a dataset by one and write `row` into the new slice.
void append_slice(hid_t group, const std::string& name, const std::vector<double>& row) {
  Handle d(H5Dopen2(group, name.c_str(), H5P_DEFAULT), H5Dclose, ("open " + name).c_str());
  Handle space(H5Dget_space(d), H5Sclose, "get space");
  const int rank = H5Sget_simple_extent_ndims(space);
  std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
  H5Sget_simple_extent_dims(space, dims.data(), nullptr);
  std::vector<hsize_t> start(dims.size(), 0), count = dims;
  start[0] = dims[0];
  count[0] = 1;
  // A caller's mistake, not a disk problem: a slice must fill the dataset's row exactly (HDF5
  // would read past the end of a shorter buffer).
  hsize_t values = 1;
  for (auto c : count) values *= c;
  if (values != row.size())
    throw std::logic_error(name + ": a replication slice holds " + std::to_string(values) + " values, given " +
                           std::to_string(row.size()));
  dims[0] += 1;
  check(H5Dset_extent(d, dims.data()), "extend " + name);
  Handle file_space(H5Dget_space(d), H5Sclose, "get space");
  check(H5Sselect_hyperslab(file_space, H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr), "select");
  Handle memory(H5Screate_simple(rank, count.data(), nullptr), H5Sclose, "memory space");
  check(H5Dwrite(d, H5T_NATIVE_DOUBLE, memory, file_space, H5P_DEFAULT, row.data()), "write " + name);
}

// Appends one unsigned 64-bit value to a 1-D extendible dataset (a checksum: not through double).
void append_u64(hid_t group, const std::string& name, std::uint64_t value) {
  Handle d(H5Dopen2(group, name.c_str(), H5P_DEFAULT), H5Dclose, "open a checksum dataset");
  Handle space(H5Dget_space(d), H5Sclose, "get space");
  hsize_t size = 0;
  H5Sget_simple_extent_dims(space, &size, nullptr);
  hsize_t start = size, count = 1, grown = size + 1;
  check(H5Dset_extent(d, &grown), "extend " + name);
  Handle file_space(H5Dget_space(d), H5Sclose, "get space");
  check(H5Sselect_hyperslab(file_space, H5S_SELECT_SET, &start, nullptr, &count, nullptr), "select");
  Handle memory(H5Screate_simple(1, &count, nullptr), H5Sclose, "memory space");
  check(H5Dwrite(d, H5T_NATIVE_UINT64, memory, file_space, H5P_DEFAULT, &value), "write " + name);
}

void attach_scales(hid_t dataset, hid_t group, const std::vector<const char*>& scales) {
  for (unsigned k = 0; k < scales.size(); ++k) {
    Handle scale(H5Dopen2(group, scales[k], H5P_DEFAULT), H5Dclose, "open scale");
    check(H5DSattach_scale(dataset, scale, k), "attach scale");
  }
}

void describe(hid_t dataset, const IndicatorSpec& spec) {
  set_string_attribute(dataset, "units", std::string(spec.units));
  set_string_attribute(dataset, "description", std::string(spec.description));
}

// Runs `write`; an HDF5 failure is rethrown naming the file, the likely cause and what the file
// still holds (`kept`).
template <typename Write>
void writing(const std::string& file, const std::string& kept, Write&& write) {
  // HDF5's automatic error printing is per thread; results are written from worker threads.
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  try {
    write();
  } catch (const OutputError& e) {
    throw OutputError(file + ": " + e.what() + " (is the disk full?)" + kept);
  }
}

// A file (or symlink) at `path`, without following a symlink.
bool present(const std::string& path) {
  struct stat st {};
  return lstat(path.c_str(), &st) == 0;
}

// Renames `from` to `to`; unless `replace`, fails if `to` exists (it may have appeared while the
// run was going: renameat2(RENAME_NOREPLACE), or link + unlink where the file system lacks it).
void publish(const std::string& from, const std::string& to, bool replace) {
  if (replace) {
    if (std::rename(from.c_str(), to.c_str()) != 0)
      throw OutputError(to + ": cannot rename the finished file from " + from + ": " + std::strerror(errno));
    return;
  }
  if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
  int error = errno;
  if (error == EINVAL || error == ENOSYS) {
    if (link(from.c_str(), to.c_str()) == 0) {
      unlink(from.c_str());
      return;
    }
    error = errno;
  }
  if (error == EEXIST)
    throw OutputError(to + ": a file appeared there while the run was going; the results stay in " + from +
                      " (rename it yourself, or rerun with --force to replace)");
  throw OutputError(to + ": cannot rename the finished file from " + from + ": " + std::strerror(error));
}

}  // namespace

OutputFile::OutputFile(std::string path, bool force, const std::string& command_line,
                       const std::vector<std::string>& scenario_names)
    : path_(std::move(path)), partial_(path_ + ".partial"), force_(force) {
  std::error_code ec;
  const auto dir = fs::path(path_).parent_path();
  if (!dir.empty() && !fs::is_directory(dir, ec))
    throw OutputError(path_ + ": directory " + dir.string() + " does not exist");
  lock_ = std::make_unique<OutputLock>(path_);  // before anything is touched
  if (present(path_) && !force)
    throw OutputError(path_ + ": output exists; use --force to overwrite it or choose another -o");
  if (present(partial_)) {
    struct stat st {};
    if (lstat(partial_.c_str(), &st) == 0 && S_ISLNK(st.st_mode) && !force)
      throw OutputError(partial_ +
                        ": is a symbolic link; cgsim never writes through one (remove it, or use --force "
                        "to replace the link itself)");
    if (!force)
      throw OutputError(partial_ +
                        ": a partial file from an earlier, interrupted run is in the way (its finished replications "
                        "are readable: cgsim inspect " +
                        partial_ + "); move it away, or use --force to discard it");
    if (unlink(partial_.c_str()) != 0)  // removes a symlink itself, never its target
      throw OutputError(partial_ + ": cannot remove the old partial file: " + std::strerror(errno));
  }
  // A file whose close failed (full disk) would crash HDF5's own clean-up at exit; the .partial
  // file is already marked incomplete, so skip that clean-up.
  H5dont_atexit();
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // errors are reported by us, with the file name
  // H5F_ACC_EXCL opens with O_CREAT | O_EXCL, which never follows a symlink planted meanwhile.
  file_ = H5Fcreate(partial_.c_str(), H5F_ACC_EXCL, H5P_DEFAULT, H5P_DEFAULT);
  if (file_ < 0)
    throw OutputError(partial_ + ": cannot create the output file (is the directory writable? " +
                      (present(partial_) ? "a file of that name appeared meanwhile)" : "is the disk full?)"));
  open_ = true;
  writing(partial_, "", [&] {
    set_string_attribute(file_, "cgsim_version", CGSIM_VERSION);
    set_int_attribute(file_, "format_version", kFormatVersion);
    set_string_attribute(file_, "created_utc", utc_now());
    set_string_attribute(file_, "command_line", command_line);
    set_int_attribute(file_, "complete", 0);
    std::string names;
    for (const auto& n : scenario_names) names += (names.empty() ? "" : "\n") + n;
    set_string_attribute(file_, "scenarios", names);
    check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");
  });
}

OutputFile::~OutputFile() {
  if (open_) abandon();
}

void OutputFile::add_scenario(const Scenario& s, std::uint64_t seed) {
  writing(partial_, "", [&] { create_scenario_group(s, seed); });
}

void OutputFile::create_scenario_group(const Scenario& s, std::uint64_t seed) {
  Handle group(H5Gcreate2(file_, s.name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose,
               ("create group " + s.name + " (two scenarios with the same name?)").c_str());
  set_string_attribute(group, "scenario_yaml", s.resolved_yaml);
  set_string_attribute(group, "description", s.description);
  set_int_attribute(group, "seed", static_cast<long long>(seed));
  set_int_attribute(group, "replications", 0);
  set_int_attribute(group, "years", s.parameters.years);
  set_int_attribute(group, "steps_per_year", s.parameters.steps_per_year);
  const auto years = static_cast<hsize_t>(s.parameters.years);
  const auto districts = static_cast<hsize_t>(s.districts.size());
  std::vector<double> time;
  for (hsize_t y = 1; y <= years; ++y) time.push_back(static_cast<double>(y));
  write_doubles(group, "time", time, {years});
  std::vector<std::string> names;
  for (const auto& d : s.districts) names.push_back(d.name);
  write_strings(group, "district", names);
  {
    Handle rep(create_extendible(group, "replication", {0}, H5T_STD_I64LE), H5Dclose, "create replication");
    check(H5DSset_scale(rep, "replication"), "set scale");
    Handle sum(create_extendible(group, "checksum", {0}, H5T_STD_U64LE), H5Dclose, "create checksum");
  }
  for (const char* scale : {"time", "district"}) {
    Handle d(H5Dopen2(group, scale, H5P_DEFAULT), H5Dclose, "open scale");
    check(H5DSset_scale(d, scale), "set scale");
  }
  Handle indicators(H5Gcreate2(group, "indicators", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose,
                    "create indicators");
  for (const auto& spec : indicator_catalogue()) {
    Handle d(create_extendible(indicators, std::string(spec.name), {0, years}, H5T_IEEE_F64LE), H5Dclose, "create");
    describe(d, spec);
    attach_scales(d, group, {"replication", "time"});
  }
  Handle per_district(H5Gcreate2(group, "districts", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose,
                      "create districts");
  for (const auto& spec : district_indicator_catalogue()) {
    Handle d(create_extendible(per_district, std::string(spec.name), {0, years, districts}, H5T_IEEE_F64LE), H5Dclose,
             "create");
    describe(d, spec);
    attach_scales(d, group, {"replication", "time", "district"});
  }
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");
}

void OutputFile::append(const Scenario& s, const ReplicationResult& r) {
  writing(partial_, "; replications that finished before may still be readable there (cgsim inspect)",
          [&] { append_replication(s, r); });
}

void OutputFile::append_replication(const Scenario& s, const ReplicationResult& r) {
  Handle group(H5Gopen2(file_, s.name.c_str(), H5P_DEFAULT), H5Gclose, "open scenario group");
  const auto years = r.years.size();
  RowChecksum checksum;
  for (int k = 0; k < indicator_count; ++k) {
    std::vector<double> row(years);
    for (std::size_t y = 0; y < years; ++y) row[y] = r.years[y].indicators[k];
    const auto path = "indicators/" + std::string(indicator_catalogue()[k].name);
    append_slice(group, path, row);
    checksum.add(path, row.data(), row.size());
  }
  const auto D = s.districts.size();
  for (int k = 0; k < district_indicator_count; ++k) {
    std::vector<double> block(years * D);
    for (std::size_t y = 0; y < years; ++y)
      for (std::size_t d = 0; d < D; ++d) block[y * D + d] = r.years[y].districts[k][d];
    const auto path = "districts/" + std::string(district_indicator_catalogue()[k].name);
    append_slice(group, path, block);
    checksum.add(path, block.data(), block.size());
  }
  // The rows reach the disk before the replication is counted: a crash in between leaves rows
  // beyond the count, which readers ignore (docs/output.md, "Finished replications").
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");
  // The replication scale holds integers; write through a double row converted by HDF5.
  append_u64(group, "checksum", checksum.value());
  append_slice(group, "replication", {static_cast<double>(r.replication)});
  Handle rep(H5Dopen2(group, "replication", H5P_DEFAULT), H5Dclose, "open replication");
  Handle space(H5Dget_space(rep), H5Sclose, "get space");
  set_int_attribute(group, "replications", H5Sget_simple_extent_npoints(space));
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");  // a crash after this keeps the replication
}

void OutputFile::write_comparison(const ComparisonTable& t) {
  writing(partial_, "; the runs stay in this file", [&] { write_comparison_group(t); });
}

void OutputFile::write_comparison_group(const ComparisonTable& t) {
  Handle group(H5Gcreate2(file_, "comparison", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, "create comparison");
  set_string_attribute(group, "baseline", t.scenarios.empty() ? "" : t.scenarios[0]);
  set_int_attribute(group, "replications", static_cast<long long>(t.replications));
  set_string_attribute(group, "confidence", "0.95");
  set_string_attribute(group, "method", "paired t over replications, common random numbers, final year");
  write_strings(group, "scenario", t.scenarios);
  write_strings(group, "indicator", t.indicators);
  const hsize_t S = t.scenarios.size(), I = t.indicators.size();
  auto matrix = [&](const char* name, auto get) {
    std::vector<double> v;
    for (hsize_t s = 0; s < S; ++s)
      for (hsize_t i = 0; i < I; ++i) v.push_back(get(s, i));
    write_doubles(group, name, v, {S, I});
  };
  matrix("mean", [&](auto s, auto i) { return t.level[s][i].mean; });
  matrix("ci_low", [&](auto s, auto i) { return t.level[s][i].low; });
  matrix("ci_high", [&](auto s, auto i) { return t.level[s][i].high; });
  matrix("diff_mean", [&](auto s, auto i) { return t.difference[s][i].mean; });
  matrix("diff_ci_low", [&](auto s, auto i) { return t.difference[s][i].low; });
  matrix("diff_ci_high", [&](auto s, auto i) { return t.difference[s][i].high; });
  std::vector<double> excludes;
  for (hsize_t s = 0; s < S; ++s)
    for (hsize_t i = 0; i < I; ++i)
      excludes.push_back(s > 0 && (t.difference[s][i].low > 0 || t.difference[s][i].high < 0) ? 1.0 : 0.0);
  {
    Handle space(H5Screate_simple(2, std::vector<hsize_t>{S, I}.data(), nullptr), H5Sclose, "space");
    Handle d(H5Dcreate2(group, "diff_excludes_zero", H5T_STD_I8LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
             H5Dclose, "create");
    if (S * I > 0) check(H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, excludes.data()), "write");
  }
  write_doubles(group, "extra_public_cost", t.extra_public_cost, {S});
  write_doubles(group, "capability_per_billion", t.capability_per_billion, {S});
  write_doubles(group, "revenue_per_billion", t.revenue_per_billion, {S});
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush");
}

void OutputFile::finish() {
  set_int_attribute(file_, "complete", 1);
  const bool closed = H5Fclose(file_) >= 0;
  open_ = false;
  if (!closed) throw OutputError(partial_ + ": cannot close the output file (disk full?)");
  publish(partial_, path_, force_);
  lock_->release();
}

std::string OutputFile::abandon() {
  if (open_) {
    H5Fclose(file_);
    open_ = false;
  }
  if (lock_) lock_->release();
  return partial_;
}

}  // namespace cgsim
