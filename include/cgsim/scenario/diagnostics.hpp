#pragma once
// Located errors about scenario input: which file, line, column, key, and what was expected.
#include <string>
#include <utility>
#include <vector>

namespace cgsim {

struct Origin {
  Origin() = default;
  Origin(std::string f, int l = 0, int c = 0) : file(std::move(f)), line(l), column(c) {}
  std::string file;  // scenario file, or "--set" for a command-line override
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown
};

struct Diagnostic {
  Diagnostic(Origin w, std::string k, std::string m) : where(std::move(w)), key(std::move(k)), message(std::move(m)) {}
  Origin where;
  std::string key;      // dotted key path, may be empty (whole file)
  std::string message;  // what is wrong and what is expected
};

// "file:line:column: key: message"
std::string to_string(const Diagnostic& d);

using Diagnostics = std::vector<Diagnostic>;

}  // namespace cgsim
