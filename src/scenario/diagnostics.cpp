#include "cgsim/scenario/diagnostics.hpp"

#include <fmt/format.h>

namespace cgsim {

std::string to_string(const Diagnostic& d) {
  std::string where = d.where.file;
  if (d.where.line > 0) where += fmt::format(":{}:{}", d.where.line, d.where.column);
  return d.key.empty() ? fmt::format("{}: error: {}", where, d.message)
                       : fmt::format("{}: error: {}: {}", where, d.key, d.message);
}

}  // namespace cgsim
