#pragma once
// What the year's deliveries add up to: implementation adds every delivery of every step (and the
// coordination unit's, from its register), measurement reads the sums at the end of the year for
// the flow indicators (duplication, need match, repeat training, spend).
#include <cstddef>
#include <vector>

namespace cgsim {

struct DeliveryTally {
  explicit DeliveryTally(std::size_t districts = 0) : spend_by_district(districts, 0.0) {}

  double deliveries = 0;
  double duplicate_deliveries = 0;  // to an MSME that already had that programme type this year
  double need_match_sum = 0;
  double trainings = 0;
  double repeat_trainings = 0;            // to MSMEs trained recently and not mentored since
  double spend = 0;                       // million IDR
  std::vector<double> spend_by_district;  // million IDR
};

}  // namespace cgsim
