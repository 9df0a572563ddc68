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
import sys
from pathlib import Path

from ..readers import project
from ..studies.forum_rules import forum_rules_table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="forum_rules.py", description=__doc__.splitlines()[0])
    ap.add_argument("--replications", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--cgsim", default=project.find_binary())
    ap.add_argument("-o", "--output", help="write the markdown here instead of printing it")
    args = ap.parse_args(argv)
    text = "\n".join(forum_rules_table(args.cgsim, args.replications, args.seed)) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
