"""Calibrate, then compare the incentive schemes over every plausible parameter set, in one command.

    /usr/bin/python3 analysis/plausible_schemes.py                 # about 5-10 minutes on 2 cores
    /usr/bin/python3 analysis/plausible_schemes.py --skip-calibration   # reuse plausible_sets.csv
    /usr/bin/python3 analysis/plausible_schemes.py --update-results     # and write its section of docs/results.md

1. analysis/calibrate.py scenarios/data/targets.yaml scenarios/experiments/calibration.yaml --cutoff 2
   (waves of history matching) -> out/calibration/plausible.csv, copied to
   scenarios/experiments/plausible_sets.csv (the file the comparison's design reads);
2. cgsim experiment run scenarios/experiments/schemes_plausible.yaml -> out/schemes_plausible.h5;
3. how often each scheme comes first in each key indicator over the plausible sets, among all
   schemes and among the incentive schemes without SIGER-MU (plain, and weighted by the ABC
   weights), printed as markdown for docs/results.md and written to
   out/schemes_plausible_ranking.csv. analysis/results.py (all of docs/results.md) calls this too.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from ..readers import project
from ..studies.plausible_schemes import replace_section, run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="plausible_schemes.py", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--out", type=Path, default=project.PROJECT / "out", help="output folder (default out/)")
    ap.add_argument("--skip-calibration", action="store_true",
                    help="use scenarios/experiments/plausible_sets.csv as it is")
    ap.add_argument("--reuse-runs", action="store_true",
                    help="use OUT/schemes_plausible.h5 if it exists (only the tables are remade)")
    ap.add_argument("--cutoff", type=float, default=2.0,
                    help="largest implausibility kept (default 2: sets that reproduce the targets about within "
                         "their accepted intervals; calibrate.py's own default is the looser 3)")
    ap.add_argument("--discrepancy", type=float, default=0.1, help="model discrepancy share (default 0.1)")
    ap.add_argument("--update-results", type=Path, nargs="?", const=project.DOCS / "results.md",
                    help="also write the section into docs/results.md (or the file given), replacing it if there")
    ap.add_argument("-t", "--threads", type=int)
    args = ap.parse_args(argv)
    try:
        lines = run(args.out, args.skip_calibration, args.cutoff, args.discrepancy, args.threads,
                    reuse_runs=args.reuse_runs)
    except (RuntimeError, OSError, ValueError, subprocess.CalledProcessError) as e:
        print(f"plausible_schemes: {e}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    if args.update_results:
        path = args.update_results
        path.write_text(replace_section(path.read_text(encoding="utf-8"), lines), encoding="utf-8")
        print(f"updated {path}", file=sys.stderr)
    return 0
