#pragma once
// Splitting the work of one run over threads. Blocks have a fixed size, independent of the
// thread count, and each element is updated from its own state only, so results are identical
// for any number of threads. Sums are taken per item (e.g. per district) in a fixed order and
// combined in item order, never in the order threads happen to finish.
#include <cstddef>
#include <functional>

namespace cgsim {

inline constexpr std::size_t kParallelBlock = std::size_t{1} << 15;

// Calls fn(begin, end) for consecutive blocks of [0, n), on up to `threads` threads.
void parallel_blocks(std::size_t n, int threads, const std::function<void(std::size_t, std::size_t)>& fn);
// Calls fn(k) for every k in [0, n) (e.g. every district), on up to `threads` threads; items are
// taken in order as threads come free, so unequal items balance.
void parallel_items(std::size_t n, int threads, const std::function<void(std::size_t)>& fn);

}  // namespace cgsim
