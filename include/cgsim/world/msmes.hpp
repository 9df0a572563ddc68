#pragma once
// MSMEs (UMKM) as a struct of arrays: one contiguous array per attribute, so that the per-step
// loops stream through memory and tens of millions of firms fit in RAM. MSMEs are stored in
// district order: district d owns the index range [District::first, District::first + count).
#include <array>
#include <cstdint>
#include <vector>

#include "cgsim/core/types.hpp"

namespace cgsim {

inline constexpr std::uint16_t kNoAssociation = 0xFFFF;
inline constexpr std::int16_t kNever = -1000;  // "no such year" for training/mentoring history

// The per-MSME attributes, listed once: X(element type, name, value of a fresh slot, values per
// MSME). The struct's arrays, resize() and for_each_array() (e.g. memory accounting) follow from
// this list; the five capability arrays are the `capability` member below.
#define CGSIM_MSME_ARRAYS(X)                                                                                \
  X(std::uint16_t, district, 0, 1)                 /* district index */                                     \
  X(std::uint8_t, sector, 0, 1)                    /* index into kSectorNames */                            \
  X(std::uint8_t, scale, 0, 1)                     /* index into kScaleNames */                             \
  X(float, capital, 0, 1)                          /* million IDR */                                        \
  X(float, revenue_year, 0, 1)                     /* million IDR earned so far this year */                \
  X(float, trust_company, 0, 1)                    /* [0, 1] */                                             \
  X(float, trust_government, 0, 1)                 /* [0, 1] */                                             \
  X(float, fragile_training, 0, 1)                 /* training gain not yet consolidated by mentoring */    \
  X(float, cumulative_benefit, 0, 1)               /* million IDR of programmes received since the start */ \
  X(float, capability_at_year_start, 0, 1)         /* sum over K; negative = entered this year */           \
  X(std::uint16_t, association, kNoAssociation, 1) /* association id (= district) or kNoAssociation */      \
  X(std::uint8_t, formal, 0, 1)                    /* holds an NIB */                                       \
  X(std::uint8_t, alive, 0, 1)                                                                              \
  X(std::uint8_t, negative_capital_steps, 0, 1)                                                             \
  X(std::uint8_t, served_types, 0, 1)   /* bit t: received programme type t this year */                    \
  X(std::uint8_t, reported_types, 0, 1) /* bit t: type t received this year from a reporting company */     \
  X(std::uint8_t, exposure, 0, kTypes)  /* [i * kTypes + t]: recent deliveries of type t (fatigue) */       \
  X(std::int16_t, last_training_year, kNever, 1)                                                            \
  X(std::int16_t, last_mentoring_year, kNever, 1)

struct Msmes {
#define CGSIM_MSME_DECLARE(type, name, fresh, per_msme) std::vector<type> name;
  CGSIM_MSME_ARRAYS(CGSIM_MSME_DECLARE)
#undef CGSIM_MSME_DECLARE
  std::array<std::vector<float>, kCapabilities> capability;  // each in [0, 1]

  [[nodiscard]] std::size_t size() const { return district.size(); }
  void resize(std::size_t n);
  // Calls f(array, values per MSME) for every per-MSME array, capabilities included.
  template <typename F>
  void for_each_array(F&& f) const {
#define CGSIM_MSME_VISIT(type, name, fresh, per_msme) f(name, std::size_t{per_msme});
    CGSIM_MSME_ARRAYS(CGSIM_MSME_VISIT)
#undef CGSIM_MSME_VISIT
    for (const auto& c : capability) f(c, std::size_t{1});
  }
  [[nodiscard]] float capability_sum(std::size_t i) const {
    float s = 0;
    for (int k = 0; k < kCapabilities; ++k) s += capability[k][i];
    return s;
  }
};

}  // namespace cgsim
