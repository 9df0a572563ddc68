#include "cgsim/world/msmes.hpp"

namespace cgsim {

void Msmes::resize(std::size_t n) {
#define CGSIM_MSME_RESIZE(type, name, fresh, per_msme) name.resize(n*(per_msme), static_cast<type>(fresh));
  CGSIM_MSME_ARRAYS(CGSIM_MSME_RESIZE)
#undef CGSIM_MSME_RESIZE
  for (auto& c : capability) c.resize(n);
}

}  // namespace cgsim
