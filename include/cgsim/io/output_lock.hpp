#pragma once
// One writer per output file: an exclusive flock(2) on OUT.lock next to the output, holding the
// writer's process id. The kernel drops the lock when the process ends, however it ends, so a
// killed run never blocks the next one.
#include <optional>
#include <string>

namespace cgsim {

// The pid of the cgsim now writing `output` (or "unknown"), or nothing if none is.
std::optional<std::string> current_writer(const std::string& output);

class OutputLock {
 public:
  // Takes the lock for `output` at once or throws OutputError
  // "another cgsim is writing OUT (pid N)".
  explicit OutputLock(const std::string& output);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  // Removes the lock file and drops the lock (also done by the destructor).
  void release();

  [[nodiscard]] static std::string lock_path(const std::string& output) { return output + ".lock"; }

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace cgsim
