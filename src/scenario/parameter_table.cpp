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
#define REAL(f, path, when, def, lo, hi, unit, prov, desc) \
  t.push_back({path, ParamKind::real, &Parameters::f, lo, hi, {}, {}, false, unit, prov, desc, Scheduling::when});
#define INT(f, path, when, def, lo, hi, unit, prov, desc) \
  t.push_back({path, ParamKind::integer, &Parameters::f, lo, hi, {}, {}, false, unit, prov, desc, Scheduling::when});
#define BOOL(f, path, when, def, prov, desc) \
  t.push_back(                               \
      {path, ParamKind::boolean, &Parameters::f, 0, 1, {}, {}, false, "true/false", prov, desc, Scheduling::when});
#define ENUM(f, path, when, Type, def, choices, prov, desc)                           \
  t.push_back({path,                                                                  \
               ParamKind::choice,                                                     \
               ChoiceField{[](const Parameters& p) { return static_cast<int>(p.f); }, \
                           [](Parameters& p, int v) { p.f = static_cast<Type>(v); }}, \
               0,                                                                     \
               0,                                                                     \
               choice_names<Type>(),                                                  \
               {},                                                                    \
               false,                                                                 \
               "choice",                                                              \
               prov,                                                                  \
               desc,                                                                  \
               Scheduling::when});
#define TEXT(f, path, when, def, prov, desc) \
  t.push_back({path, ParamKind::text, &Parameters::f, 0, 0, {}, {}, false, "path", prov, desc, Scheduling::when});
#define VEC(f, path, when, axis, def, lo, hi, sums, unit, prov, desc)                        \
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
               desc,                                                                         \
               Scheduling::when});
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
#define REAL(f, path, when, def, ...) p.f = def;
#define INT(f, path, when, def, ...) p.f = def;
#define BOOL(f, path, when, def, ...) p.f = def;
#define ENUM(f, path, when, Type, def, ...) p.f = Type::def;
#define TEXT(f, path, when, def, ...) p.f = def;
#define VEC(f, path, when, axis, def, ...) p.f = axis##Vec def;
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

ParamValue read_value(const ParamSpec& spec, const Parameters& p) {
  return std::visit(
      [&](auto member) -> ParamValue {
        if constexpr (std::is_same_v<decltype(member), ChoiceField>)
          return ChoiceValue{member.get(p)};
        else
          return p.*member;
      },
      spec.field);
}

void write_value(const ParamSpec& spec, const ParamValue& value, Parameters& p) {
  std::visit(
      [&](auto member) {
        if constexpr (std::is_same_v<decltype(member), ChoiceField>) {
          member.set(p, std::get<ChoiceValue>(value).index);
        } else {
          auto& target = p.*member;
          target = std::get<std::decay_t<decltype(target)>>(value);
        }
      },
      spec.field);
}

std::string value_text(const ParamSpec& spec, const Parameters& p) {
  return std::visit(
      [&](const auto& v) -> std::string {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool>)
          return v ? "true" : "false";
        else if constexpr (std::is_same_v<V, ChoiceValue>)
          return std::string(spec.choices[static_cast<std::size_t>(v.index)]);
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
      read_value(spec, p));
}

}  // namespace cgsim
