#include "cgsim/scenario/choice.hpp"

namespace cgsim {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '(')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ')')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string_view> split_choice_list(std::string_view list) {
  std::vector<std::string_view> names;
  list = trimmed(list);
  while (!list.empty()) {
    const auto comma = list.find(',');
    names.push_back(trimmed(list.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return names;
}

std::optional<int> choice_index(std::string_view name, const std::vector<std::string_view>& names) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<int>(i);
  return std::nullopt;
}

}  // namespace cgsim
