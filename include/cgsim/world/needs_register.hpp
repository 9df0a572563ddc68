#pragma once
// The coordination unit's needs register. What the unit knows, kept from year to year: for every
// MSME its needs surveys reached, the capabilities it measured (with error) and when, and for
// every MSME it has served, the deliveries it was told about. From that knowledge, once a year
// after the budgets are allocated (rules/needs_register.cpp), it ranks per (type, district) cell
// the MSMEs it would serve, best first, and tracks how far down each list it has got.
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "cgsim/world/msmes.hpp"

namespace cgsim {

// What the unit knows of one MSME.
struct UnitRecord {
  // The published survey (usable now) and the one fielded this year (published next year).
  std::array<float, kCapabilities> estimate{};
  std::array<float, kCapabilities> pending{};
  std::int16_t estimate_year = -1;  // year the published survey was fielded; -1 = never surveyed
  std::int16_t pending_year = -1;
  std::uint8_t sector = 0;
  // The deliveries the unit made or was told about.
  std::uint8_t served_types = 0;  // types served in served_year
  std::int16_t served_year = -1;
  std::int16_t last_training_year = -1000;
  std::int16_t last_mentoring_year = -1000;
};

struct NeedsRegister {
  // This year's lists.
  std::vector<std::vector<std::uint32_t>> ranked;  // per cell: MSME indices, best first
  std::vector<std::size_t> next;                   // per cell: first entry not yet taken
  std::vector<std::uint32_t> random_draws;         // per cell: draws made among unknown MSMEs
  // The unit's knowledge, per district: MSME index -> record (kept across years).
  std::vector<std::unordered_map<std::uint32_t, UnitRecord>> known;
  std::size_t surveyed_this_year = 0;
};

}  // namespace cgsim
