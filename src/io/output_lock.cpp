#include "cgsim/io/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "cgsim/io/hdf5_file.hpp"

namespace cgsim {
namespace {

std::string read_pid(int fd) {
  char buffer[32] = {0};
  const auto n = pread(fd, buffer, sizeof buffer - 1, 0);
  std::string pid(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "unknown" : pid;
}

// True if `fd` is still the file named `path` (a finishing writer unlinks its lock file; a lock
// taken on that unlinked file would lock nothing).
bool still_named(int fd, const std::string& path) {
  struct stat open_file {
  }, named{};
  if (fstat(fd, &open_file) != 0 || lstat(path.c_str(), &named) != 0) return false;
  return open_file.st_dev == named.st_dev && open_file.st_ino == named.st_ino;
}

}  // namespace

std::optional<std::string> current_writer(const std::string& output) {
  const int fd = open(OutputLock::lock_path(output).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> writer;
  if (flock(fd, LOCK_SH | LOCK_NB) != 0)
    writer = read_pid(fd);
  else
    flock(fd, LOCK_UN);
  close(fd);
  return writer;
}

OutputLock::OutputLock(const std::string& output) : path_(lock_path(output)) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    // O_NOFOLLOW: a lock file planted as a symlink is refused, never written through.
    const int fd = open(path_.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
      throw OutputError(path_ + ": cannot create the lock file for " + output + " (" + std::strerror(errno) + ")");
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const auto pid = read_pid(fd);
      close(fd);
      throw OutputError("another cgsim is writing " + output + " (pid " + pid + "); wait for it or choose another -o");
    }
    if (!still_named(fd, path_)) {
      close(fd);
      continue;
    }
    const auto pid = std::to_string(getpid()) + "\n";
    if (ftruncate(fd, 0) != 0 || pwrite(fd, pid.data(), pid.size(), 0) < 0) {
      // The lock holds without the pid; the message then says "pid unknown".
    }
    fd_ = fd;
    return;
  }
  throw OutputError(path_ + ": cannot take the lock for " + output + " (the lock file keeps being replaced)");
}

OutputLock::~OutputLock() { release(); }

void OutputLock::release() {
  if (fd_ < 0) return;
  unlink(path_.c_str());  // before closing: nobody can lock the file we are about to drop
  close(fd_);
  fd_ = -1;
}

}  // namespace cgsim
