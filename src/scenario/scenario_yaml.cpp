#include "cgsim/scenario/scenario_yaml.hpp"

#include <yaml-cpp/yaml.h>

#include <map>
#include <memory>

#include "cgsim/scenario/parameter_table.hpp"

namespace cgsim {
namespace {

// Parameters grouped by their dotted paths, in table order.
struct Section {
  std::vector<std::pair<std::string, std::unique_ptr<Section>>> children;
  std::vector<std::pair<std::string, const ParamSpec*>> leaves;
  std::vector<std::string> order;  // child and leaf names in first-seen order

  Section& child(const std::string& name) {
    for (auto& [n, s] : children)
      if (n == name) return *s;
    order.push_back(name);
    children.emplace_back(name, std::make_unique<Section>());
    return *children.back().second;
  }
};

void emit_typed(YAML::Emitter& out, const ParamSpec& spec, const ParamValue& value) {
  std::visit(
      [&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool> || std::is_same_v<V, std::int64_t> || std::is_same_v<V, std::string>)
          out << v;
        else if constexpr (std::is_same_v<V, ChoiceValue>)
          out << std::string(spec.choices[static_cast<std::size_t>(v.index)]);
        else if constexpr (std::is_same_v<V, double>)
          out << YAML::Precision(17) << v;
        else {
          out << YAML::Flow << YAML::BeginMap;
          for (std::size_t i = 0; i < v.size(); ++i)
            out << YAML::Key << std::string(spec.labels[i]) << YAML::Value << YAML::Precision(17) << v[i];
          out << YAML::EndMap;
        }
      },
      value);
}

void emit_value(YAML::Emitter& out, const ParamSpec& spec, const Parameters& p) {
  emit_typed(out, spec, read_value(spec, p));
}

void emit_section(YAML::Emitter& out, const Section& s, const Parameters& p, const Scenario& scenario) {
  for (const auto& name : s.order) {
    out << YAML::Key << name << YAML::Value;
    auto leaf = std::find_if(s.leaves.begin(), s.leaves.end(), [&](const auto& l) { return l.first == name; });
    if (leaf != s.leaves.end()) {
      emit_value(out, *leaf->second, p);
      continue;
    }
    const auto child =
        std::find_if(s.children.begin(), s.children.end(), [&](const auto& c) { return c.first == name; });
    out << YAML::BeginMap;
    emit_section(out, *child->second, p, scenario);
    if (name == "companies") {
      out << YAML::Key << "named" << YAML::Value << YAML::BeginSeq;
      for (const auto& c : scenario.named_companies) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << c.name;
        out << YAML::Key << "csr_budget_billion_idr" << YAML::Value << c.csr_budget_billion_idr;
        out << YAML::Key << "districts" << YAML::Value << YAML::Flow << c.districts;
        out << YAML::Key << "preferences" << YAML::Value << YAML::Flow << YAML::BeginMap;
        for (int t = 0; t < kTypes; ++t)
          out << YAML::Key << std::string(kTypeNames[t]) << YAML::Value << c.preferences[t];
        out << YAML::EndMap << YAML::Key << "political_weight" << YAML::Value << c.political_weight << YAML::EndMap;
      }
      out << YAML::EndSeq;
    }
    out << YAML::EndMap;
  }
}

}  // namespace

std::string scenario_to_yaml(const Scenario& s) {
  Section root;
  for (const auto& spec : parameter_table()) {
    const std::string path(spec.path);
    Section* section = &root;
    std::size_t start = 0, dot;
    while ((dot = path.find('.', start)) != std::string::npos) {
      section = &section->child(path.substr(start, dot - start));
      start = dot + 1;
    }
    section->order.push_back(path.substr(start));
    section->leaves.emplace_back(path.substr(start), &spec);
  }
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value << s.name;
  out << YAML::Key << "description" << YAML::Value << s.description;
  emit_section(out, root, s.parameters, s);
  if (!s.schedule.empty()) {
    out << YAML::Key << "schedule" << YAML::Value << YAML::BeginSeq;
    for (const auto& c : s.schedule) {
      out << YAML::BeginMap << YAML::Key << "year" << YAML::Value << c.year << YAML::Key << "set" << YAML::Value
          << YAML::BeginMap << YAML::Key << std::string(c.path) << YAML::Value;
      emit_typed(out, *find_parameter(c.path), c.value);
      out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace cgsim
