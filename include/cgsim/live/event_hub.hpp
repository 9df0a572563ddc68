#pragma once
// Server-sent events: the page subscribes to a channel (an explore session, a game) and receives
// every state published there. Bounded: at most `max_clients` subscriptions at once, and a slow
// client keeps only its latest few messages. close() wakes every waiting client so that the
// server can stop.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace cgsim::live {

class EventHub {
 public:
  struct Subscription {
    std::string channel;
    std::deque<std::string> pending;  // framed SSE messages not yet sent
  };

  explicit EventHub(std::size_t max_clients) : max_clients_(max_clients) {}

  // A new subscription that first receives `first` (a framed message), or nullptr when full or closed.
  std::shared_ptr<Subscription> subscribe(const std::string& channel, const std::string& first);
  void unsubscribe(const std::shared_ptr<Subscription>& s);
  // Sends `event` with `data` (one line of JSON) to every subscriber of `channel`.
  void publish(const std::string& channel, const std::string& event, const std::string& data);
  // The next message for `s`: waits up to `timeout`; "" on timeout, nothing once closed.
  std::optional<std::string> next(Subscription& s, std::chrono::milliseconds timeout);
  void close();
  [[nodiscard]] std::size_t clients() const;

  // "event: NAME\ndata: DATA\n\n" (DATA must not contain a newline: JSON dumps have none).
  static std::string frame(const std::string& event, const std::string& data);

 private:
  static constexpr std::size_t kMaxPending = 4;
  const std::size_t max_clients_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::shared_ptr<Subscription>> subscriptions_;
  bool closed_ = false;
};

}  // namespace cgsim::live
