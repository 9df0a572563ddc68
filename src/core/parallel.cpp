#include "cgsim/core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace cgsim {

void parallel_items(std::size_t n, int threads, const std::function<void(std::size_t)>& fn) {
  const int workers = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)), n));
  if (workers <= 1) {
    for (std::size_t k = 0; k < n; ++k) fn(k);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < n;) fn(k);
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < workers; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

void parallel_blocks(std::size_t n, int threads, const std::function<void(std::size_t, std::size_t)>& fn) {
  const std::size_t blocks = (n + kParallelBlock - 1) / kParallelBlock;
  if (blocks <= 1 || threads <= 1) {
    if (n > 0) fn(0, n);
    return;
  }
  parallel_items(blocks, threads,
                 [&](std::size_t b) { fn(b * kParallelBlock, std::min(n, (b + 1) * kParallelBlock)); });
}

}  // namespace cgsim
