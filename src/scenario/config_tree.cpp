#include "cgsim/scenario/config_tree.hpp"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
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

// yaml-cpp 0.7 never returns (and keeps allocating) when a document's root node consumes no
// token: LoadAll then starts one empty document after another at the same place. Fuzzing found
// it for text such as ",SG", "--- ,", "&a ,", "\"x\" ," and "!)#A,": the root begins with, or
// is followed by, a flow entry ',' that block context does not expect. This pass reads the
// events of at most two documents, which always ends, so LoadAll only sees text it can finish.
// A second document that starts without a '---' (or after '...') is such a stray token.
class DocumentCounter : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

bool starts_a_new_document(const std::string& text, std::size_t pos) {
  if (text.compare(pos, 3, "---") == 0) return true;
  auto end = text.find_last_not_of(" \t\r\n", pos == 0 ? 0 : pos - 1);
  return end != std::string::npos && end >= 2 && text.compare(end - 2, 3, "...") == 0;
}

// Located error for a text of more than one document (or one that would not end), or none.
std::optional<Diagnostic> second_document(const std::string& text, const std::string& file) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentCounter counter;
  while (counter.starts.size() < 2 && parser.HandleNextDocument(counter)) {
  }
  if (counter.starts.size() < 2) return std::nullopt;
  const auto m = counter.starts[1];
  const Origin where{file, m.line >= 0 ? m.line + 1 : 0, m.column >= 0 ? m.column + 1 : 0};
  if (starts_a_new_document(text, static_cast<std::size_t>(std::max(m.pos, 0))))
    return Diagnostic{{file, where.line, 0},
                      "",
                      "more than one YAML document (a line '---' starts a second one); a scenario is one document"};
  const char c = m.pos >= 0 && static_cast<std::size_t>(m.pos) < text.size() ? text[m.pos] : '?';
  return Diagnostic{where, "",
                    std::string("YAML syntax error: unexpected '") + c +
                        "' where the document should go on or end; expected a mapping such as `name: ...`"};
}

}  // namespace

bool parse_config(const std::string& text, const std::string& file, ConfigNode& out, Diagnostics& errors,
                  const ReadLimits& limits) {
  const auto before = errors.size();
  if (text.find('\0') != std::string::npos) {
    errors.push_back({{file, 0, 0}, "", "not a text file (contains NUL bytes); expected a YAML scenario"});
    return false;
  }
  // Aliases can expand a small file into a huge tree ("billion laughs"); the converter below
  // stops at ReadLimits::max_nodes, so such a file fails fast instead of exhausting memory.
  YAML::Node doc;
  try {
    if (auto stray = second_document(text, file)) {
      errors.push_back(*stray);
      return false;
    }
    doc = YAML::Load(text);  // one document at most, as checked just above
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
