#pragma once
// The HDF5 output file (layout: docs/output.md). Written to OUT.h5.partial, replications
// appended as they finish, renamed to OUT.h5 only when complete.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cgsim/engine/replication.hpp"
#include "cgsim/scenario/scenario.hpp"
#include "cgsim/stats/comparison.hpp"

namespace cgsim {

inline constexpr int kFormatVersion = 1;

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class OutputLock;

class OutputFile {
 public:
  // Takes the output's lock (one writer per output), then refuses to replace an existing `path`
  // or to discard a kept `path`.partial unless `force`; throws OutputError with the reason.
  OutputFile(std::string path, bool force, const std::string& command_line,
             const std::vector<std::string>& scenario_names);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void add_scenario(const Scenario& s, std::uint64_t seed);
  void append(const Scenario& s, const ReplicationResult& r);
  void write_comparison(const ComparisonTable& table);
  // Marks the file complete and renames it to its final name; unless `force`, refuses to replace
  // a file that appeared at that name during the run.
  void finish();
  // Closes the file as incomplete (it keeps the .partial name); returns that name.
  std::string abandon();

  [[nodiscard]] const std::string& partial_path() const { return partial_; }
  [[nodiscard]] const std::string& final_path() const { return path_; }

 private:
  void create_scenario_group(const Scenario& s, std::uint64_t seed);
  void append_replication(const Scenario& s, const ReplicationResult& r);
  void write_comparison_group(const ComparisonTable& table);
  std::string path_, partial_;
  bool force_ = false;
  std::unique_ptr<OutputLock> lock_;
  long long file_ = -1;
  bool open_ = false;
};

struct FileSummary {
  std::string version, created, command_line;
  bool complete = false;
  int format_version = 0;
  struct Group {
    std::string name;
    long long replications = 0, years = 0, districts = 0, steps_per_year = 0, seed = 0;
    std::vector<std::string> indicators;
  };
  std::vector<Group> scenarios;
  bool has_comparison = false;
};

// Reads what a file holds; throws OutputError for a file that is not a cgsim file.
FileSummary inspect_file(const std::string& path);

}  // namespace cgsim
