#include "cgsim/world/msmes.hpp"

namespace cgsim {

void Msmes::resize(std::size_t n) {
  district.resize(n);
  sector.resize(n);
  scale.resize(n);
  for (auto& c : capability) c.resize(n);
  capital.resize(n);
  revenue_year.resize(n);
  trust_company.resize(n);
  trust_government.resize(n);
  fragile_training.resize(n);
  cumulative_benefit.resize(n);
  capability_at_year_start.resize(n);
  association.resize(n, kNoAssociation);
  formal.resize(n);
  alive.resize(n);
  negative_capital_steps.resize(n);
  served_types.resize(n);
  exposure.resize(n * kTypes);
  last_training_year.resize(n, kNever);
  last_mentoring_year.resize(n, kNever);
}

}  // namespace cgsim
