#include "cgsim/rules/power.hpp"

#include <algorithm>
#include <cmath>

namespace cgsim {

double evidence_held(const Parameters& p, ActorKind kind) {
  if (kind == ActorKind::company) return 0.0;
  const double evaluated = p.evaluation_mode == EvaluationMode::impact ? 1.5 : 1.0;
  return std::min(1.0, p.registry_quality * evaluated);
}

Eigen::VectorXd vote_weights(const std::vector<Participant>& parts, double alpha) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(parts.size()));
  for (std::size_t a = 0; a < parts.size(); ++a) {
    const double P = parts[a].power;
    out(static_cast<Eigen::Index>(a)) = P > 0 ? std::pow(P, alpha) : (alpha == 0 ? 1.0 : 0.0);
  }
  return out;
}

Eigen::VectorXd speaking_shares(const std::vector<Participant>& parts, const std::vector<int>& present,
                                const Parameters& p) {
  const auto n = static_cast<Eigen::Index>(present.size());
  Eigen::VectorXd weight(n);
  const Eigen::VectorXd votes = vote_weights(parts, p.asymmetry_exponent);
  for (Eigen::Index k = 0; k < n; ++k) {
    const auto& part = parts[static_cast<std::size_t>(present[k])];
    weight(k) = votes(present[k]) * (1.0 + p.legitimacy_weight * evidence_held(p, part.kind));
  }
  const double total = weight.sum();
  const double floor = std::clamp(p.facilitation_effect * p.facilitation, 0.0, 1.0);
  const Eigen::VectorXd equal = Eigen::VectorXd::Constant(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
  if (!(total > 0)) return equal;
  return (1.0 - floor) * weight / total + floor * equal;
}

int chair_of(const std::vector<Participant>& parts, const std::vector<int>& present, const Parameters& p, int year) {
  int government = -1, company = -1, msme = -1, civil = -1;
  for (int a : present) {
    const auto& part = parts[static_cast<std::size_t>(a)];
    switch (part.kind) {
      case ActorKind::government:
        government = a;
        break;
      case ActorKind::company:
        if (company < 0 || part.power > parts[static_cast<std::size_t>(company)].power) company = a;
        break;
      case ActorKind::msme_representative:
        if (msme < 0) msme = a;
        break;
      case ActorKind::civil_society:
        if (civil < 0) civil = a;
        break;
    }
  }
  if (p.chair == Chair::neutral) return -1;
  if (p.chair == Chair::government) return government;
  if (p.chair == Chair::rotation) {
    std::vector<int> turns;
    for (int a : {government, company, msme, civil})
      if (a >= 0) turns.push_back(a);
    return turns.empty() ? -1 : turns[static_cast<std::size_t>(std::max(year - 1, 0)) % turns.size()];
  }
  return company >= 0 ? company : government;  // dominant_company
}

bool attends(const RuleContext& now, const Participant& part, int meeting) {
  if (part.kind != ActorKind::msme_representative) return true;
  const auto& p = now.params;
  const double chance = p.paid_attendance ? p.msme_attendance_paid : p.msme_attendance_unpaid;
  return now.rng.uniform(Purpose::forum_attendance, static_cast<std::uint32_t>(part.stakeholder),
                         static_cast<std::uint32_t>(now.year), static_cast<std::uint32_t>(meeting)) < chance;
}

}  // namespace cgsim
