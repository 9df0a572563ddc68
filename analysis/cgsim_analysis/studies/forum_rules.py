"""The forum under each decision rule, power asymmetry and length of deliberation (SIGER-MU):
one run per cell, same seed for every cell (common random numbers), as a markdown table of
means over replications with 95% t intervals (tools/forum_rules.py, tools/results.py).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import h5py
import numpy as np

from ..readers import project
from ..readers.catalog import FORUM_OUTCOMES
from ..stats.intervals import mean_ci

RULES = ("weighted_majority", "supermajority", "consensus")  # and unilateral, which holds no meeting
CHAIRS = ("neutral", "dominant_company")
ASYMMETRY = {"low": 1.0, "high": 3.0}  # SIGER-MU's 1.0; above today's 2.5
DELIBERATION = {"short": 1, "long": 20}  # rounds per meeting (SIGER-MU: 3)
SCENARIO = project.SCENARIOS / "siger_mu.yaml"


def run_cell(cgsim: str, out: Path, settings: dict, replications: int, seed: int) -> dict:
    sets = [arg for key, value in settings.items() for arg in ("--set", f"{key}={value}")]
    project.run_shown(cgsim, "run", SCENARIO, "-o", out, "--force", "--replications", replications, "--seed", seed,
                      *sets)
    with h5py.File(out, "r") as f:
        group = next(k for k in f if isinstance(f[k], h5py.Group) and "indicators" in f[k])
        return {name: np.asarray(f[group]["indicators"][name][()]).mean(axis=1) for name in FORUM_OUTCOMES}


def fmt(mean: float, low: float, high: float) -> str:
    return f"{mean:.3f} [{low:.3f}, {high:.3f}]"


def forum_rules_table(cgsim: str, replications: int, seed: int) -> list[str]:
    head = ["chair", "rule", "asymmetry", "deliberation", *FORUM_OUTCOMES]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]

    def row(tmp: str, labels: list[str], settings: dict) -> None:
        values = run_cell(cgsim, Path(tmp) / "cell.h5", settings, replications, seed)
        lines.append("| " + " | ".join(labels + [fmt(*mean_ci(values[name])) for name in FORUM_OUTCOMES]) + " |")
        print("done: " + " ".join(labels), file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        row(tmp, ["—", "unilateral", "any", "none"], {"forum.decision_rule": "unilateral"})
        for chair in CHAIRS:
            for rule in RULES:
                for a_name, alpha in ASYMMETRY.items():
                    for d_name, rounds in DELIBERATION.items():
                        row(tmp, [chair, rule, f"{a_name} ({alpha:g})", f"{d_name} ({rounds} round/meeting)"],
                            {"forum.chair": chair, "forum.decision_rule": rule, "power.asymmetry_exponent": alpha,
                             "forum.rounds_per_meeting": rounds})
    return lines
