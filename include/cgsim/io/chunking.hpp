#pragma once
// HDF5 chunk shapes of the output's datasets, chosen in one place with bounds.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace cgsim {

inline constexpr std::uint64_t kChunkTargetBytes = 64 * 1024;  // aim: big enough to compress well
inline constexpr std::uint64_t kChunkMaxBytes = 1024 * 1024;   // the default chunk cache per dataset
inline constexpr std::uint64_t kChunkMaxRows = 1024;           // replications per chunk

// Chunk shape of a dataset extendible along its first (replication) axis with `shape` (the first
// entry is ignored): whole rows (every year, every district) as long as one row fits in
// kChunkMaxBytes, else the years axis, then the next, halved until it does; then as many
// replications per chunk as fit in kChunkTargetBytes (1 to kChunkMaxRows). No entry is 0.
std::vector<std::uint64_t> chunk_shape(const std::vector<std::uint64_t>& shape, std::size_t element_bytes);

}  // namespace cgsim
