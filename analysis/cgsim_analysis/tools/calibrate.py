"""Calibration by history matching: which parameter sets are consistent with what was observed?

    /usr/bin/python3 analysis/calibrate.py scenarios/data/targets.yaml scenarios/experiments/calibration.yaml \\
        -o out/plausible.csv
    /usr/bin/python3 analysis/calibrate.py scenarios/data/targets.yaml out/wave.h5 -o out/plausible.csv  # one wave

TARGETS is a targets file (scenarios/data/targets.yaml: observed value with sd, or an interval). The
second argument is an experiment over the uncertain parameters (`cgsim experiment`; its first
policy, or --policy, is the one compared with the observations: the baseline of today), either
the experiment file, which is then run in waves, or a finished experiment file (one wave).

For every design point and every behaviour target whose indicator the experiment keeps:

    I_k = |simulated mean - observed| / sqrt(V_observed + V_simulation / R + V_model)

with V_observed = sd^2 (an interval [low, high] counts as observed = its middle, sd = width / 4),
V_simulation the variance between the R replications, and V_model = (discrepancy x observed)^2,
the model discrepancy (what the model cannot reproduce whatever its parameters; --discrepancy,
default 0.1). The simulated value of a replication is its mean over the stored years (the
observations are snapshots of a steady state), as analysis/targets.py. A point is plausible when
its largest I_k is at most --cutoff (default 3, Pukelsheim's three-sigma rule).

Waves: wave 1 runs the experiment as given; each next wave runs the same design (new seed) over
the bounding box of the plausible points of the wave before (widened by --margin of its width,
within the original ranges), so the space narrows. The plausible sets of every wave are kept.

ABC rejection from the same runs: distance d = sqrt(sum_k I_k^2); the --abc-quantile share of
points with the smallest d are accepted, weighted by an Epanechnikov kernel in d and by the
prior / proposal density (the waves sample narrower boxes than the prior, the original ranges).

Outputs: PLAUSIBLE.csv (set, one column per parameter, wave, max_implausibility, abc_weight:
usable as `design: {type: explicit, file: PLAUSIBLE.csv}` in an experiment), PLAUSIBLE_runs.csv
(every point of every wave with its I_k, distance and ABC weight), PLAUSIBLE.json (settings,
waves and their ranges, per-target table over the plausible sets).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from ..readers import project
from ..readers.output_paths import UnsafeOutput
from ..studies.calibration import calibrate, target_table, write_outputs

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="calibrate.py", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("targets", type=Path, help="targets file (scenarios/data/targets.yaml)")
    ap.add_argument("experiment", type=Path, help="experiment file (.yaml, run in waves) or result (.h5, one wave)")
    ap.add_argument("-o", "--output", type=Path, default=Path("out/plausible.csv"),
                    help="the plausible sets (CSV; default out/plausible.csv)")
    ap.add_argument("--policy", help="the policy compared with the observations (default: the first)")
    ap.add_argument("--waves", type=int, default=3, help="waves to run from a .yaml (default 3)")
    ap.add_argument("--cutoff", type=float, default=3.0, help="largest accepted implausibility (default 3)")
    ap.add_argument("--discrepancy", type=float, default=0.1,
                    help="model discrepancy sd as a share of the observed value (default 0.1)")
    ap.add_argument("--margin", type=float, default=0.1, help="widening of each wave's box (default 0.1)")
    ap.add_argument("--abc-quantile", type=float, default=0.1, help="share of runs ABC accepts (default 0.1)")
    ap.add_argument("--workdir", type=Path, help="where the waves' files go (default: next to the output)")
    ap.add_argument("-t", "--threads", type=int, help="threads for cgsim experiment run")
    ap.add_argument("--force", action="store_true", help="overwrite existing outputs")
    args = ap.parse_args(argv)
    binary = project.find_binary()
    workdir = args.workdir or args.output.with_suffix("").with_name(args.output.stem + "_waves")
    try:
        if args.waves < 1 or not 0 < args.abc_quantile <= 1 or args.cutoff <= 0 or args.discrepancy < 0:
            raise ValueError("expected --waves >= 1, 0 < --abc-quantile <= 1, --cutoff > 0, --discrepancy >= 0")
        if not args.experiment.is_file():
            raise ValueError(f"{args.experiment}: no such file")
        cal = calibrate(args.targets, args.experiment, args.policy, args.waves, args.cutoff, args.discrepancy,
                        args.margin, args.abc_quantile, workdir, binary, args.threads,
                        log=lambda m: print(m, file=sys.stderr))
        paths = write_outputs(cal, args.output, args.force)
    except (ValueError, OSError, RuntimeError, UnsafeOutput, KeyError, yaml.YAMLError) as e:
        print(f"calibrate: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for note in cal.notes:
        print(f"note: {note}")
    print(target_table(cal).to_string(index=False, float_format=lambda v: f"{v:.3g}"))
    print(f"\n{len(cal.plausible)} plausible parameter sets of {len(cal.runs)} runs in {len(cal.boxes)} wave(s)")
    print("wrote " + ", ".join(str(p) for p in paths))
    return 0
