#include "cgsim/live/forum_view.hpp"

#include <fmt/format.h>

#include "cgsim/rules/deliberation.hpp"
#include "cgsim/rules/positions.hpp"

namespace cgsim::live {
namespace {

// Shares of an allocation over (type x district) summed by type and by district.
nlohmann::json by_type(const Eigen::VectorXd& v, int districts) {
  std::vector<double> out(kTypes, 0.0);
  for (int d = 0; d < districts; ++d)
    for (int t = 0; t < kTypes; ++t) out[static_cast<std::size_t>(t)] += v(cell(t, d));
  return out;
}

nlohmann::json by_district(const Eigen::VectorXd& v, int districts) {
  std::vector<double> out(static_cast<std::size_t>(districts), 0.0);
  for (int d = 0; d < districts; ++d)
    for (int t = 0; t < kTypes; ++t) out[static_cast<std::size_t>(d)] += v(cell(t, d));
  return out;
}

// The programme type an allocation puts most into, and the kecamatan.
nlohmann::json emphasis(const World& w, const Eigen::VectorXd& v) {
  const auto types = by_type(v, w.district_count()).get<std::vector<double>>();
  const auto districts = by_district(v, w.district_count()).get<std::vector<double>>();
  const auto t = std::max_element(types.begin(), types.end()) - types.begin();
  const auto d = std::max_element(districts.begin(), districts.end()) - districts.begin();
  return {{"type", kTypeNames[static_cast<std::size_t>(t)]},
          {"type_share", types[static_cast<std::size_t>(t)]},
          {"district", w.districts[static_cast<std::size_t>(d)].name},
          {"district_share", districts[static_cast<std::size_t>(d)]}};
}

}  // namespace

const char* kind_key(ActorKind kind) {
  switch (kind) {
    case ActorKind::government:
      return "government";
    case ActorKind::company:
      return "company";
    case ActorKind::msme_representative:
      return "msme";
    default:
      return "civil";
  }
}

std::string seat_name(const World& w, const Forum& forum, std::size_t participant) {
  const auto& part = forum.participants[participant];
  int same_kind_before = 1;
  for (std::size_t a = 0; a < participant; ++a) same_kind_before += forum.participants[a].kind == part.kind;
  switch (part.kind) {
    case ActorKind::government:
      return "Government (Bappeda)";
    case ActorKind::company:
      return w.companies[static_cast<std::size_t>(part.company)].name;
    case ActorKind::msme_representative:
      return fmt::format("MSME association {}", same_kind_before);
    default:
      return fmt::format("Civil society {}", same_kind_before);
  }
}

nlohmann::json forum_json(const World& w, const Forum& forum) {
  const auto& out = forum.outcome;
  const int districts = w.district_count();
  auto seats = nlohmann::json::array();
  for (std::size_t a = 0; a < forum.participants.size(); ++a) {
    const auto row = static_cast<Eigen::Index>(a);
    const Eigen::VectorXd position = forum.positions.row(row).transpose();
    const bool accepts =
        out.plan_adopted && total_variation(out.plan, position) <= w.params.acceptability_tolerance + 1e-12;
    seats.push_back({{"name", seat_name(w, forum, a)},
                     {"kind", kind_key(forum.participants[a].kind)},
                     {"power", forum.participants[a].power},
                     {"interest", emphasis(w, forum.interests.row(row).transpose())},
                     {"before", emphasis(w, forum.opening.row(row).transpose())},
                     {"after", emphasis(w, position)},
                     {"heard", a < out.heard.size() ? out.heard[a] : 0.0},
                     {"accepts", accepts}});
  }
  std::vector<std::string> names;
  for (const auto& d : w.districts) names.push_back(d.name);
  return {{"year", w.year},
          {"seats", seats},
          {"plan_adopted", out.plan_adopted},
          {"rounds", out.rounds},
          {"votes", out.votes},
          {"acceptability", out.acceptability},
          {"msme_influence", out.msme_influence},
          {"plan_by_type", out.plan.size() > 0 ? by_type(out.plan, districts) : nlohmann::json::array()},
          {"plan_by_district", out.plan.size() > 0 ? by_district(out.plan, districts) : nlohmann::json::array()},
          {"types", std::vector<std::string>(kTypeNames.begin(), kTypeNames.end())},
          {"districts", names}};
}

}  // namespace cgsim::live
