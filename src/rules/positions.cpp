#include "cgsim/rules/positions.hpp"

#include <cmath>

namespace cgsim {
namespace {

constexpr std::uint32_t kGovernmentId = 0xFFFF0000u;

}  // namespace

Eigen::VectorXd perceive(const RuleContext& now, const Eigen::MatrixXd& needs, double sd, std::uint32_t who,
                         const Eigen::VectorXd* visibility) {
  const int cells = static_cast<int>(needs.size());
  Eigen::VectorXd out(cells);
  for (int d = 0; d < needs.cols(); ++d)
    for (int t = 0; t < kTypes; ++t) {
      const int c = cell(t, d);
      const double z =
          now.rng.normal(Purpose::perception, who, static_cast<std::uint32_t>(now.year), static_cast<std::uint32_t>(c));
      out(c) = needs(t, d) * std::exp(sd * z - 0.5 * sd * sd) * (visibility ? (*visibility)(d) : 1.0);
    }
  return normalised(out);
}

Eigen::VectorXd normalised(const Eigen::VectorXd& v) {
  const double s = v.sum();
  if (!(s > 0)) return Eigen::VectorXd::Constant(v.size(), 1.0 / static_cast<double>(v.size()));
  return v / s;
}

double perception_sd(const Parameters& p, double voice) {
  return p.perception_noise * (1.0 - p.registry_effect * p.registry_quality) * (1.0 - p.voice_effect * voice);
}

ByType visible_mix(const ByType& weights, const Parameters& p, double visibility_weight) {
  ByType out{};
  double sum = 0;
  for (int t = 0; t < kTypes; ++t) {
    out[t] = weights[t] * (1.0 - visibility_weight + visibility_weight * p.brandability[t]);
    sum += out[t];
  }
  for (auto& v : out) v = sum > 0 ? v / sum : 1.0 / kTypes;
  return out;
}

Eigen::VectorXd company_position(const RuleContext& now, const Company& c, int j, double last_voice,
                                 const Eigen::MatrixXd& true_needs) {
  const auto& p = now.params;
  const auto D = static_cast<int>(true_needs.cols());
  // Licence to operate: most of the money in the ring-1 districts around its operations.
  Eigen::VectorXd district_focus = Eigen::VectorXd::Constant(D, (1.0 - p.operating_focus) / D);
  Eigen::VectorXd visibility = Eigen::VectorXd::Constant(D, p.nonoperating_visibility);
  for (int d : c.districts) {
    district_focus(d) += p.operating_focus / static_cast<double>(c.districts.size());
    visibility(d) = 1.0;
  }
  if (c.districts.empty()) district_focus.setConstant(1.0 / D);
  // Its flagship programme types, tilted towards visible, brandable ones.
  const ByType types = visible_mix(c.preferences, p, p.brand_weight);
  Eigen::VectorXd own(D * kTypes);
  for (int d = 0; d < D; ++d)
    for (int t = 0; t < kTypes; ++t) own(cell(t, d)) = types[t] * district_focus(d);
  const Eigen::VectorXd seen =
      perceive(now, true_needs, perception_sd(p, last_voice), static_cast<std::uint32_t>(j), &visibility);
  return normalised((1.0 - p.company_need_weight) * normalised(own) + p.company_need_weight * seen);
}

Eigen::VectorXd government_interest(const RuleContext& now, const std::vector<District>& districts,
                                    const ByType& government_priorities, double last_voice,
                                    const Eigen::MatrixXd& true_needs) {
  const auto& p = now.params;
  const auto D = static_cast<int>(districts.size());
  // Balance across districts: money in proportion to their MSMEs, weighted by RPJMD priority.
  Eigen::VectorXd balance(D);
  for (int d = 0; d < D; ++d)
    balance(d) = (static_cast<double>(districts[d].count) + 1.0) * districts[d].rpjmd_priority;
  balance = normalised(balance);
  const ByType types = visible_mix(government_priorities, p, p.government_visibility_weight);
  Eigen::VectorXd plan(D * kTypes);
  for (int d = 0; d < D; ++d)
    for (int t = 0; t < kTypes; ++t) plan(cell(t, d)) = types[t] * balance(d);
  const Eigen::VectorXd seen = perceive(now, true_needs, perception_sd(p, last_voice), kGovernmentId);
  return normalised((1.0 - p.government_need_weight) * normalised(plan) + p.government_need_weight * seen);
}

}  // namespace cgsim
