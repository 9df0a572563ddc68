#pragma once
// Sessions by unguessable id, at most `capacity` at once: when full, sessions idle for longer
// than the idle limit make room; otherwise a new one is refused (429).
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "cgsim/live/request_error.hpp"

namespace cgsim::live {

// `length` characters of [a-z0-9] from the system's random source.
std::string random_token(std::size_t length);
// Does `id` look like a token (1..40 of [a-z0-9])? Anything else is refused before any lookup.
bool token_shaped(const std::string& id);

template <typename T>
class SessionTable {
 public:
  SessionTable(std::size_t capacity, double idle_seconds) : capacity_(capacity), idle_(idle_seconds) {}

  std::string add(std::shared_ptr<T> session, std::size_t id_length = 16) {
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    for (auto it = entries_.begin(); it != entries_.end() && entries_.size() >= capacity_;)
      it = std::chrono::duration<double>(now - it->second.last_used).count() > idle_ ? entries_.erase(it) : ++it;
    if (entries_.size() >= capacity_)
      throw RequestError(429, "the server already holds its maximum number of sessions; try again later");
    std::string id;
    do id = random_token(id_length);
    while (entries_.count(id));
    entries_[id] = {std::move(session), now};
    return id;
  }

  std::shared_ptr<T> find(const std::string& id) {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(id);
    if (it == entries_.end()) return nullptr;
    it->second.last_used = Clock::now();
    return it->second.session;
  }

  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
  }

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    std::shared_ptr<T> session;
    Clock::time_point last_used;
  };
  const std::size_t capacity_;
  const double idle_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace cgsim::live
