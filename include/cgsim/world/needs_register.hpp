#pragma once
// The coordination unit's needs register: for the current year, per (type, district) cell, the
// MSMEs it would serve in order, best first, and how far down each list it has got. Compiled once
// a year, after the budgets are allocated (rules/needs_register.cpp), from registry-measured
// needs, the way an annual needs survey feeds a CSR information system.
#include <cstdint>
#include <vector>

namespace cgsim {

struct NeedsRegister {
  std::vector<std::vector<std::uint32_t>> ranked;  // per cell: MSME indices, best first
  std::vector<std::size_t> next;                   // per cell: first entry not yet taken
};

}  // namespace cgsim
