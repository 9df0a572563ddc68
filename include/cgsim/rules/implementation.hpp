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

#include "cgsim/world/world.hpp"

namespace cgsim {

void allocate_budgets(World& w, const Eigen::MatrixXd& true_needs);
void implement_step(World& w);
// How many whole deliveries `money` buys at `unit_cost` (a hair of tolerance, so that money
// committed in equal parts adds up to a delivery).
inline double whole_deliveries(double money, double unit_cost) {
  return std::max(0.0, std::floor(money / unit_cost + 1e-9));
}
// One delivery of programme type t to MSME i (exposed for tests).
void deliver(World& w, std::size_t i, int type, bool partnered);
// Effect of the next delivery of type t on capability k of MSME i, before it happens.
float delivery_gain(const World& w, std::size_t i, int type, int k, bool partnered);

// Which delivery a random draw is for: company j's k-th delivery of the step in cell c.
struct DeliveryKey {
  std::uint32_t step, company, delivery;
};
// An uncoordinated company's beneficiary in `district`: an alive MSME drawn with probability
// proportional to exp(elite_capture x visibility), returned as its offset in the district, or
// district.count if none is alive (exposed for tests).
std::size_t draw_visible(const World& w, const District& district, DeliveryKey key);

}  // namespace cgsim
