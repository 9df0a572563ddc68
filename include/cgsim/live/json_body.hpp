#pragma once
// Parsing a request body: size and nesting bounded, must be a JSON object; anything else is a
// RequestError (400 or 413) with a message saying what was expected.
#include <nlohmann/json.hpp>
#include <string_view>

#include "cgsim/live/limits.hpp"

namespace cgsim::live {

nlohmann::json parse_json_object(std::string_view body, const Limits& limits);

// Refuses (400) a key of `object` not among `allowed`, naming it and the keys expected.
void only_keys(const nlohmann::json& object, std::initializer_list<const char*> allowed);

// Typed fields of a parsed request, each refusing a wrong type with a message naming the key.
std::string string_field(const nlohmann::json& object, const char* key, std::size_t max_length);
double number_field(const nlohmann::json& object, const char* key, double low, double high);
bool bool_field(const nlohmann::json& object, const char* key);

}  // namespace cgsim::live
