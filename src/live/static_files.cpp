#include "cgsim/live/static_files.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace cgsim::live {
namespace {

std::optional<std::string> content_type_of(const fs::path& p) {
  const auto ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".json") return "application/json";
  return std::nullopt;
}

std::optional<std::string> read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

StaticFiles::StaticFiles(const std::string& web_dir, const std::string& chart_js) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(web_dir, ec)) {
    const auto type = content_type_of(entry.path());
    if (!entry.is_regular_file() || !type) continue;
    std::string url = "/";  // built by append: GCC 12 warns (-Wrestrict) falsely on "/" + name
    url.append(entry.path().filename().string());
    if (const auto body = read_file(entry.path())) files_[url] = {*type, *body};
  }
  if (const auto body = read_file(chart_js)) files_["/vendor/chart.min.js"] = {"text/javascript; charset=utf-8", *body};
}

const StaticFile* StaticFiles::find(const std::string& url_path) const {
  const auto it = files_.find(url_path == "/" ? "/index.html" : url_path);
  return it == files_.end() ? nullptr : &it->second;
}

std::string default_web_dir() {
  if (const char* env = std::getenv("CGSIM_WEB_DIR"); env && *env) return env;
  std::error_code ec;
  const auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec)
    for (const auto& candidate : {exe.parent_path() / ".." / "share" / "cgsim" / "web", exe.parent_path() / "web"})
      if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec).string();
  return "web";
}

std::string default_chart_js() {
  if (const char* env = std::getenv("CGSIM_CHART_JS"); env && *env) return env;
  return "/usr/share/javascript/chart.js/chart.min.js";
}

}  // namespace cgsim::live
