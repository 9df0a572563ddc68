#pragma once
// A calibration targets file (scenarios/data/targets.yaml): the observed facts a baseline should
// reproduce, each with its uncertainty and the output it is compared with. analysis/targets.py
// does the comparison; here the file is checked with located errors, so that `cgsim validate`
// can check every YAML file under scenarios/ as what it is.
#include <string>
#include <vector>

#include "cgsim/scenario/diagnostics.hpp"

namespace cgsim {

struct TargetsCheck {
  std::size_t targets = 0;  // entries read
  Diagnostics errors;       // the file is unusable when not empty
  Diagnostics warnings;     // e.g. compared with an output cgsim does not write (reported as missing)
};

// Whether a YAML file is a targets file: it has a top-level `targets:`. False for unreadable files.
bool is_targets_file(const std::string& path);
// Checks every entry: a name; `observed` with `sd` >= 0, or `interval: [low, high]` with
// low <= high; `kind` behaviour or input; exactly one of `compare_with` (an indicator, checked
// against `indicators`) and `derived`; `years` all or final.
TargetsCheck check_targets_file(const std::string& path, const std::vector<std::string>& indicators);

}  // namespace cgsim
