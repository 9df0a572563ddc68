#include "cgsim/rules/interests.hpp"

#include <algorithm>
#include <numeric>

#include "cgsim/rules/positions.hpp"

namespace cgsim {
namespace {

constexpr std::uint32_t kSeatId = 0xFFFE0000u;
constexpr double kMemberNoise = 0.2;  // associations know their members' needs well (ODD 7.13)

// Companies at the table: active ones (every member under a binding Perda), the most powerful
// first, at most `max_company_seats`; returned in index order.
std::vector<int> seated_companies(const Parameters& p, const std::vector<Company>& companies) {
  std::vector<int> out;
  for (int j = 0; j < static_cast<int>(companies.size()); ++j) {
    const auto& c = companies[j];
    if (c.active || (p.binding && c.member && c.operating())) out.push_back(j);
  }
  const auto cap = static_cast<std::size_t>(p.max_company_seats);
  if (out.size() > cap) {
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return companies[a].power > companies[b].power; });
    out.resize(cap);
    std::sort(out.begin(), out.end());
  }
  return out;
}

}  // namespace

std::vector<std::vector<int>> representation(const Eigen::MatrixXd& organised_needs, int seats) {
  std::vector<std::vector<int>> groups(static_cast<std::size_t>(std::max(seats, 0)));
  if (seats <= 0) return groups;
  const Eigen::VectorXd weight = organised_needs.colwise().sum().transpose();
  std::vector<int> order(static_cast<std::size_t>(weight.size()));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weight(a) > weight(b); });
  for (std::size_t k = 0; k < order.size(); ++k) groups[k % groups.size()].push_back(order[k]);
  return groups;
}

Eigen::VectorXd representative_interest(const RuleContext& now, const Eigen::MatrixXd& needs,
                                        const std::vector<int>& districts, std::uint32_t who) {
  Eigen::MatrixXd own = Eigen::MatrixXd::Zero(needs.rows(), needs.cols());
  for (int d : districts) own.col(d) = needs.col(d);
  if (!(own.sum() > 0)) return perceive(now, needs, kMemberNoise, who);
  return perceive(now, own, kMemberNoise, who);
}

Forum seat_forum(const RuleContext& now, const ForumInputs& in) {
  const auto& p = now.params;
  const auto& true_needs = in.true_needs;
  Forum forum;
  std::vector<Eigen::VectorXd> rows;

  forum.participants.push_back({ActorKind::government, 0, -1, p.authority});
  rows.push_back(government_interest(now, in.districts, in.government_priorities, in.last_voice, true_needs));
  for (int j : seated_companies(p, in.companies)) {
    const auto& c = in.companies[j];
    forum.participants.push_back({ActorKind::company, company_stakeholder(j), j, c.power});
    rows.push_back(company_position(now, c, j, in.last_voice, true_needs));
  }
  // MSME representatives speak for organised members only; with nobody organised they guess.
  const bool anyone_organised = in.organised_needs.sum() > 0;
  const Eigen::MatrixXd& represented = anyone_organised ? in.organised_needs : true_needs;
  const int seats = std::min<int>(static_cast<int>(p.msme_seats), in.seats.max_seats);
  const auto groups = representation(represented, seats);
  Eigen::VectorXd msme_sum = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(true_needs.size()));
  for (int s = 0; s < seats; ++s) {
    forum.participants.push_back(
        {ActorKind::msme_representative, in.seats.msme_base + s, -1, p.msme_representative_power});
    rows.push_back(representative_interest(now, represented, groups[s], kSeatId + static_cast<std::uint32_t>(s)));
    msme_sum += rows.back();
  }
  // Without a seat the yardstick is what one representative of all organised MSMEs would want.
  forum.msme_interest = seats > 0
                            ? Eigen::VectorXd(msme_sum / seats)
                            : normalised(Eigen::Map<const Eigen::VectorXd>(represented.data(), represented.size()));
  // Universities / NGOs read the registry like the government, without the RPJMD agenda.
  for (int s = 0; s < std::min<int>(static_cast<int>(p.civil_society_seats), in.seats.max_seats); ++s) {
    forum.participants.push_back({ActorKind::civil_society, in.seats.civil_base + s, -1, p.civil_society_power});
    rows.push_back(perceive(now, true_needs, perception_sd(p, 0.0), kSeatId + 0x100u + static_cast<std::uint32_t>(s)));
  }
  forum.interests.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(true_needs.size()));
  for (std::size_t a = 0; a < rows.size(); ++a) forum.interests.row(static_cast<Eigen::Index>(a)) = rows[a].transpose();
  forum.positions = forum.interests;
  return forum;
}

}  // namespace cgsim
