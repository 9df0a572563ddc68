// cgsim indicators: the indicator catalogue (include/cgsim/measure/indicators.def) as a markdown
// table (docs/output.md carries it verbatim) or as JSON (the Python analysis checks against it).
#include "cgsim/measure/indicators.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <boost/program_options.hpp>

#include "cli.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

std::string json_text(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20)
      out += fmt::format("\\u{:04x}", static_cast<int>(c));
    else
      out += c;
  }
  return out + "\"";
}

template <typename Catalogue>
void print_json_list(const Catalogue& catalogue) {
  for (std::size_t i = 0; i < catalogue.size(); ++i) {
    const auto& s = catalogue[i];
    fmt::print("{}\n    {{\"name\": {}, \"units\": {}, \"description\": {}, \"key\": {}}}", i ? "," : "",
               json_text(s.name), json_text(s.units), json_text(s.description),
               s.role == IndicatorRole::key ? "true" : "false");
  }
}

void print_markdown() {
  fmt::print("| name | units | key | description |\n|---|---|---|---|\n");
  for (const auto& s : indicator_catalogue())
    fmt::print("| {} | {} | {} | {} |\n", s.name, s.units, s.role == IndicatorRole::key ? "yes" : "", s.description);
  fmt::print("\nPer district (`districts/`):\n\n| name | units | description |\n|---|---|---|\n");
  for (const auto& s : district_indicator_catalogue()) fmt::print("| {} | {} | {} |\n", s.name, s.units, s.description);
}

}  // namespace

int indicators_command(int argc, char** argv) {
  po::options_description options("cgsim indicators [--format markdown|json]");
  std::string format = "markdown";
  options.add_options()("help,h", "show this help")("format", po::value(&format),
                                                    "markdown (the table of docs/output.md) or json");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, options), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    fmt::print(stderr, "cgsim indicators: {}\n", e.what());
    return usage;
  }
  if (vm.count("help")) {
    fmt::print("{}\nLists every indicator a run records with its units, meaning and whether it is a key indicator.\n",
               fmt::streamed(options));
    return ok;
  }
  if (format == "markdown") {
    print_markdown();
  } else if (format == "json") {
    fmt::print("{{\n  \"indicators\": [");
    print_json_list(indicator_catalogue());
    fmt::print("\n  ],\n  \"districts\": [");
    print_json_list(district_indicator_catalogue());
    fmt::print("\n  ]\n}}\n");
  } else {
    fmt::print(stderr, "cgsim indicators: --format must be markdown or json, got '{}'\n", format);
    return usage;
  }
  return ok;
}

}  // namespace cgsim::cli
