#include "cgsim/scenario/config_tree.hpp"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cgsim {

const ConfigNode* ConfigNode::find(const std::string& key) const {
  for (const auto& [k, v] : map)
    if (k == key) return &v;
  return nullptr;
}

ConfigNode* ConfigNode::find(const std::string& key) {
  for (auto& [k, v] : map)
    if (k == key) return &v;
  return nullptr;
}

ConfigNode& ConfigNode::get_or_add(const std::string& key, const Origin& where) {
  if (kind != Kind::map) {
    kind = Kind::map;
    map.clear();
    scalar.clear();
    list.clear();
  }
  if (auto* found = find(key)) return *found;
  ConfigNode child;
  child.origin = where;
  map.push_back(ConfigEntry{key, std::move(child)});
  return map.back().second;
}

void ConfigNode::erase(const std::string& key) {
  std::erase_if(map, [&](const auto& kv) { return kv.first == key; });
}

namespace {

struct Converter {
  const std::string& file;
  Diagnostics& errors;
  const ReadLimits& limits;
  std::size_t nodes = 0;

  Origin origin_of(const YAML::Node& n) const {
    const auto m = n.Mark();
    return {file, m.line >= 0 ? m.line + 1 : 0, m.column >= 0 ? m.column + 1 : 0};
  }

  bool convert(const YAML::Node& in, ConfigNode& out, int depth) {
    out.origin = origin_of(in);
    if (++nodes > limits.max_nodes) {
      errors.push_back({out.origin, "", "too many YAML nodes (limit " + std::to_string(limits.max_nodes) + ")"});
      return false;
    }
    if (depth > limits.max_depth) {
      errors.push_back({out.origin, "", "nesting deeper than " + std::to_string(limits.max_depth) + " levels"});
      return false;
    }
    switch (in.Type()) {
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined:
        out.kind = ConfigNode::Kind::null;
        return true;
      case YAML::NodeType::Scalar:
        out.kind = ConfigNode::Kind::scalar;
        out.scalar = in.Scalar();
        return true;
      case YAML::NodeType::Sequence:
        out.kind = ConfigNode::Kind::list;
        for (const auto& item : in) {
          out.list.emplace_back();
          if (!convert(item, out.list.back(), depth + 1)) return false;
        }
        return true;
      case YAML::NodeType::Map:
        out.kind = ConfigNode::Kind::map;
        for (const auto& kv : in) {
          if (!kv.first.IsScalar()) {
            errors.push_back({origin_of(kv.first), "", "a key must be a plain name"});
            return false;
          }
          const std::string key = kv.first.Scalar();
          if (out.find(key)) {
            errors.push_back({origin_of(kv.first), key, "duplicate key"});
            continue;
          }
          out.map.push_back(ConfigEntry{key, ConfigNode{}});
          if (!convert(kv.second, out.map.back().second, depth + 1)) return false;
          out.map.back().second.origin = origin_of(kv.first);  // point errors at the key
        }
        return true;
    }
    return true;
  }
};

// yaml-cpp 0.7 never returns (and keeps allocating) when a document's root begins with a flow
// entry ',', alone or after an anchor, a tag or a quoted scalar (found by fuzzing: ",SG",
// "--- ,", "&a ,", "\"x\" ,"). Such text is not a mapping anyway, so it is refused before
// yaml-cpp sees it. Returns the 1-based line and column of the ',' or {0, 0}.
std::pair<int, int> comma_at_document_root(const std::string& text) {
  std::size_t i = 0, line_start = 0;
  int line = 1;
  bool document_start = true;  // at the start of the text, after '---' or '...'
  const auto at_line_start = [&] { return i == line_start; };
  const auto marker = [&](const char* m) {
    return at_line_start() && text.compare(i, 3, m) == 0 &&
           (i + 3 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 3])));
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = ++i;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '#' || (c == '%' && at_line_start())) {  // comment or directive: skip the line
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (marker("---") || marker("...")) {
      i += 3;
      document_start = true;
    } else if (!document_start) {  // inside a document: only its next marker matters
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == ',') {
      return {line, static_cast<int>(i - line_start) + 1};
    } else if (c == '&' || c == '!') {  // node properties: the node itself follows
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    } else if (c == '"' || c == '\'') {  // a quoted scalar: a ',' may follow it
      for (++i; i < text.size() && text[i] != c; ++i)
        if (c == '"' && text[i] == '\\')
          ++i;
        else if (text[i] == '\n') {
          ++line;
          line_start = i + 1;
        }
      ++i;
    } else {
      document_start = false;
    }
  }
  return {0, 0};
}

}  // namespace

bool parse_config(const std::string& text, const std::string& file, ConfigNode& out, Diagnostics& errors,
                  const ReadLimits& limits) {
  const auto before = errors.size();
  if (text.find('\0') != std::string::npos) {
    errors.push_back({{file, 0, 0}, "", "not a text file (contains NUL bytes); expected a YAML scenario"});
    return false;
  }
  if (const auto [line, column] = comma_at_document_root(text); line > 0) {
    errors.push_back({{file, line, column},
                      "",
                      "YAML syntax error: a document cannot begin with ','; expected a "
                      "mapping such as `name: ...`"});
    return false;
  }
  // Aliases can expand a small file into a huge tree ("billion laughs"); the converter below
  // stops at ReadLimits::max_nodes, so such a file fails fast instead of exhausting memory.
  YAML::Node doc;
  try {
    const auto documents = YAML::LoadAll(text);
    if (documents.size() > 1) {  // a second document would be dropped without a word
      const auto m = documents[1].Mark();
      errors.push_back({{file, m.line >= 0 ? m.line + 1 : 0, 0},
                        "",
                        "more than one YAML document (a line '---' starts a second one); a scenario is one "
                        "document"});
      return false;
    }
    if (!documents.empty()) doc = documents.front();
  } catch (const YAML::Exception& e) {
    errors.push_back({{file, e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0},
                      "",
                      "YAML syntax error: " + e.msg});
    return false;
  } catch (const std::exception& e) {
    errors.push_back({{file, 0, 0}, "", std::string("cannot parse YAML: ") + e.what()});
    return false;
  }
  Converter conv{file, errors, limits};
  try {
    if (!conv.convert(doc, out, 0)) return false;
  } catch (const std::exception& e) {
    errors.push_back({{file, 0, 0}, "", std::string("cannot read YAML: ") + e.what()});
    return false;
  }
  if (out.kind == ConfigNode::Kind::null) {  // would silently run the parameter defaults
    errors.push_back({{file, 0, 0}, "", "empty scenario file (expected keys such as `name:`; see `cgsim params`)"});
    return false;
  }
  if (out.kind != ConfigNode::Kind::map) {
    errors.push_back({out.origin, "", "a scenario must be a mapping of keys to values"});
    return false;
  }
  return errors.size() == before;
}

bool read_config_file(const std::string& path, ConfigNode& out, Diagnostics& errors, const ReadLimits& limits) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    std::error_code ignored;
    const auto looked = fs::absolute(path, ignored).lexically_normal().string();
    errors.push_back({{path, 0, 0}, "", "file not found (looked for " + looked + ")"});
    return false;
  }
  if (!fs::is_regular_file(status)) {
    errors.push_back({{path, 0, 0}, "", "not a regular file; expected a YAML scenario file"});
    return false;
  }
  const auto size = fs::file_size(path, ec);
  if (ec || size > limits.max_file_bytes) {
    errors.push_back(
        {{path, 0, 0},
         "",
         "file is larger than the " + std::to_string(limits.max_file_bytes >> 20) + " MiB limit for scenarios"});
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({{path, 0, 0}, "", "cannot open the file for reading (permissions?)"});
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_config(buffer.str(), path, out, errors, limits);
}

bool file_has_top_level_key(const std::string& path, const std::string& key) {
  ConfigNode root;
  Diagnostics errors;
  try {
    return read_config_file(path, root, errors) && root.find(key) != nullptr;
  } catch (const std::exception&) {
    return false;
  }
}

void merge_into(ConfigNode& base, const ConfigNode& top) {
  if (top.kind == ConfigNode::Kind::map && base.kind == ConfigNode::Kind::map) {
    for (const auto& [key, value] : top.map) {
      if (auto* existing = base.find(key))
        merge_into(*existing, value);
      else
        base.map.push_back(ConfigEntry{key, value});
    }
    return;
  }
  base = top;
}

}  // namespace cgsim
