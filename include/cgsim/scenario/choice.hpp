#pragma once
// Choice parameters as enums: each ENUM row of parameters.def declares `enum class Type` and its
// list of names; the names are read once, when a scenario is loaded, and never compared again.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace cgsim {

// The choices of an enum as written in parameters.def, e.g. "(report_only, joint_planning)".
// Specialised for every choice enum by parameters.hpp.
template <typename E>
inline constexpr std::string_view kChoiceList{};

// "(a, b, c)" -> {"a", "b", "c"}.
std::vector<std::string_view> split_choice_list(std::string_view list);

// The names of E's choices, in declaration order (the enum's values are 0, 1, 2, ...).
template <typename E>
const std::vector<std::string_view>& choice_names() {
  static const std::vector<std::string_view> names = split_choice_list(kChoiceList<E>);
  return names;
}

template <typename E>
std::string_view choice_name(E value) {
  return choice_names<E>().at(static_cast<std::size_t>(value));
}

// The position of `name` among `names`, or nothing.
std::optional<int> choice_index(std::string_view name, const std::vector<std::string_view>& names);

}  // namespace cgsim
