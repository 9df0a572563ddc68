#include "cgsim/scenario/scenario.hpp"

#include "cgsim/scenario/value_parsing.hpp"

namespace cgsim {

Parameters Scenario::parameters_in_year(int year) const {
  Parameters p = parameters;
  for (const auto& change : schedule)
    if (change.year <= year) apply_change(change, p);
  return p;
}

}  // namespace cgsim
