"""catalog.py: ablation scenario names and desirable directions."""
from __future__ import annotations

from analysis import catalog


def test_parse_ablation():
    plus = catalog.parse_ablation("baseline_plus_planning")
    assert (plus.kind, plus.pillar, plus.reference) == ("plus", "planning", "baseline")
    without = catalog.parse_ablation("siger_mu_without_evaluation")
    assert (without.kind, without.pillar, without.reference) == ("without", "evaluation",
                                                                  "siger_mu")
    assert catalog.parse_ablation("siger_mu") is None
    assert catalog.parse_ablation("baseline_plus_tax_incentive") is None


def test_main_scenarios():
    names = ["pre_collaborative", "siger_mu", "baseline_plus_engagement",
             "siger_mu_without_planning", "binding_perda"]
    assert catalog.main_scenarios(names) == ["pre_collaborative", "siger_mu", "binding_perda"]


def test_direction():
    assert catalog.direction("capability_mean") == 1
    assert catalog.direction("duplication_rate") == -1
    assert catalog.direction("government_cost") == 0


def test_baseline_is_always_main():
    assert catalog.main_scenarios(["baseline_plus_planning", "siger_mu_without_planning"]) == [
        "baseline_plus_planning"]
