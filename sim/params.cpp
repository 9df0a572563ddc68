#include <fmt/format.h>
#include <fmt/ostream.h>

#include <boost/program_options.hpp>

#include "cgsim/scenario/parameter_table.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

std::string range_of(const ParamSpec& s) {
  switch (s.kind) {
    case ParamKind::boolean:
      return "true/false";
    case ParamKind::choice:
      return fmt::format("{}", fmt::join(s.choices, "|"));
    case ParamKind::text:
      return "file path";
    default:
      return fmt::format("[{}, {}]{}", s.min, s.max, s.sums_to_one ? ", sums to 1" : "");
  }
}

// "yes" when the scenario's `schedule:` may change the parameter from a given year on.
std::string_view schedulable(const ParamSpec& s) { return s.when == Scheduling::yearly ? "yes" : "no"; }

std::string escaped(std::string s) {
  for (std::size_t k = 0; (k = s.find('|', k)) != std::string::npos; k += 2) s.replace(k, 1, "\\|");
  return s;
}

}  // namespace

int params_command(int argc, char** argv) {
  po::options_description options("cgsim params [--format table|markdown|yaml]");
  std::string format = "markdown";
  options.add_options()("help,h", "show this help")(
      "format", po::value(&format),
      "table (plain text), markdown (a table) or yaml (a commented scenario of all defaults)");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, options), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    fmt::print(stderr, "cgsim params: {}\n", e.what());
    return usage;
  }
  if (vm.count("help")) {
    fmt::print("{}\nLists every model parameter with its default, unit, valid range, provenance and meaning.\n",
               fmt::streamed(options));
    return ok;
  }
  const auto defaults = default_parameters();
  if (format == "markdown") {
    fmt::print(
        "| parameter | default | unit | valid range | schedulable | provenance | description |\n"
        "|---|---|---|---|---|---|---|\n");
    for (const auto& s : parameter_table())
      fmt::print("| `{}` | {} | {} | {} | {} | {} | {} |\n", s.path, escaped(value_text(s, defaults)), s.unit,
                 escaped(range_of(s)), schedulable(s), escaped(std::string(s.provenance)), s.description);
    fmt::print(
        "\nPlus `companies.named`: a list of companies (name, csr_budget_billion_idr, districts, preferences, "
        "political_weight);\n"
        "default PTBA, PAMA, MME (src/scenario/default_companies.cpp gives each figure's source).\n");
  } else if (format == "yaml") {
    std::string section;
    for (const auto& s : parameter_table()) {
      fmt::print("# {} ({}; range {}; schedulable: {}; {})\n{}: {}\n", s.description, s.unit, range_of(s),
                 schedulable(s), s.provenance, s.path, value_text(s, defaults));
    }
  } else if (format == "table") {
    fmt::print("{:<46} {:<22} {:<11} {}\n", "parameter", "default", "schedulable", "valid range");
    for (const auto& s : parameter_table())
      fmt::print("{:<46} {:<22} {:<11} {}\n", s.path, value_text(s, defaults), schedulable(s), range_of(s));
  } else {
    fmt::print(stderr, "cgsim params: --format must be table, markdown or yaml, got '{}'\n", format);
    return usage;
  }
  return ok;
}

}  // namespace cgsim::cli
