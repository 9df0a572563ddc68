#pragma once
// Internal to io/: an HDF5 handle closed when it goes out of scope, the check that turns a
// failed HDF5 call into an OutputError naming what could not be done, and the creation time
// both files record. Shared by the run/compare
// file (hdf5_file.cpp) and the experiment file (experiment_file.cpp).
#include <hdf5.h>

#include <ctime>
#include <string>

#include "cgsim/io/hdf5_file.hpp"

namespace cgsim::detail {

struct Handle {
  hid_t id;
  herr_t (*close)(hid_t);
  Handle(hid_t i, herr_t (*c)(hid_t), const std::string& what) : id(i), close(c) {
    if (id < 0) throw OutputError("HDF5: cannot " + what);
  }
  ~Handle() {
    if (id >= 0) close(id);
  }
  Handle(const Handle&) = delete;
  operator hid_t() const { return id; }
};

inline void check(herr_t status, const std::string& what) {
  if (status < 0) throw OutputError("HDF5: cannot " + what);
}

// Now, in UTC, ISO 8601 to the second (the files' `created_utc` attribute).
inline std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace cgsim::detail
