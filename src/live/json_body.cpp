#include "cgsim/live/json_body.hpp"

#include <fmt/format.h>

#include <cmath>

#include "cgsim/live/request_error.hpp"

namespace cgsim::live {

nlohmann::json parse_json_object(std::string_view body, const Limits& limits) {
  if (body.size() > limits.max_body_bytes)
    throw RequestError(413,
                       fmt::format("request body of {} bytes, at most {} allowed", body.size(), limits.max_body_bytes));
  // Depth is checked while parsing, so a deeply nested body is refused before it is built.
  const auto depth_guard = [&limits](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > limits.max_json_depth)
      throw RequestError(400, fmt::format("JSON nested deeper than {} levels", limits.max_json_depth));
    return true;
  };
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(body.begin(), body.end(), depth_guard);
  } catch (const nlohmann::json::exception& e) {
    throw RequestError(400, fmt::format("malformed JSON: {}", e.what()));
  }
  if (!value.is_object()) throw RequestError(400, "expected a JSON object ({...}) as the request body");
  return value;
}

void only_keys(const nlohmann::json& object, std::initializer_list<const char*> allowed) {
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (const char* a : allowed) known |= key == a;
    if (known) continue;
    std::string expected;
    for (const char* a : allowed) expected += (expected.empty() ? "" : ", ") + std::string(a);
    throw RequestError(400, fmt::format("unknown key '{}'; expected {}", key.substr(0, 80),
                                        expected.empty() ? "an empty object {}" : expected));
  }
}

std::string string_field(const nlohmann::json& object, const char* key, std::size_t max_length) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) throw RequestError(400, fmt::format("'{}' must be a string", key));
  const auto& text = it->get_ref<const std::string&>();
  if (text.size() > max_length) throw RequestError(400, fmt::format("'{}' longer than {} characters", key, max_length));
  return text;
}

double number_field(const nlohmann::json& object, const char* key, double low, double high) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number()) throw RequestError(400, fmt::format("'{}' must be a number", key));
  const double value = it->get<double>();
  if (!std::isfinite(value) || value < low || value > high)
    throw RequestError(400, fmt::format("'{}' must be between {} and {}", key, low, high));
  return value;
}

bool bool_field(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_boolean()) throw RequestError(400, fmt::format("'{}' must be true or false", key));
  return it->get<bool>();
}

}  // namespace cgsim::live
