#pragma once
#include <string>
#include <vector>

#include "cgsim/core/types.hpp"

namespace cgsim {

struct Company {
  std::string name;
  double msme_budget = 0;  // this year's MSME budget, million IDR (at build: the base budget; decided yearly, ODD 7.1)
  std::vector<int> districts;  // operating districts
  ByType preferences{};        // preferred programme mix (learns in impact evaluation)
  double political_weight = 1;
  double power = 0;             // budget share x political weight
  double base_msme_budget = 0;  // million IDR per year for MSME programmes at the base share (0: not operating)
  // Yearly state.
  bool member = false;
  bool active = false;     // takes part in planning
  bool reporting = false;  // reports programmes to the registry
  double reputation = 0;
  double commitment = 0;   // mean trust in the other stakeholders
  bool complying = false;  // meets the obligations in force (false when none are in force)
  double fine = 0;         // billion IDR paid this year (audited and not complying)
  [[nodiscard]] bool operating() const { return base_msme_budget > 0; }
};

}  // namespace cgsim
