#pragma once
#include <cstddef>
#include <string>

namespace cgsim {

// A kecamatan (or, at national scale, a regency): a contiguous block of MSMEs.
struct District {
  std::string name;
  bool mining = false;        // ring 1: inside a mining company's operating area
  double rpjmd_priority = 1;  // relative weight in the regional plan
  std::size_t first = 0;      // first MSME index
  std::size_t count = 0;      // MSME slots (alive or vacated)
};

}  // namespace cgsim
