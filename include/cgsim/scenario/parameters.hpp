#pragma once
// Parameters: the typed values of every model parameter, one field per row of parameters.def.
// A scenario is read once into this struct; rules read fields, never YAML.
#include <cstdint>
#include <string>

#include "cgsim/core/types.hpp"

namespace cgsim {

using TypeVec = ByType;
using CapVec = ByCapability;
using SectorVec = BySector;
using ScaleVec = ByScale;

struct Parameters {
#define REAL(f, ...) double f;
#define INT(f, ...) std::int64_t f;
#define BOOL(f, ...) bool f;
#define ENUM(f, ...) std::string f;
#define TEXT(f, ...) std::string f;
#define VEC(f, path, axis, ...) axis##Vec f;
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
