#include "cgsim/live/session_table.hpp"

#include <random>

namespace cgsim::live {

std::string random_token(std::size_t length) {
  static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";  // no 0/o, 1/l look-alikes
  thread_local std::random_device source;
  std::string out;
  for (std::size_t k = 0; k < length; ++k) out += kAlphabet[source() % (sizeof(kAlphabet) - 1)];
  return out;
}

bool token_shaped(const std::string& id) {
  if (id.empty() || id.size() > 40) return false;
  for (const char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

}  // namespace cgsim::live
