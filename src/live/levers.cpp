#include "cgsim/live/levers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cgsim/live/request_error.hpp"

namespace cgsim::live {
namespace {

Lever lever(std::string_view path, std::string_view group, double slider_max = 0) {
  const ParamSpec* spec = find_parameter(path);
  if (!spec || spec->when != Scheduling::yearly)  // a programming error: the list names the table
    throw std::logic_error(fmt::format("live view lever '{}' is not a yearly parameter", path));
  return {spec, group, slider_max};
}

std::string_view kind_name(ParamKind kind) {
  switch (kind) {
    case ParamKind::real:
      return "real";
    case ParamKind::integer:
      return "integer";
    case ParamKind::boolean:
      return "boolean";
    case ParamKind::choice:
      return "choice";
    default:
      return "other";
  }
}

const Lever* find_lever(std::string_view path) {
  for (const auto& l : classroom_levers())
    if (l.spec->path == path) return &l;
  return nullptr;
}

std::string override_text(const Lever& l, const nlohmann::json& value) {
  const auto& spec = *l.spec;
  const auto key = spec.path;
  switch (spec.kind) {
    case ParamKind::boolean:
      if (!value.is_boolean()) throw RequestError(400, fmt::format("'{}' must be true or false", key));
      return fmt::format("{}={}", key, value.get<bool>());
    case ParamKind::choice: {
      const auto choices = fmt::format("{}", fmt::join(spec.choices, ", "));
      if (!value.is_string()) throw RequestError(400, fmt::format("'{}' must be one of: {}", key, choices));
      const auto& name = value.get_ref<const std::string&>();
      if (std::find(spec.choices.begin(), spec.choices.end(), name) == spec.choices.end())
        throw RequestError(400, fmt::format("'{}' must be one of: {}", key, choices));
      return fmt::format("{}={}", key, name);
    }
    case ParamKind::integer:
    case ParamKind::real: {
      if (!value.is_number()) throw RequestError(400, fmt::format("'{}' must be a number", key));
      const double x = value.get<double>();
      if (!std::isfinite(x) || x < spec.min || x > spec.max)
        throw RequestError(400, fmt::format("'{}' must be between {} and {}", key, spec.min, spec.max));
      if (spec.kind == ParamKind::real) return fmt::format("{}={}", key, x);
      if (x != std::floor(x)) throw RequestError(400, fmt::format("'{}' must be a whole number", key));
      return fmt::format("{}={}", key, static_cast<std::int64_t>(x));
    }
    default:
      throw RequestError(400, fmt::format("'{}' cannot be set from the page", key));
  }
}

}  // namespace

const std::vector<Lever>& classroom_levers() {
  static const std::vector<Lever> levers = {
      lever("forum.agenda", "forum"),
      lever("forum.decision_rule", "forum"),
      lever("forum.chair", "forum"),
      lever("forum.msme_seats", "forum", 8),
      lever("forum.civil_society_seats", "forum", 4),
      lever("forum.meetings_per_year", "forum", 12),
      lever("forum.paid_attendance", "forum"),
      lever("forum.transparency", "forum"),
      lever("power.asymmetry_exponent", "power"),
      lever("government.facilitation", "government"),
      lever("government.registry_quality", "government"),
      lever("government.coordination_unit", "government"),
      lever("regulation.binding", "regulation"),
      lever("regulation.audit_probability", "regulation"),
      lever("regulation.mandatory_reporting", "regulation"),
      lever("organisation.advocacy_support", "organisation"),
      lever("evaluation.mode", "evaluation"),
  };
  return levers;
}

nlohmann::json levers_json(const Parameters& base) {
  auto out = nlohmann::json::array();
  for (const auto& l : classroom_levers()) {
    const auto& spec = *l.spec;
    nlohmann::json item = {{"path", spec.path},
                           {"group", l.group},
                           {"kind", kind_name(spec.kind)},
                           {"unit", spec.unit},
                           {"provenance", spec.provenance},
                           {"description", spec.description}};
    const ParamValue value = read_value(spec, base);
    if (spec.kind == ParamKind::choice) {
      item["choices"] = std::vector<std::string>(spec.choices.begin(), spec.choices.end());
      item["value"] = std::string(spec.choices[static_cast<std::size_t>(std::get<ChoiceValue>(value).index)]);
    } else if (spec.kind == ParamKind::boolean) {
      item["value"] = std::get<bool>(value);
    } else {
      item["min"] = spec.min;
      item["max"] = l.slider_max > 0 ? std::min(spec.max, l.slider_max) : spec.max;
      item["step"] = spec.kind == ParamKind::integer ? 1.0 : (spec.max - spec.min) / 20.0;
      item["value"] = spec.kind == ParamKind::integer ? static_cast<double>(std::get<std::int64_t>(value))
                                                      : std::get<double>(value);
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::vector<std::string> lever_overrides(const nlohmann::json& settings) {
  if (!settings.is_object()) throw RequestError(400, "'settings' must be an object {\"lever.path\": value, ...}");
  std::vector<std::string> out;
  for (const auto& [key, value] : settings.items()) {
    const Lever* l = find_lever(key);
    if (!l) throw RequestError(400, fmt::format("'{}' is not a lever of the live view", key.substr(0, 80)));
    out.push_back(override_text(*l, value));
  }
  return out;
}

}  // namespace cgsim::live
