#pragma once
// Money units: MSME-level figures are in million IDR (revenues, programme unit costs, MSME CSR
// budgets), company- and public-level figures in billion IDR (CSR budgets, costs, sanctions).
// Every conversion between the two goes through these functions.

namespace cgsim {

inline constexpr double kMillionIdrPerBillion = 1000.0;

constexpr double billion_from_million_idr(double million_idr) { return million_idr / kMillionIdrPerBillion; }
constexpr double million_from_billion_idr(double billion_idr) { return billion_idr * kMillionIdrPerBillion; }

}  // namespace cgsim
