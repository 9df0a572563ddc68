#pragma once
// The page's files, read once at start-up into memory: only regular files directly in the web
// directory with a known type, plus Chart.js from its Debian location. A request names one of
// these or gets 404; nothing a request says ever becomes a file-system path.
#include <map>
#include <optional>
#include <string>

namespace cgsim::live {

struct StaticFile {
  std::string content_type;
  std::string body;
};

class StaticFiles {
 public:
  // Reads `web_dir` and `chart_js` (a missing Chart.js leaves the charts out, with a warning).
  StaticFiles(const std::string& web_dir, const std::string& chart_js);
  // The file served at `url_path` ("/" is index.html), or nothing.
  [[nodiscard]] const StaticFile* find(const std::string& url_path) const;
  [[nodiscard]] std::size_t size() const { return files_.size(); }
  [[nodiscard]] bool has_chart_js() const { return files_.count("/vendor/chart.min.js") > 0; }

 private:
  std::map<std::string, StaticFile> files_;
};

// Where the page's files are: $CGSIM_WEB_DIR, else next to the program (PREFIX/share/cgsim/web
// when installed, build/web in the build tree).
std::string default_web_dir();
// Chart.js: $CGSIM_CHART_JS, else Debian's libjs-chart.js.
std::string default_chart_js();

}  // namespace cgsim::live
