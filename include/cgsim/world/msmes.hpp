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

struct Msmes {
  std::vector<std::uint16_t> district;
  std::vector<std::uint8_t> sector;
  std::vector<std::uint8_t> scale;
  std::array<std::vector<float>, kCapabilities> capability;  // each in [0, 1]
  std::vector<float> capital;                                // million IDR
  std::vector<float> revenue_year;                           // million IDR earned so far this year
  std::vector<float> trust_company;                          // [0, 1]
  std::vector<float> trust_government;                       // [0, 1]
  std::vector<float> fragile_training;          // training gain not yet consolidated by mentoring (capability points)
  std::vector<float> cumulative_benefit;        // million IDR of programmes received since the start
  std::vector<float> capability_at_year_start;  // sum over K; negative = entered this year
  std::vector<std::uint16_t> association;       // association id (= district) or kNoAssociation
  std::vector<std::uint8_t> formal;             // holds an NIB
  std::vector<std::uint8_t> alive;
  std::vector<std::uint8_t> negative_capital_steps;
  std::vector<std::uint8_t> served_types;  // bit t: received programme type t this year
  std::vector<std::uint8_t> exposure;      // [i * kTypes + t]: recent deliveries of type t (fatigue)
  std::vector<std::int16_t> last_training_year;
  std::vector<std::int16_t> last_mentoring_year;

  [[nodiscard]] std::size_t size() const { return district.size(); }
  void resize(std::size_t n);
  [[nodiscard]] float capability_sum(std::size_t i) const {
    float s = 0;
    for (int k = 0; k < kCapabilities; ++k) s += capability[k][i];
    return s;
  }
};

}  // namespace cgsim
