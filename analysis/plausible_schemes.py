"""Calibrate, then compare the incentive schemes over every plausible parameter set, in one command.

    /usr/bin/python3 analysis/plausible_schemes.py                 # about 5-10 minutes on 2 cores
    /usr/bin/python3 analysis/plausible_schemes.py --skip-calibration   # reuse plausible_sets.csv
    /usr/bin/python3 analysis/plausible_schemes.py --update-results     # and write its section of docs/results.md

1. analysis/calibrate.py scenarios/data/targets.yaml scenarios/experiments/calibration.yaml --cutoff 2
   (waves of history matching) -> out/calibration/plausible.csv, copied to
   scenarios/experiments/plausible_sets.csv (the file the comparison's design reads);
2. cgsim experiment run scenarios/experiments/schemes_plausible.yaml -> out/schemes_plausible.h5;
3. how often each scheme comes first in each key indicator over the plausible sets, among all
   schemes and among the incentive schemes without SIGER-MU (plain, and weighted by the ABC weights), printed as markdown for docs/results.md and written to
   out/schemes_plausible_ranking.csv. analysis/results.py (all of docs/results.md) calls this too.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from analysis import calibrate  # noqa: E402
from analysis.experiment_data import read_experiment  # noqa: E402
from analysis.ranking import ranking  # noqa: E402

EXPERIMENTS = REPO / "scenarios" / "experiments"
INDICATORS = ["capability_mean", "need_match", "reach", "duplication_rate", "companies_active_share",
              "collaboration_index"]


def rank_table(table: pd.DataFrame, title: str) -> list[str]:
    wide = table.pivot_table(index="policy", columns="indicator", values="share_first", sort=False)
    weighted = table.pivot_table(index="policy", columns="indicator", values="share_first_abc", sort=False)
    means = table.pivot_table(index="policy", columns="indicator", values="mean", sort=False)
    lines = [title, "", "| scheme | " + " | ".join(wide.columns) + " |", "|---|" + "---|" * len(wide.columns)]
    equal = table.groupby("indicator").all_equal.all()
    for policy in wide.index:
        cells = [f"all equal ({means.loc[policy, c]:.3g})" if equal[c] else
                 f"{wide.loc[policy, c]:.0%} ({weighted.loc[policy, c]:.0%}; {means.loc[policy, c]:.3g})"
                 for c in wide.columns]
        lines.append(f"| {policy} | " + " | ".join(cells) + " |")
    same = [c for c in wide.columns if equal[c]]
    if same:
        lines += ["", f"These schemes give identical values of {', '.join(same)} at every plausible set: in this "
                      "version of the model they change who takes part, not what reaches the MSMEs."]
    return lines


def markdown(tables: list[tuple[str, pd.DataFrame]], calibration_table: pd.DataFrame | None) -> str:
    lines = []
    for title, table in tables:
        lines += rank_table(table, title) + [""]
    if calibration_table is not None:
        lines += ["", "Calibration targets over the plausible sets:", "",
                  "| target | observed (sd) | simulated over the sets: min / median / max | in the accepted interval |",
                  "|---|---|---|---|"]
        for _, r in calibration_table.iterrows():
            lines.append(f"| {r.target} | {r.observed:.3f} ({r.sd_observed:.3f}) | {r.simulated_min:.3f} / "
                         f"{r.simulated_median:.3f} / {r.simulated_max:.3f} | {r.share_in_accepted_interval:.0%} |")
    return "\n".join(lines)


SECTION = "## The incentive schemes over the plausible parameter sets of the calibration"


def run(out: Path, skip_calibration: bool = False, cutoff: float = 2.0, discrepancy: float = 0.1,
        threads: int | None = None, binary: str | None = None, reuse_runs: bool = False) -> list[str]:
    """Calibrate (unless skipped), run the schemes over the plausible sets (unless reused), and
    return the markdown section for docs/results.md (heading, how it was made, the tables)."""
    binary = binary or os.environ.get("CGSIM_BIN", str(REPO / "build" / "cgsim"))
    sets_file = EXPERIMENTS / "plausible_sets.csv"
    cal_table = None
    if skip_calibration and (out / "calibration" / "plausible.json").exists():
        saved = json.loads((out / "calibration" / "plausible.json").read_text())
        cal_table = pd.DataFrame(saved["target_table"])
        cutoff, discrepancy = saved["settings"]["cutoff"], saved["settings"]["discrepancy"]
    if not skip_calibration:
        cal = calibrate.calibrate(REPO / "scenarios/data/targets.yaml", EXPERIMENTS / "calibration.yaml", cutoff=cutoff,
                                  discrepancy=discrepancy, workdir=out / "calibration" / "waves", binary=binary,
                                  threads=threads, log=lambda m: print(m, file=sys.stderr))
        if cal.plausible.empty:
            raise RuntimeError("the calibration kept no plausible parameter set: nothing to compare")
        calibrate.write_outputs(cal, out / "calibration" / "plausible.csv", force=True)
        shutil.copyfile(out / "calibration" / "plausible.csv", sets_file)
        cal_table = calibrate.target_table(cal)
    result = out / "schemes_plausible.h5"
    command = [binary, "experiment", "run", str(EXPERIMENTS / "schemes_plausible.yaml"), "-o", str(result), "--force"]
    if threads:
        command += ["-t", str(threads)]
    if not (reuse_runs and result.exists()):
        print(" ".join(command), file=sys.stderr)
        subprocess.run(command, check=True, stdout=sys.stderr)
    exp = read_experiment(result)
    weights = pd.read_csv(sets_file)["abc_weight"].to_numpy()[exp.done]
    if not weights.sum() > 0:
        weights = np.ones(len(weights))
    sets = int(exp.done.sum())
    tables = []
    groups = [("all schemes", exp.policies), ("the incentive schemes only", [p for p in exp.policies if p != "siger_mu"])]
    for name, policies in groups:
        table = ranking(exp, INDICATORS, policies=policies)
        table["share_first_abc"] = ranking(exp, INDICATORS, weights, policies=policies)["share_first"]
        table.insert(0, "among", name)
        tables.append((f"Share of the {sets} plausible parameter sets at which each scheme comes first among "
                       f"{name} (mean of {exp.replications} replications at each set; in brackets: the ABC-weighted "
                       "share and the mean over the sets; ties shared; `all equal`: every scheme gives the same value at every set):", table))
    pd.concat([t for _, t in tables]).to_csv(out / "schemes_plausible_ranking.csv", index=False)
    how = (f"`/usr/bin/python3 analysis/plausible_schemes.py` (history matching of the baseline to "
           f"scenarios/data/targets.yaml in 3 waves, cutoff {cutoff:g}, model discrepancy {discrepancy:g} of the "
           "observed value; then scenarios/experiments/schemes_plausible.yaml at every plausible set; "
           "docs/sensitivity.md). Final year, 10,000 MSMEs, 10 years.")
    return [SECTION, "", how, "", markdown(tables, cal_table), ""]


def replace_section(document: str, lines: list[str]) -> str:
    """docs/results.md with the section replaced (up to the next `## ` heading), or appended."""
    text = "\n".join(lines)
    if SECTION not in document:
        return document.rstrip("\n") + "\n\n" + text + "\n"
    head, rest = document.split(SECTION, 1)
    following = rest.find("\n## ")
    tail = rest[following + 1:] if following >= 0 else ""
    return head + text + ("\n" + tail if tail else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--out", type=Path, default=REPO / "out", help="output folder (default out/)")
    ap.add_argument("--skip-calibration", action="store_true",
                    help="use scenarios/experiments/plausible_sets.csv as it is")
    ap.add_argument("--reuse-runs", action="store_true",
                    help="use OUT/schemes_plausible.h5 if it exists (only the tables are remade)")
    ap.add_argument("--cutoff", type=float, default=2.0,
                    help="largest implausibility kept (default 2: sets that reproduce the targets about within "
                         "their accepted intervals; calibrate.py's own default is the looser 3)")
    ap.add_argument("--discrepancy", type=float, default=0.1, help="model discrepancy share (default 0.1)")
    ap.add_argument("--update-results", type=Path, nargs="?", const=REPO / "docs" / "results.md",
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


if __name__ == "__main__":
    sys.exit(main())
