#pragma once
// The experiment output file (layout: docs/experiments.md). One self-describing HDF5 file:
// the design matrix, the policies' resolved scenarios, seeds, program version and command, and
// each outcome as an array [point, policy, replication, year] with dimension scales (readable
// in one call by xarray). Written to OUT.h5.partial; a row (one design point) is written and
// flushed before its `done` flag is set and flushed, so a crash keeps every finished row, and
// `--resume` reruns only the rows not done. Renamed to OUT.h5 when every row is in.
#include <string>
#include <vector>

#include "cgsim/engine/experiment_runner.hpp"
#include "cgsim/io/hdf5_file.hpp"

namespace cgsim {

inline constexpr int kExperimentFormatVersion = 1;

class ExperimentFile {
 public:
  // A new file for `x` (its rows not done). `shard` is "" or "i/N". Refuses an existing `path`
  // or `path`.partial unless `force` (a .partial file is an interrupted run: use --resume).
  ExperimentFile(std::string path, bool force, const PreparedExperiment& x, const std::string& command_line,
                 const std::string& shard);
  // Reopens `path`.partial to continue it; throws OutputError if it is missing, is not an
  // experiment file, or was written for a different experiment or shard (hash compared).
  static ExperimentFile resume(std::string path, const PreparedExperiment& x, const std::string& shard);
  ~ExperimentFile();
  ExperimentFile(ExperimentFile&& other) noexcept;
  ExperimentFile(const ExperimentFile&) = delete;
  ExperimentFile& operator=(const ExperimentFile&) = delete;
  ExperimentFile& operator=(ExperimentFile&&) = delete;

  // One flag per design point: true once its row is in the file.
  [[nodiscard]] std::vector<bool> done() const;
  void write_row(const Row& row, double elapsed_seconds);
  // Marks the file complete and renames it to its final name.
  void finish();
  // Closes the file as incomplete (it keeps the .partial name); returns that name.
  std::string abandon();

  [[nodiscard]] const std::string& partial_path() const { return partial_; }
  [[nodiscard]] const std::string& final_path() const { return path_; }

 private:
  ExperimentFile(std::string path, const PreparedExperiment& x);
  void create_layout(const PreparedExperiment& x, const std::string& command_line, const std::string& shard);
  std::string path_, partial_;
  const PreparedExperiment* x_ = nullptr;
  long long file_ = -1;
  bool open_ = false;
};

struct ExperimentFileInfo {
  std::string path, name, hash, shard, version;
  bool complete = false;
  std::vector<bool> done;  // per design point
};

// Reads the header and done flags of an experiment file; throws OutputError if it is not one.
ExperimentFileInfo read_experiment_info(const std::string& path);

// Merges shard files of one experiment into `output`: every part must carry the same experiment
// hash, and every design point must be done in exactly one part. Throws OutputError naming the
// part or the points at fault; nothing is written to `output` unless the parts are consistent.
void merge_experiment_files(const std::vector<std::string>& parts, const std::string& output, bool force,
                            const std::string& command_line);

}  // namespace cgsim
