#include "cgsim/rules/positions.hpp"

#include <cmath>

#include "cgsim/rules/needs.hpp"

namespace cgsim {
namespace {

constexpr std::uint32_t kGovernmentId = 0xFFFF0000u;
constexpr std::uint32_t kSeatId = 0xFFFE0000u;

// needs x exp(sd z - sd^2/2): log-normal noise with mean 1, one draw per cell.
Eigen::VectorXd perceive(const World& w, const Eigen::MatrixXd& needs, double sd, std::uint32_t who,
                         const Eigen::VectorXd* visibility) {
  const int cells = static_cast<int>(needs.size());
  Eigen::VectorXd out(cells);
  for (int d = 0; d < needs.cols(); ++d)
    for (int t = 0; t < kTypes; ++t) {
      const int c = cell(t, d);
      const double z =
          w.rng.normal(Purpose::perception, who, static_cast<std::uint32_t>(w.year), static_cast<std::uint32_t>(c));
      out(c) = needs(t, d) * std::exp(sd * z - 0.5 * sd * sd) * (visibility ? (*visibility)(d) : 1.0);
    }
  return normalised(out);
}

}  // namespace

Eigen::VectorXd normalised(const Eigen::VectorXd& v) {
  const double s = v.sum();
  if (!(s > 0)) return Eigen::VectorXd::Constant(v.size(), 1.0 / static_cast<double>(v.size()));
  return v / s;
}

double perception_sd(const Parameters& p, double voice) {
  return p.perception_noise * (1.0 - p.registry_effect * p.registry_quality) * (1.0 - p.voice_effect * voice);
}

Eigen::VectorXd company_position(const World& w, int j, double last_voice, const Eigen::MatrixXd& true_needs) {
  const auto& p = w.params;
  const auto& c = w.companies[j];
  const int D = w.district_count();
  // Own agenda: preferred programme mix, mostly in the operating districts (social licence).
  Eigen::VectorXd district_focus = Eigen::VectorXd::Constant(D, (1.0 - p.operating_focus) / D);
  Eigen::VectorXd visibility = Eigen::VectorXd::Constant(D, p.nonoperating_visibility);
  for (int d : c.districts) {
    district_focus(d) += p.operating_focus / static_cast<double>(c.districts.size());
    visibility(d) = 1.0;
  }
  if (c.districts.empty()) district_focus.setConstant(1.0 / D);
  Eigen::VectorXd own(D * kTypes);
  for (int d = 0; d < D; ++d)
    for (int t = 0; t < kTypes; ++t) own(cell(t, d)) = c.preferences[t] * district_focus(d);
  const Eigen::VectorXd seen =
      perceive(w, true_needs, perception_sd(p, last_voice), static_cast<std::uint32_t>(j), &visibility);
  return normalised((1.0 - p.company_need_weight) * normalised(own) + p.company_need_weight * seen);
}

void form_positions(const World& w, Forum& forum, double last_voice, const Eigen::MatrixXd& true_needs) {
  const auto& p = w.params;
  const int D = w.district_count();
  forum.participants.clear();
  std::vector<Eigen::VectorXd> rows;

  forum.participants.push_back({ActorKind::government, 0, -1, p.authority});
  Eigen::VectorXd plan_priorities(D * kTypes);
  double priority_total = 0;
  for (const auto& d : w.districts) priority_total += d.rpjmd_priority;
  for (int d = 0; d < D; ++d)
    for (int t = 0; t < kTypes; ++t)
      plan_priorities(cell(t, d)) =
          w.government_priorities[t] * (priority_total > 0 ? w.districts[d].rpjmd_priority / priority_total : 1.0 / D);
  rows.push_back(normalised((1.0 - p.government_need_weight) * normalised(plan_priorities) +
                            p.government_need_weight *
                                perceive(w, true_needs, perception_sd(p, last_voice), kGovernmentId, nullptr)));

  for (int j = 0; j < static_cast<int>(w.companies.size()); ++j) {
    const auto& c = w.companies[j];
    if (!c.active) continue;
    forum.participants.push_back({ActorKind::company, w.stakeholder_of_company(j), j, c.power});
    rows.push_back(company_position(w, j, last_voice, true_needs));
  }
  // MSME representatives carry their members' needs (associations' aggregated, lightly noisy).
  const Eigen::MatrixXd organised = district_needs(w, true);
  const bool anyone_organised = organised.sum() > 0;
  for (int s = 0; s < std::min<int>(static_cast<int>(p.msme_seats), w.max_seats); ++s) {
    forum.participants.push_back(
        {ActorKind::msme_representative, w.msme_seat_base + s, -1, p.msme_representative_power});
    const double sd = anyone_organised ? 0.2 : p.perception_noise;
    rows.push_back(
        perceive(w, anyone_organised ? organised : true_needs, sd, kSeatId + static_cast<std::uint32_t>(s), nullptr));
  }
  // Universities / NGOs read the registry like the government, without the RPJMD agenda.
  for (int s = 0; s < std::min<int>(static_cast<int>(p.civil_society_seats), w.max_seats); ++s) {
    forum.participants.push_back({ActorKind::civil_society, w.civil_seat_base + s, -1, p.civil_society_power});
    rows.push_back(
        perceive(w, true_needs, perception_sd(p, 0.0), kSeatId + 0x100u + static_cast<std::uint32_t>(s), nullptr));
  }
  forum.positions.resize(static_cast<Eigen::Index>(rows.size()), D * kTypes);
  for (std::size_t a = 0; a < rows.size(); ++a) forum.positions.row(static_cast<Eigen::Index>(a)) = rows[a].transpose();
}

}  // namespace cgsim
