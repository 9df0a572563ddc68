#include "cgsim/scenario/parameter_table.hpp"

#include <fmt/format.h>

namespace cgsim {
namespace {

// Element names of a vector parameter (sector and capability vectors have the same size).
std::span<const std::string_view> labels_of(std::size_t size, bool sector) {
  if (size == kTypes) return kTypeNames;
  if (size == kScales) return kScaleNames;
  return sector ? std::span<const std::string_view>(kSectorNames) : std::span<const std::string_view>(kCapabilityNames);
}

std::vector<ParamSpec> build_table() {
  std::vector<ParamSpec> t;
  // Sector vectors and capability vectors share a C++ type; the axis name tells them apart.
#define REAL(f, path, def, lo, hi, unit, prov, desc) \
  t.push_back({path, ParamKind::real, &Parameters::f, lo, hi, {}, {}, false, unit, prov, desc});
#define INT(f, path, def, lo, hi, unit, prov, desc) \
  t.push_back({path, ParamKind::integer, &Parameters::f, lo, hi, {}, {}, false, unit, prov, desc});
#define BOOL(f, path, def, prov, desc) \
  t.push_back({path, ParamKind::boolean, &Parameters::f, 0, 1, {}, {}, false, "true/false", prov, desc});
#define ENUM(f, path, def, choices, prov, desc) \
  t.push_back({path, ParamKind::choice, &Parameters::f, 0, 0, choices, {}, false, "choice", prov, desc});
#define TEXT(f, path, def, prov, desc) \
  t.push_back({path, ParamKind::text, &Parameters::f, 0, 0, {}, {}, false, "path", prov, desc});
#define VEC(f, path, axis, def, lo, hi, sums, unit, prov, desc)                              \
  t.push_back({path,                                                                         \
               ParamKind::vector,                                                            \
               &Parameters::f,                                                               \
               lo,                                                                           \
               hi,                                                                           \
               {},                                                                           \
               labels_of(std::tuple_size_v<axis##Vec>, std::string_view(#axis) == "Sector"), \
               sums,                                                                         \
               unit,                                                                         \
               prov,                                                                         \
               desc});
#include "cgsim/scenario/parameters.def"
#undef REAL
#undef INT
#undef BOOL
#undef ENUM
#undef TEXT
#undef VEC
  return t;
}

std::string format_number(double v) { return fmt::format("{}", v); }

}  // namespace

Parameters default_parameters() {
  Parameters p;
#define REAL(f, path, def, ...) p.f = def;
#define INT(f, path, def, ...) p.f = def;
#define BOOL(f, path, def, ...) p.f = def;
#define ENUM(f, path, def, ...) p.f = def;
#define TEXT(f, path, def, ...) p.f = def;
#define VEC(f, path, axis, def, ...) p.f = axis##Vec def;
#include "cgsim/scenario/parameters.def"
#undef REAL
#undef INT
#undef BOOL
#undef ENUM
#undef TEXT
#undef VEC
  return p;
}

const CapVec& effect_row(const Parameters& p, int type) {
  static constexpr CapVec Parameters::*rows[kTypes] = {&Parameters::effect_training, &Parameters::effect_mentoring,
                                                       &Parameters::effect_capital,  &Parameters::effect_equipment,
                                                       &Parameters::effect_market,   &Parameters::effect_legal,
                                                       &Parameters::effect_circular};
  return p.*rows[type];
}

const CapVec& need_weights(const Parameters& p, int sector) {
  static constexpr CapVec Parameters::*rows[kSectors] = {
      &Parameters::need_weight_agribusiness, &Parameters::need_weight_food_processing, &Parameters::need_weight_craft,
      &Parameters::need_weight_trade, &Parameters::need_weight_services};
  return p.*rows[sector];
}

const std::vector<ParamSpec>& parameter_table() {
  static const std::vector<ParamSpec> table = build_table();
  return table;
}

const ParamSpec* find_parameter(std::string_view path) {
  for (const auto& spec : parameter_table())
    if (spec.path == path) return &spec;
  return nullptr;
}

std::vector<std::string_view> split_choices(std::string_view choices) {
  std::vector<std::string_view> out;
  while (!choices.empty()) {
    const auto bar = choices.find('|');
    out.push_back(choices.substr(0, bar));
    if (bar == std::string_view::npos) break;
    choices.remove_prefix(bar + 1);
  }
  return out;
}

std::string value_text(const ParamSpec& spec, const Parameters& p) {
  return std::visit(
      [&](auto member) -> std::string {
        const auto& v = p.*member;
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool>)
          return v ? "true" : "false";
        else if constexpr (std::is_same_v<V, std::string>)
          return v.empty() ? "\"\"" : v;
        else if constexpr (std::is_same_v<V, double>)
          return format_number(v);
        else if constexpr (std::is_same_v<V, std::int64_t>)
          return fmt::format("{}", v);
        else {
          std::string s = "{";
          for (std::size_t i = 0; i < v.size(); ++i)
            s += fmt::format("{}{}: {}", i ? ", " : "", spec.labels[i], format_number(v[i]));
          return s + "}";
        }
      },
      spec.field);
}

}  // namespace cgsim
