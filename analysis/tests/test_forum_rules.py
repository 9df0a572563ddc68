"""forum_rules.py: one row per cell, the cell's settings passed on, intervals over replications."""
from __future__ import annotations

import numpy as np

from cgsim_analysis.readers.catalog import FORUM_OUTCOMES
from cgsim_analysis.studies import forum_rules


def test_table_has_a_row_per_cell_with_intervals(monkeypatch):
    seen = []

    def fake_run_cell(cgsim, out, settings, replications, seed):
        seen.append(dict(settings))
        # decision_success 1 under weighted majority, spread-out values elsewhere
        base = 1.0 if settings.get("forum.decision_rule") == "weighted_majority" else 0.0
        return {name: np.array([base, base, base]) if name == "decision_success" else np.array([0.2, 0.4, 0.6])
                for name in FORUM_OUTCOMES}

    monkeypatch.setattr(forum_rules, "run_cell", fake_run_cell)
    lines = forum_rules.forum_rules_table("cgsim", 3, 7)
    cells = 1 + len(forum_rules.CHAIRS) * len(forum_rules.RULES) * len(forum_rules.ASYMMETRY) * len(
        forum_rules.DELIBERATION)
    assert len(lines) == 2 + cells
    assert len(seen) == cells
    assert seen[0] == {"forum.decision_rule": "unilateral"}
    assert {s.get("forum.rounds_per_meeting") for s in seen[1:]} == set(forum_rules.DELIBERATION.values())
    header = lines[0].strip("|").split("|")
    assert [h.strip() for h in header][4:] == list(FORUM_OUTCOMES)
    majority = next(line for line in lines if "| weighted_majority |" in line)
    assert "1.000 [1.000, 1.000]" in majority
    # 0.2, 0.4, 0.6: mean 0.4, t interval 0.4 +- 4.303 x 0.2 / sqrt(3)
    assert "0.400 [-0.097, 0.897]" in majority
