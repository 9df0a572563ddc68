"""The forum under each decision rule, power asymmetry and length of deliberation (SIGER-MU).

    /usr/bin/python3 analysis/forum_rules.py [--replications 20] [--seed 2024] [--cgsim build/cgsim] [-o FILE]

Runs scenarios/siger_mu.yaml under every `forum.decision_rule`, at low and high
`power.asymmetry_exponent`, with short and long deliberation (`forum.rounds_per_meeting`), and
with SIGER-MU's neutral chair or today's chair (the dominant company drafts; `forum.chair`),
same seed for every cell (common random numbers), and prints a markdown table: per cell the mean
over replications of each replication's mean over the simulated years, with its 95% t interval.
analysis/results.py puts the same table into docs/results.md.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import h5py
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.catalog import FORUM_OUTCOMES  # noqa: E402
from analysis.stats import mean_ci  # noqa: E402

RULES = ("weighted_majority", "supermajority", "consensus")  # and unilateral, which holds no meeting
CHAIRS = ("neutral", "dominant_company")
ASYMMETRY = {"low": 1.0, "high": 3.0}  # SIGER-MU's 1.0; above today's 2.5
DELIBERATION = {"short": 1, "long": 20}  # rounds per meeting (SIGER-MU: 3)
SCENARIO = ROOT / "scenarios" / "siger_mu.yaml"


def run_cell(cgsim: str, out: Path, settings: dict, replications: int, seed: int) -> dict:
    sets = [arg for key, value in settings.items() for arg in ("--set", f"{key}={value}")]
    subprocess.run([cgsim, "run", str(SCENARIO), "-o", str(out), "--force", "--replications", str(replications),
                    "--seed", str(seed), *sets],
                   check=True, stdout=subprocess.DEVNULL)
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replications", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--cgsim", default=str(ROOT / "build" / "cgsim"))
    ap.add_argument("-o", "--output", help="write the markdown here instead of printing it")
    args = ap.parse_args()
    text = "\n".join(forum_rules_table(args.cgsim, args.replications, args.seed)) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
