#include "cgsim/scenario/default_companies.hpp"

namespace cgsim {

std::vector<CompanySpec> default_named_companies() {
  // Order of preferences: training, mentoring, capital, equipment, market, legal, circular.
  return {
      // PTBA: Rp 60 bn CSR disbursed to Aug 2020, Rp 7.6 bn of it revolving loans with coaching
      // [V PT Bukit Asam news release 2020, docs/sources.md]; Rumah BUMN: entrepreneurship
      // training, mentoring, market access,
      // legality (paper). Head office and mine in Lawang Kidul [V]; neighbouring districts [E].
      // Political weight: its director chaired the forum (2017) [V]; the factor 3 is [A].
      {"PTBA", 40.0, {"Lawang Kidul", "Muara Enim", "Tanjung Agung"}, {0.35, 0.15, 0.20, 0.05, 0.15, 0.05, 0.05}, 3.0},
      // PAMA: training in agri-food processing and production equipment (paper); budget unknown
      // [V: absence], Rp 10 bn is [E]; Tanjung Enim job site in Lawang Kidul [V].
      {"PAMA", 10.0, {"Lawang Kidul", "Muara Enim"}, {0.50, 0.05, 0.00, 0.35, 0.05, 0.00, 0.05}, 1.5},
      // MME: SCRUFIT circular-economy craft, shown at Sumsel Expo (paper); budget [E]; operating
      // districts [E].
      {"MME", 5.0, {"Lawang Kidul", "Tanjung Agung"}, {0.25, 0.05, 0.00, 0.05, 0.20, 0.00, 0.45}, 1.0},
  };
}

}  // namespace cgsim
