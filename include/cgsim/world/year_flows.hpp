#pragma once
// What happened during the current year (reset at its start): the raw counts behind the
// flow indicators (reach, duplication, need match, spend ...).
#include <vector>

namespace cgsim {

struct YearFlows {
  double deliveries = 0;
  double duplicate_deliveries = 0;
  double need_match_sum = 0;
  double trainings = 0;
  double repeat_trainings = 0;
  double spend = 0;                       // million IDR
  double forum_budget_share = 0;          // share of the CSR budget allocated by a forum plan
  std::vector<double> spend_by_district;  // million IDR
  double evaluation_feedback = 0;         // share of budget whose programme mix the evaluation changed
  double plan_adherence = 0;
  double voice_norm = 0;  // MSME voice relative to its fair share, in [0, 1]

  void reset(std::size_t districts) {
    *this = YearFlows{};
    spend_by_district.assign(districts, 0.0);
  }
};

}  // namespace cgsim
