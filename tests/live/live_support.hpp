#pragma once
// Shared pieces of the live view's tests: small interactive limits (fast under sanitizers) and
// the shipped scenarios of this source tree.
#include <nlohmann/json.hpp>
#include <string>

#include "cgsim/live/json_api.hpp"

namespace cgsim::test {

inline live::Limits small_limits() {
  live::Limits l;
  l.max_msmes = 1500;
  l.max_other_companies = 10;
  l.max_years = 3;
  l.replications = 2;
  l.max_sessions = 3;
  l.max_games = 2;
  l.max_event_clients = 4;
  return l;
}

inline std::string shipped_dir() { return std::string(CGSIM_SOURCE_DIR) + "/scenarios"; }

// The reply's JSON body (fails the test if it is not JSON).
inline nlohmann::json body_of(const live::ApiReply& r) {
  INFO(r.body);
  return nlohmann::json::parse(r.body);
}

}  // namespace cgsim::test
