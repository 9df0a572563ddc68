#pragma once
// Part of submodel 5: how the coordination unit chooses beneficiaries for the deliveries of the
// companies it coordinates (ODD 7.5). Once a year it fields its needs survey and compiles a needs
// register (world/needs_register.hpp): per (type, district), the MSMEs it thinks eligible ranked
// by its estimate of need, built only from last year's surveys and the deliveries reported to it.
// Each step it serves down the lists, then MSMEs unknown to it at random. With
// coordination.perfect_information it ranks instead by true need (the informed upper bound).
#include <Eigen/Dense>

#include "cgsim/rules/implementation.hpp"
#include "cgsim/world/delivery_tally.hpp"
#include "cgsim/world/needs_register.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// After the year's budgets are allocated: publishes last year's survey, fields this year's (the
// MSMEs are read only there), and writes the ranked list of every cell where coordinated
// companies will deliver this year (district by district on threads). The register's knowledge
// persists from year to year; its lists are rebuilt.
void compile_needs_register(const RuleContext& now, const std::vector<District>& districts,
                            const std::vector<Company>& companies, const Msmes& m, const Spending& spending,
                            const Eigen::MatrixXd& committed, NeedsRegister& needs_register);
// Whether the perfectly informed unit may serve MSME i type t now: alive, not yet served t this year,
// and not offered a training that would repeat a recent one (the registry remembers trainings).
bool register_eligible(const Msmes& m, std::size_t i, int type, int year);
// Serves `n` deliveries of type t in district d (`district`) down the register (each partnered
// with probability `partner_share`); returns how many found an eligible MSME. Writes the
// register's progress, the MSMEs served and the year's delivery tally.
std::size_t serve_from_register(const RuleContext& now, const District& district, int d, int type, std::size_t n,
                                double partner_share, NeedsRegister& needs_register, Msmes& m, DeliveryTally& tally);

}  // namespace cgsim
