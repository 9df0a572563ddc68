#pragma once
// What one request, one session and the whole server may cost: every request is untrusted, so
// interactive runs are capped and the number of sessions and live connections is bounded.
#include <cstddef>
#include <cstdint>

namespace cgsim::live {

struct Limits {
  std::size_t max_body_bytes = 64 * 1024;  // a request body larger than this gets 413
  int max_json_depth = 8;                  // nesting deeper than this gets 400
  std::int64_t max_msmes = 45000;          // interactive runs: population cap (the default regency: 45000)
  std::int64_t max_other_companies = 200;  // interactive runs: cap on the generated companies
  int max_years = 15;                      // interactive runs: simulated years
  int replications = 3;                    // replications behind each band
  int max_seats = 8;                       // MSME / civil society seats the class may add
  std::size_t max_sessions = 32;           // explore sessions alive at once (about 26 MiB each at 45000 MSMEs)
  std::size_t max_games = 6;               // play-mode games alive at once
  std::size_t max_players_per_game = 12;   // students joined to one game
  std::size_t max_event_clients = 96;      // server-sent-event connections at once
  double session_idle_seconds = 30 * 60;   // an idle session may make room for a new one after this long
};

}  // namespace cgsim::live
