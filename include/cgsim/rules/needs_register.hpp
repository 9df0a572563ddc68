#pragma once
// Part of submodel 5: how the coordination unit chooses beneficiaries for the deliveries of the
// companies it coordinates. Once a year it compiles a needs register (world/needs_register.hpp):
// per (type, district), the eligible MSMEs ranked by registry-measured need. Each step it serves
// down the lists, skipping MSMEs served meanwhile, and compiles a list again if it runs out.
#include "cgsim/world/world.hpp"

namespace cgsim {

// After the year's budgets are allocated: the ranked list of every cell where coordinated
// companies will deliver this year, district by district on threads.
void compile_needs_register(World& w);
// Serves `n` deliveries of type t in district d down the register (each partnered with
// probability `partner_share`); returns how many found an eligible MSME.
std::size_t serve_from_register(World& w, int district, int type, std::size_t n, double partner_share);

}  // namespace cgsim
