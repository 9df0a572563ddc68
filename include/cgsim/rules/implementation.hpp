#pragma once
// Submodel 5, implementation. Start of year: each company's spending allocation (its own
// position, or the forum plan to the extent it adheres). Every step: the budget buys deliveries
// at unit cost; beneficiaries are chosen by visibility (elite capture, overlaps between
// companies) unless the coordination unit ranks them by registry-measured need and
// de-duplicates; each delivery raises capabilities through the effect matrix, need match,
// fatigue and partner quality.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <vector>

#include "cgsim/world/delivery_tally.hpp"
#include "cgsim/world/needs_register.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

struct Forum;  // world/forum.hpp

// The year's spending plan, handed from allocate_budgets to the register and the steps.
struct Spending {
  std::vector<Eigen::VectorXd> allocation;  // per company: budget shares over (type x district); empty if not operating
  std::vector<std::uint8_t> coordinated;    // per company: the coordination unit chooses its beneficiaries
  double forum_budget_share = 0;            // share of the CSR budget allocated by the forum plan
  double plan_adherence = 0;                // budget-weighted adherence of the companies at the table
};

// What an award jury sees is the number of programmes and beneficiaries reported: a reporting
// member moves award_countable_tilt x A/(1+A) of its own allocation `own` (type x district) towards
// the same districts' money spread over types in proportion to own share / unit cost, i.e. towards
// cheap deliveries that count (ODD 7.5a). Unchanged without awards (exposed for tests).
Eigen::VectorXd tilt_to_countable(const Parameters& p, const Eigen::VectorXd& own);

// Reads the companies (budgets, membership, activity, reporting), the forum's plan and each
// company's adherence to it, and last year's MSME voice and this year's needs (through each
// company's own position); returns the year's spending plan.
Spending allocate_budgets(const RuleContext& now, const std::vector<Company>& companies, const Forum& forum,
                          double last_voice, const Eigen::MatrixXd& true_needs);

// One step: commits each company's budget share to its cells (`committed`: million IDR per
// company x cell, carried over between steps and years), buys whole deliveries and hands them to
// beneficiaries, down the needs register for coordinated companies. Writes the MSMEs, the
// register's progress, the money left committed and adds the deliveries to the year's tally.
void implement_step(const RuleContext& now, const std::vector<District>& districts,
                    const std::vector<Company>& companies, const Spending& spending, Eigen::MatrixXd& committed,
                    NeedsRegister& needs_register, Msmes& m, DeliveryTally& tally);

// How many whole deliveries `money` buys at `unit_cost` (a hair of tolerance, so that money
// committed in equal parts adds up to a delivery).
inline double whole_deliveries(double money, double unit_cost) {
  return std::max(0.0, std::floor(money / unit_cost + 1e-9));
}
// Share of deliveries made with a partner (university, NGO): the base share plus the civil-society
// seats of a joint-planning forum.
double partner_share(const Parameters& p);
// One delivery of programme type t to MSME i in `year`, added to the tally (exposed for tests).
void deliver(const Parameters& p, int year, std::size_t i, int type, bool partnered, Msmes& m, DeliveryTally& tally);
// Effect of the next delivery of type t on capability k of MSME i, before it happens.
float delivery_gain(const Parameters& p, const Msmes& m, std::size_t i, int type, int k, bool partnered);

// Which delivery a random draw is for: company j's k-th delivery of the step in cell c.
struct DeliveryKey {
  std::uint32_t step, company, delivery;
};
// An uncoordinated company's beneficiary in `district`: an alive MSME drawn with probability
// proportional to exp(elite_capture x visibility), returned as its offset in the district, or
// district.count if none is alive (exposed for tests).
std::size_t draw_visible(const RuleContext& now, const Msmes& m, const District& district, DeliveryKey key);

}  // namespace cgsim
