#include "cgsim/scenario/lever_paths.hpp"

#include <set>

namespace cgsim {
namespace {

std::string shown(std::string_view path, const Parameters& p) {
  const auto* spec = find_parameter(path);
  return std::string(path) + " is " + (spec ? value_text(*spec, p) : std::string("?"));
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return out;
}

std::string both(std::string a, std::string b) {
  std::vector<std::string> parts;
  if (!a.empty()) parts.push_back(std::move(a));
  if (!b.empty()) parts.push_back(std::move(b));
  return joined(parts);
}

bool always(const Parameters&) { return true; }
std::string joint_planning(const Parameters& p) { return joint_planning_missing(p); }

std::string joint_planning_agenda(const Parameters& p) {
  return p.agenda == Agenda::joint_planning ? "" : shown("forum.agenda", p) + " (the forum only collects reports)";
}

std::string msme_seats_in_planning(const Parameters& p) {
  return both(joint_planning_missing(p), p.msme_seats > 0 ? "" : shown("forum.msme_seats", p));
}

std::string civil_society_in_planning(const Parameters& p) {
  return both(joint_planning_missing(p), p.civil_society_seats > 0 ? "" : shown("forum.civil_society_seats", p));
}

std::string supermajority_in_planning(const Parameters& p) {
  return both(joint_planning_missing(p),
              p.decision_rule == DecisionRule::supermajority ? "" : shown("forum.decision_rule", p));
}

std::string deliberating_forum(const Parameters& p) {
  return both(joint_planning_agenda(p), p.meetings_per_year > 0 ? "" : shown("forum.meetings_per_year", p));
}

std::string rule_in_force(const Parameters& p) {
  return p.binding || p.mandatory_reporting
             ? ""
             : "nothing is binding (regulation.binding and regulation.mandatory_reporting are both false)";
}

std::string sanctions_enforced(const Parameters& p) {
  return both(rule_in_force(p), p.sanction > 0 ? "" : shown("regulation.sanction_billion_idr", p));
}

std::string audits_enforced(const Parameters& p) {
  return both(rule_in_force(p), p.audit_probability > 0 ? "" : shown("regulation.audit_probability", p));
}

std::string perda_binding(const Parameters& p) { return p.binding ? "" : shown("regulation.binding", p); }

std::string awards_given(const Parameters& p) { return p.award_value > 0 ? "" : shown("regulation.award_value", p); }

std::string impact_evaluation(const Parameters& p) {
  return p.evaluation_mode == EvaluationMode::impact ? "" : shown("evaluation.mode", p) + " (nothing is learnt)";
}

std::string advocacy_given(const Parameters& p) {
  return p.advocacy_support > 0 ? "" : shown("organisation.advocacy_support", p);
}

std::string unit_on(const Parameters& p) { return p.coordination_unit ? "" : shown("government.coordination_unit", p); }

constexpr std::string_view kDeliberation =
    "it acts only when the forum deliberates a joint plan (forum.agenda joint_planning, a decision rule other "
    "than unilateral, meetings)";

}  // namespace

std::string joint_planning_missing(const Parameters& p) {
  std::vector<std::string> parts;
  if (p.agenda != Agenda::joint_planning)
    parts.push_back(shown("forum.agenda", p) + " (the forum only collects reports)");
  if (p.decision_rule == DecisionRule::unilateral)
    parts.push_back(shown("forum.decision_rule", p) + " (every company plans alone)");
  if (p.meetings_per_year <= 0) parts.push_back(shown("forum.meetings_per_year", p));
  return joined(parts);
}

const std::vector<LeverPath>& lever_paths() {
  static const std::vector<LeverPath> table{
      {"government.authority", "the government's power acts only in a forum that deliberates a joint plan", always,
       joint_planning},
      {"government.need_weight", "the government's position acts only in a forum that deliberates a joint plan", always,
       joint_planning},
      {"forum.agenda",
       "a joint-planning agenda adopts a plan only under a decision rule other than unilateral, with meetings",
       [](const Parameters& p) { return p.agenda == Agenda::joint_planning; }, joint_planning},
      {"forum.decision_rule", "it acts only in a forum that deliberates (forum.agenda joint_planning, meetings)",
       [](const Parameters& p) { return p.decision_rule != DecisionRule::unilateral; }, deliberating_forum},
      {"forum.supermajority_threshold", "it acts only when a deliberating forum decides by supermajority", always,
       supermajority_in_planning},
      {"forum.acceptability_tolerance", kDeliberation, always, joint_planning},
      {"forum.msme_seats",
       "MSME representatives act only by speaking and voting in joint planning (forum.agenda joint_planning, a "
       "decision rule other than unilateral, meetings)",
       [](const Parameters& p) { return p.msme_seats > 0; }, joint_planning},
      {"forum.civil_society_seats",
       "universities and NGOs act through joint planning: they deliberate and partner deliveries of the plan "
       "(forum.agenda joint_planning)",
       [](const Parameters& p) { return p.civil_society_seats > 0; }, joint_planning_agenda},
      {"forum.rounds_per_meeting", kDeliberation, always, joint_planning},
      {"forum.mixing_rate", kDeliberation, always, joint_planning},
      {"forum.bounded_confidence", kDeliberation, always, joint_planning},
      {"power.asymmetry_exponent", kDeliberation, always, joint_planning},
      {"power.facilitation_effect", kDeliberation, always, joint_planning},
      {"power.msme_representative",
       "it acts only when MSME representatives sit in a forum that deliberates a joint plan", always,
       msme_seats_in_planning},
      {"power.civil_society", "it acts only when civil society sits in a forum that deliberates a joint plan", always,
       civil_society_in_planning},
      {"forum.susceptibility", kDeliberation, always, joint_planning},
      {"forum.evidence_pull", kDeliberation, always, joint_planning},
      {"forum.chair", kDeliberation, always, joint_planning},
      {"forum.decision_attempts", kDeliberation, always, joint_planning},
      {"forum.paid_attendance", "it pays MSME representatives to attend meetings where a joint plan is deliberated",
       [](const Parameters& p) { return p.paid_attendance; }, msme_seats_in_planning},
      {"forum.msme_attendance_unpaid", "it acts only when MSME representatives sit in a forum that deliberates", always,
       msme_seats_in_planning},
      {"forum.msme_attendance_paid", "it acts only when MSME representatives sit in a forum that deliberates", always,
       msme_seats_in_planning},
      {"power.legitimacy_weight", kDeliberation, always, joint_planning},
      {"power.exit_distance", "it acts only on companies holding to an adopted joint plan", always, joint_planning},
      {"regulation.binding_norm",
       "it acts only through a rule in force (regulation.binding or regulation.mandatory_reporting)", always,
       rule_in_force},
      {"regulation.audit_probability",
       "it deters only with a rule in force (regulation.binding or regulation.mandatory_reporting) and a sanction",
       [](const Parameters& p) { return p.audit_probability > 0; }, sanctions_enforced},
      {"regulation.sanction_billion_idr",
       "it deters only with a rule in force (regulation.binding or regulation.mandatory_reporting) and audits",
       [](const Parameters& p) { return p.sanction > 0; }, audits_enforced},
      {"regulation.min_msme_share", "a minimum MSME share is a clause of a binding Perda (regulation.binding)",
       [](const Parameters& p) { return p.min_msme_share > 0; }, perda_binding},
      {"regulation.compliance_cost_billion_idr",
       "it is the cost of meeting obligations, so it acts only with a rule in force (regulation.binding or "
       "regulation.mandatory_reporting)",
       always, rule_in_force},
      {"regulation.award_countable_tilt", "it acts only when awards are given (regulation.award_value > 0)", always,
       awards_given},
      {"evaluation.learning_rate", "it acts only when impact is evaluated (evaluation.mode impact)", always,
       impact_evaluation},
      {"evaluation.impact_noise", "it acts only when impact is evaluated (evaluation.mode impact)", always,
       impact_evaluation},
      {"organisation.advocacy_effect", "it acts only with organising support (organisation.advocacy_support > 0)",
       always, advocacy_given},
      {"coordination.", "the coordination unit's settings act only when the unit exists", always, unit_on},
  };
  return table;
}

namespace {

bool matches(const LeverPath& lever, std::string_view key) {
  if (!lever.key.empty() && lever.key.back() == '.') return key.substr(0, lever.key.size()) == lever.key;
  return key == lever.key;
}

// Every key the scenario sets, with where: its files and --set, then its schedule.
std::map<std::string, Origin> keys_set(const Scenario& s) {
  auto keys = s.set_keys;
  for (const auto& change : s.schedule) keys.emplace(std::string(change.path), change.origin);
  return keys;
}

}  // namespace

std::vector<InertLever> inert_levers(const Scenario& s) {
  std::vector<Parameters> years{s.parameters};
  if (!s.schedule.empty())
    for (int y = 2; y <= static_cast<int>(s.parameters.years); ++y) years.push_back(s.parameters_in_year(y));
  std::vector<InertLever> out;
  for (const auto& [key, where] : keys_set(s)) {
    for (const auto& lever : lever_paths()) {
      if (!matches(lever, key)) continue;
      bool engaged = false, acts = false;
      std::string missing;
      for (const auto& p : years) {
        if (!lever.engaged(p)) continue;
        engaged = true;
        const auto lacking = lever.missing(p);
        if (lacking.empty()) acts = true;
        if (missing.empty()) missing = lacking;
      }
      if (!engaged || acts) continue;
      const auto* spec = find_parameter(key);
      out.push_back({key, where, spec ? value_text(*spec, s.parameters) : "",
                     std::string(lever.acts_through) + "; here " + missing});
      break;
    }
  }
  return out;
}

}  // namespace cgsim
