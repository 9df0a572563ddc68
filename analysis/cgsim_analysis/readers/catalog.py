"""What the indicators and parameters mean for a reader: groups, desirable directions, ablation
names, and the parameter table's descriptions.

Display names and units live in words/i18n.py; this module only knows which indicators matter
most, which direction is "better", how pillar-ablation scenarios are named, and what each
parameter of include/cgsim/scenario/parameters.def means.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .project import PARAMETERS_DEF

# Trajectory figures of the report, in two small-multiples panels.
MSME_OUTCOMES = (
    "capability_mean",
    "revenue_mean",
    "reach",
    "need_match",
    "duplication_rate",
    "benefit_gini_districts",
)
GOVERNANCE = (
    "msme_influence",
    "collaboration_index",
    "csr_impact_capability_per_bn",
    "csr_impact_revenue_per_bn",
    "government_cost",
    "forum_budget_share",
    "csr_spend",
)
# Acceptability of the plan and trust: the forum's legitimacy, charted over time in the report.
FORUM_AND_TRUST = (
    "acceptability_msme",
    "acceptability_government",
    "acceptability_companies",
    "trust_msme_government",
    "trust_msme_company",
    "decision_success",
)
# Company behaviour, shown in the report's main comparison table (the newer indicators of the
# policy-channels model when the file has them).
COMPANY_BEHAVIOUR = (
    "companies_members",
    "companies_active_share",
    "companies_reporting_share",
    "companies_complying_share",
)
# Money, not an outcome: left out of the summary's verdicts, shown as the one net cost figure.
COST_INDICATORS = ("government_cost", "government_cost_net", "fines_collected")

# The forum's outcomes (decision rules, power): success, acceptability per group, equity, influence.
FORUM_OUTCOMES = (
    "decision_success",
    "acceptability_government",
    "acceptability_companies",
    "acceptability_msme",
    "decision_equity",
    "msme_influence",
)
# The key indicators: the rows marked `key` in include/cgsim/measure/indicators.def, in catalogue
# order (cgsim's summary table uses the same list; analysis/tests/test_catalog.py checks it).
KEY_INDICATORS = (
    "capability_mean",
    "revenue_mean",
    "reach",
    "duplication_rate",
    "need_match",
    "repeat_training_share",
    "benefit_gini_districts",
    "acceptability_msme",
    "msme_influence",
    "trust_msme_company",
    "csr_impact_capability_per_bn",
    "csr_impact_revenue_per_bn",
    "government_cost",
    "collaboration_index",
    "collaboration_stage",
)

# Per-district indicators charted for the final year.
DISTRICT_CHARTS = ("spend", "reach", "capability_mean")

# Indicators used to show what each pillar contributes.
PILLAR_OUTCOMES = ("capability_mean", "revenue_mean", "need_match", "collaboration_index")

STAGE_INDICATOR = "collaboration_stage"
N_STAGES = 4

# +1: higher is better, -1: lower is better, 0: neither (costs, volumes).
_LOWER_IS_BETTER = {
    "duplication_rate",
    "repeat_training_share",
    "benefit_gini_districts",
    "benefit_gini_msmes",
    "decision_equity",
}
_NEUTRAL = {"government_cost", "government_cost_net", "fines_collected", "csr_spend",
            "msme_csr_total", "deliberation_rounds", "msmes", "companies_members",
            "companies_active_share", "companies_reporting_share", "companies_complying_share"}


def direction(indicator: str) -> int:
    """+1 when a higher value is better for MSMEs, -1 when lower is better, 0 otherwise."""
    if indicator in _LOWER_IS_BETTER:
        return -1
    if indicator in _NEUTRAL:
        return 0
    return 1


PILLARS = ("engagement", "planning", "institutions", "evaluation")
_ABLATION = re.compile(r"^(?P<ref>.+)_(?P<kind>plus|without)_(?P<pillar>%s)$" % "|".join(PILLARS))


@dataclass(frozen=True)
class Ablation:
    """A pillar-ablation scenario: `<ref>_plus_<pillar>` or `<ref>_without_<pillar>`."""

    scenario: str
    kind: str  # "plus" (pillar added to ref) or "without" (pillar removed from ref)
    pillar: str
    reference: str  # the scenario name before _plus_ / _without_


def parse_ablation(name: str) -> Ablation | None:
    match = _ABLATION.match(name)
    if not match:
        return None
    return Ablation(name, match["kind"], match["pillar"], match["ref"])


def main_scenarios(names: list[str]) -> list[str]:
    """The first scenario (the baseline) and every other one that is not a pillar ablation."""
    return list(names[:1]) + [n for n in names[1:] if parse_ablation(n) is None]


def parameter_meanings(path: Path = PARAMETERS_DEF) -> dict[str, str]:
    """Parameter key -> description, from the parameter table (its last quoted field)."""
    meanings = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return meanings
    for line in text.splitlines():
        fields = re.findall(r'"((?:[^"\\]|\\.)*)"', line)
        if len(fields) >= 2 and "." in fields[0]:
            meanings[fields[0]] = fields[-1]
    return meanings
