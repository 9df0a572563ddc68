#include "cgsim/rules/stakeholder_trust.hpp"

#include <algorithm>
#include <cmath>

#include "cgsim/rules/levers.hpp"

namespace cgsim {
namespace {

// Adherence of a stakeholder to the plan: companies by their adherence, others keep their word.
double adherence_of(const ForumOutcome& outcome, const Participant& p) {
  return p.kind == ActorKind::company ? outcome.adherence[p.company] : 1.0;
}

}  // namespace

void update_stakeholder_trust(const Parameters& p, const Forum& forum, std::vector<Company>& companies,
                              TrustMatrix& T) {
  const auto& parts = forum.participants;
  const int meetings_held = forum.meetings_held;
  const bool planned = plans_jointly(p, parts.size()) && meetings_held > 0;
  const bool adopted = forum.outcome.plan_adopted;
  const auto& heard = forum.outcome.heard;  // acceptability of the plan to each one's interest
  const double dialogue = planned ? 1.0 - std::pow(1.0 - p.dialogue_gain, static_cast<double>(meetings_held)) : 0.0;
  for (std::size_t ia = 0; ia < parts.size(); ++ia)
    for (const auto& b : parts) {
      const auto& a = parts[ia];
      if (a.stakeholder == b.stakeholder) continue;
      double t = T(a.stakeholder, b.stakeholder);
      // Being heard or not: trust in the others moves towards how well the plan served a's interest.
      if (ia < heard.size()) t += dialogue * (heard[ia] - t);
      if (adopted) {
        const double kept = adherence_of(forum.outcome, b);
        t += p.commitment_gain * kept * (1.0 - t) - p.defection_loss * (1.0 - kept) * t;
      }
      T(a.stakeholder, b.stakeholder) = static_cast<float>(std::clamp(t, 0.0, 1.0));
    }
  if (adopted) {  // operating companies that stayed away spent against the plan
    for (std::size_t j = 0; j < companies.size(); ++j) {
      const auto& c = companies[j];
      if (!c.operating() || c.active) continue;
      const int s = company_stakeholder(static_cast<int>(j));
      for (const auto& a : parts) T(a.stakeholder, s) *= static_cast<float>(1.0 - 0.5 * p.defection_loss);
    }
  }
  // Trust drifts back towards its starting level; one's trust in oneself stays 1.
  const auto initial = static_cast<float>(p.initial_stakeholder_trust);
  const auto decay = static_cast<float>(p.trust_decay);
  for (float& t : T.values()) t += decay * (initial - t);
  for (int s = 0; s < T.size(); ++s) T(s, s) = 1.0f;
  for (std::size_t j = 0; j < companies.size(); ++j) {
    auto& c = companies[j];
    const int s = company_stakeholder(static_cast<int>(j));
    // Commitment: trust in the parties the company plans with (government and forum participants).
    double sum = T(s, 0), count = 1;
    for (const auto& a : parts)
      if (a.stakeholder != s && a.stakeholder != 0) {
        sum += T(s, a.stakeholder);
        count += 1;
      }
    c.commitment = sum / count;
    const double visible = (0.5 * c.active + 0.5 * c.reporting) * (p.transparency ? 1.0 : 0.6);
    c.reputation += 0.3 * (visible - c.reputation);
  }
}

double government_company_trust(const Parameters& p, const TrustMatrix& T, const std::vector<Company>& companies,
                                const Forum& forum) {
  double sum = 0, n = 0;
  auto add = [&](int s) {
    sum += 0.5 * (T(0, s) + T(s, 0));
    n += 1;
  };
  for (const auto& a : forum.participants)
    if (a.kind == ActorKind::company) add(a.stakeholder);
  if (n == 0)
    for (std::size_t j = 0; j < companies.size(); ++j)
      if (companies[j].operating()) add(company_stakeholder(static_cast<int>(j)));
  return n > 0 ? sum / n : p.initial_stakeholder_trust;
}

double participant_trust(const Parameters& p, const TrustMatrix& T, const std::vector<Company>& companies,
                         const Forum& forum) {
  const auto& parts = forum.participants;
  double sum = 0, n = 0;
  for (const auto& a : parts)
    for (const auto& b : parts)
      if (a.stakeholder != b.stakeholder) {
        sum += T(a.stakeholder, b.stakeholder);
        n += 1;
      }
  return n > 0 ? sum / n : government_company_trust(p, T, companies, forum);
}

}  // namespace cgsim
