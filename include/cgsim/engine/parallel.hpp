#pragma once
// Splitting per-MSME work of one run over threads. Blocks have a fixed size, independent of the
// thread count, and each element is updated from its own state only, so results are identical
// for any number of threads. Reductions (sums over MSMEs) stay sequential for the same reason.
#include <cstddef>
#include <functional>

namespace cgsim {

inline constexpr std::size_t kParallelBlock = std::size_t{1} << 15;

// Calls fn(begin, end) for consecutive blocks of [0, n), on up to `threads` threads.
void parallel_blocks(std::size_t n, int threads, const std::function<void(std::size_t, std::size_t)>& fn);

} // namespace cgsim
