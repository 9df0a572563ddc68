#pragma once
// The fixed vocabularies of the model: programme types, capability dimensions, sectors, scales.
#include <array>
#include <cstdint>
#include <string_view>

namespace cgsim {

inline constexpr int kTypes = 7;         // programme types (docs/ODD.md, programme types)
inline constexpr int kCapabilities = 5;  // capability dimensions K
inline constexpr int kSectors = 5;
inline constexpr int kScales = 3;

enum class ProgrammeType : std::uint8_t { training, mentoring, capital, equipment, market, legal, circular };
enum class Capability : std::uint8_t { production, management, market, legal, finance };

inline constexpr std::array<std::string_view, kTypes> kTypeNames = {"training", "mentoring", "capital", "equipment",
                                                                    "market",   "legal",     "circular"};
inline constexpr std::array<std::string_view, kCapabilities> kCapabilityNames = {"production", "management", "market",
                                                                                 "legal", "finance"};
inline constexpr std::array<std::string_view, kSectors> kSectorNames = {"agribusiness", "food_processing", "craft",
                                                                        "trade", "services"};
inline constexpr std::array<std::string_view, kScales> kScaleNames = {"micro", "small", "medium"};

inline constexpr int kTraining = static_cast<int>(ProgrammeType::training);
inline constexpr int kMentoring = static_cast<int>(ProgrammeType::mentoring);
inline constexpr int kCapital = static_cast<int>(ProgrammeType::capital);
inline constexpr int kLegalCapability = static_cast<int>(Capability::legal);

using ByType = std::array<double, kTypes>;
using ByCapability = std::array<double, kCapabilities>;
using BySector = std::array<double, kSectors>;
using ByScale = std::array<double, kScales>;

}  // namespace cgsim
