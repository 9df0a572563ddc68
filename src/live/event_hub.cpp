#include "cgsim/live/event_hub.hpp"

#include <algorithm>

namespace cgsim::live {

std::string EventHub::frame(const std::string& event, const std::string& data) {
  return "event: " + event + "\ndata: " + data + "\n\n";
}

std::shared_ptr<EventHub::Subscription> EventHub::subscribe(const std::string& channel, const std::string& first) {
  std::lock_guard lock(mutex_);
  if (closed_ || subscriptions_.size() >= max_clients_) return nullptr;
  auto s = std::make_shared<Subscription>();
  s->channel = channel;
  s->pending.push_back(first);
  subscriptions_.push_back(s);
  return s;
}

void EventHub::unsubscribe(const std::shared_ptr<Subscription>& s) {
  std::lock_guard lock(mutex_);
  subscriptions_.erase(std::remove(subscriptions_.begin(), subscriptions_.end(), s), subscriptions_.end());
}

void EventHub::publish(const std::string& channel, const std::string& event, const std::string& data) {
  const std::string message = frame(event, data);
  {
    std::lock_guard lock(mutex_);
    for (auto& s : subscriptions_) {
      if (s->channel != channel) continue;
      if (s->pending.size() >= kMaxPending) s->pending.pop_front();  // a slow client skips old states
      s->pending.push_back(message);
    }
  }
  wake_.notify_all();
}

std::optional<std::string> EventHub::next(Subscription& s, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, timeout, [&] { return closed_ || !s.pending.empty(); });
  if (closed_) return std::nullopt;
  if (s.pending.empty()) return std::string();
  std::string message = std::move(s.pending.front());
  s.pending.pop_front();
  return message;
}

void EventHub::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  wake_.notify_all();
}

std::size_t EventHub::clients() const {
  std::lock_guard lock(mutex_);
  return subscriptions_.size();
}

}  // namespace cgsim::live
