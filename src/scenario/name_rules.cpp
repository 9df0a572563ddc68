#include "cgsim/scenario/name_rules.hpp"

#include <cstdint>

namespace cgsim {

bool valid_utf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    std::uint32_t code = 0, minimum = 0;
    if ((c & 0xE0) == 0xC0) {
      length = 2, code = c & 0x1F, minimum = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, code = c & 0x0F, minimum = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, code = c & 0x07, minimum = 0x10000;
    } else {
      return false;
    }
    if (i + length > n) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      code = (code << 6) | (s[i + k] & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

std::string name_problem(const std::string& name) {
  if (name.empty()) return "is empty";
  if (!valid_utf8(name)) return "is not valid UTF-8 (save the file as UTF-8)";
  for (const unsigned char c : name)
    if (c < 0x20 || c == 0x7F) return "contains a control character";
  const auto space = [](unsigned char c) { return c == ' ' || c == '\t'; };
  if (space(static_cast<unsigned char>(name.front())) || space(static_cast<unsigned char>(name.back())))
    return "starts or ends with a space";
  return "";
}

}  // namespace cgsim
