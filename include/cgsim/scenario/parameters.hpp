#pragma once
// Parameters: the typed values of every model parameter, one field per row of parameters.def.
// A scenario is read once into this struct; rules read fields, never YAML.
#include <cstdint>
#include <string>

#include "cgsim/core/types.hpp"
#include "cgsim/scenario/choice.hpp"

namespace cgsim {

using TypeVec = ByType;
using CapVec = ByCapability;
using SectorVec = BySector;
using ScaleVec = ByScale;

// One enum per choice parameter, e.g. enum class DecisionRule { unilateral, weighted_majority, ... }.
#define CGSIM_CHOICES(...) __VA_ARGS__
#define REAL(...)
#define INT(...)
#define BOOL(...)
#define TEXT(...)
#define VEC(...)
#define ENUM(f, path, when, Type, def, choices, ...)        \
  enum class Type : std::uint8_t { CGSIM_CHOICES choices }; \
  template <>                                               \
  inline constexpr std::string_view kChoiceList<Type> = #choices;
#include "cgsim/scenario/parameters.def"
#undef REAL
#undef INT
#undef BOOL
#undef ENUM
#undef TEXT
#undef VEC
#undef CGSIM_CHOICES

struct Parameters {
#define REAL(f, ...) double f;
#define INT(f, ...) std::int64_t f;
#define BOOL(f, ...) bool f;
#define ENUM(f, path, when, Type, ...) Type f;
#define TEXT(f, ...) std::string f;
#define VEC(f, path, when, axis, ...) axis##Vec f;
#include "cgsim/scenario/parameters.def"
#undef REAL
#undef INT
#undef BOOL
#undef ENUM
#undef TEXT
#undef VEC
};

// Every field at its documented default.
Parameters default_parameters();

// Effect matrix row of a programme type (a view into the effect_<type> fields).
const CapVec& effect_row(const Parameters& p, int type);
// Sector need weights (a view into the need_weight_<sector> fields).
const CapVec& need_weights(const Parameters& p, int sector);

}  // namespace cgsim
