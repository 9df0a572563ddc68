"""The incentive schemes over the plausible parameter sets of the calibration (tools/plausible_schemes.py,
tools/results.py): calibrate, run scenarios/experiments/schemes_plausible.yaml at every plausible
set, and how often each scheme comes first, as the markdown section of docs/results.md.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from ..readers import project
from ..readers.csv_table import read_table
from ..readers.experiment_file import read_experiment
from ..readers.targets_file import TARGETS
from . import calibration
from .ranking import ranking

EXPERIMENTS = project.SCENARIOS / "experiments"
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
    binary = binary or project.find_binary()
    sets_file = EXPERIMENTS / "plausible_sets.csv"
    cal_table = None
    if skip_calibration and (out / "calibration" / "plausible.json").exists():
        saved = json.loads((out / "calibration" / "plausible.json").read_text())
        cal_table = pd.DataFrame(saved["target_table"])
        cutoff, discrepancy = saved["settings"]["cutoff"], saved["settings"]["discrepancy"]
    if not skip_calibration:
        cal = calibration.calibrate(TARGETS, EXPERIMENTS / "calibration.yaml", cutoff=cutoff, discrepancy=discrepancy,
                                    workdir=out / "calibration" / "waves", binary=binary, threads=threads,
                                    log=lambda m: print(m, file=sys.stderr))
        if cal.plausible.empty:
            raise RuntimeError("the calibration kept no plausible parameter set: nothing to compare")
        calibration.write_outputs(cal, out / "calibration" / "plausible.csv", force=True)
        shutil.copyfile(out / "calibration" / "plausible.csv", sets_file)
        cal_table = calibration.target_table(cal)
    result = out / "schemes_plausible.h5"
    command = ["experiment", "run", str(EXPERIMENTS / "schemes_plausible.yaml"), "-o", str(result), "--force",
               *(["-t", str(threads)] if threads else [])]
    if not (reuse_runs and result.exists()):
        print(" ".join([binary, *command]), file=sys.stderr)
        project.run_shown(binary, *command, stdout=sys.stderr)
    exp = read_experiment(result)
    weights = read_table(sets_file).numbers("abc_weight")[exp.done]
    if not weights.sum() > 0:
        weights = np.ones(len(weights))
    sets = int(exp.done.sum())
    tables = []
    groups = [("all schemes", exp.policies),
              ("the incentive schemes only", [p for p in exp.policies if p != "siger_mu"])]
    for name, policies in groups:
        table = ranking(exp, INDICATORS, policies=policies)
        table["share_first_abc"] = ranking(exp, INDICATORS, weights, policies=policies)["share_first"]
        table.insert(0, "among", name)
        tables.append((f"Share of the {sets} plausible parameter sets at which each scheme comes first among "
                       f"{name} (mean of {exp.replications} replications at each set; in brackets: the ABC-weighted "
                       "share and the mean over the sets; ties shared; `all equal`: every scheme gives the same "
                       "value at every set):", table))
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
