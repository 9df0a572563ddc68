"""Global sensitivity of an experiment's outcomes: which uncertain parameters drive a result.

    /usr/bin/python3 analysis/sensitivity.py EXP.h5                       # every outcome, policy, contrast
    /usr/bin/python3 analysis/sensitivity.py EXP.h5 --outcome need_match --target siger_mu-baseline
    /usr/bin/python3 analysis/sensitivity.py EXP.h5 -o out/gsa            # out/gsa.csv, .json, .png

EXP.h5 is a file of `cgsim experiment run`. With a `sobol` design it gives Sobol first-order
(S1, Saltelli 2010) and total (ST, Jansen) indices; with a `morris` design the elementary-effect
measures mu, mu_star, sigma; each with a bootstrap half-width of its 95% interval (`_conf`, as
SALib). The indices are of the mean over replications at each point (the model's expected
outcome). For every design it also splits the variance of single runs into the part from the
random seed (replications) and the part from the parameters.

A target is a policy (its level) or a contrast `A-B` (policy A minus policy B, paired by
replication: the common random numbers cancel the noise the two share). Default: every policy
and every policy minus the first. Outputs: PREFIX.csv (indices), PREFIX_variance.csv,
PREFIX.json (both, with the settings) and PREFIX.png (bar charts with intervals).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from ..readers.experiment_file import Experiment, ExperimentFileError, read_experiment
from ..readers.output_paths import UnsafeOutput, check_output
from ..render.study_figures import indices_figure, save_png
from ..stats.gsa import DEFAULT_RESAMPLES
from ..studies.sensitivity import NOISY_SHARE, analyse

EXIT_BAD_INPUT = 2


def _pm(value: float, conf: float) -> str:
    return f"{value:7.3f} ± {conf:.3f}" if np.isfinite(value) else "      —"


def text_table(exp: Experiment, indices: pd.DataFrame, variance: pd.DataFrame) -> str:
    lines = [f"{exp.name}: {exp.design_type} design, {int(exp.done.sum())} points done, "
             f"{exp.replications} replications, year {int(exp.years[-1])}"]
    if indices.empty and exp.design_type not in ("sobol", "morris"):
        lines.append(f"(a {exp.design_type} design gives no Sobol or Morris indices: use `type: sobol` "
                     "or `type: morris`; the variance split is below)")
    for (outcome, target), group in variance.groupby(["outcome", "target"], sort=False):
        v = group.iloc[0]
        if not v["total_variance"] > 1e-12 * max(1.0, v["mean"] ** 2):
            lines.append(f"\n{outcome} — {target} (mean {v['mean']:.4g}): does not vary; nothing to apportion")
            continue
        lines.append(f"\n{outcome} — {target} (mean {v['mean']:.4g}); variance from the seed "
                     f"{v['seed_share']:.0%}, from the parameters {v['parameter_share']:.0%}")
        if v["parameter_share"] < NOISY_SHARE:
            lines.append(f"  (the parameters explain under {NOISY_SHARE:.0%} of the variance: the indices below "
                         "mostly measure the seed's noise in the point means; more replications sharpen them)")
        rows = indices[(indices.outcome == outcome) & (indices.target == target)] if not indices.empty else []
        width = max((len(p) for p in exp.parameters), default=10)
        if exp.design_type == "sobol":
            lines.append(f"  {'parameter':<{width}}  {'S1 ± 95%':>15}  {'ST ± 95%':>15}")
            for _, r in rows.iterrows():
                lines.append(f"  {r.parameter:<{width}}  {_pm(r.S1, r.S1_conf):>15}  {_pm(r.ST, r.ST_conf):>15}")
        elif exp.design_type == "morris":
            lines.append(f"  {'parameter':<{width}}  {'mu_star ± 95%':>17}  {'mu':>9}  {'sigma':>9}")
            for _, r in rows.iterrows():
                lines.append(f"  {r.parameter:<{width}}  {_pm(r.mu_star, r.mu_star_conf):>17}  {r.mu:9.3g}  "
                             f"{r.sigma:9.3g}")
    return "\n".join(lines)


def _json_ready(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if isinstance(v, float) and not np.isfinite(v) else v) for k, v in row.items()}
            for row in frame.to_dict(orient="records")]


def write_outputs(exp: Experiment, indices: pd.DataFrame, variance: pd.DataFrame, prefix: Path,
                  settings: dict, figure: bool = True, force: bool = False) -> list[Path]:
    prefix.parent.mkdir(parents=True, exist_ok=True)
    paths = [prefix.with_name(prefix.name + ".csv"), prefix.with_name(prefix.name + "_variance.csv"),
             prefix.with_name(prefix.name + ".json")]
    if figure and not indices.empty:
        paths.append(prefix.with_name(prefix.name + ".png"))
    for p in paths:
        check_output(p, [exp.path], force)
    indices.to_csv(paths[0], index=False)
    variance.to_csv(paths[1], index=False)
    paths[2].write_text(json.dumps({"experiment": str(exp.path), "experiment_name": exp.name,
                                    "design_type": exp.design_type, "points_done": int(exp.done.sum()),
                                    "replications": exp.replications, "settings": settings,
                                    "indices": _json_ready(indices), "variance": _json_ready(variance)},
                                   indent=1, ensure_ascii=False))
    if len(paths) == 4:
        save_png(indices_figure(indices, exp.design_type), paths[3])
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="sensitivity.py", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("experiment", type=Path, help="an experiment file (cgsim experiment run)")
    ap.add_argument("--outcome", action="append", help="an indicator of the file (repeatable; default: all)")
    ap.add_argument("--target", action="append",
                    help="a policy or a contrast A-B (repeatable; default: every policy and every policy "
                         "minus the first)")
    ap.add_argument("--year", type=int, help="the simulated year (default: the last stored)")
    ap.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES, help="bootstrap resamples (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default 0)")
    ap.add_argument("-o", "--output", type=Path,
                    help="prefix of the output files (default: the experiment file's name + _sensitivity)")
    ap.add_argument("--no-figure", action="store_true", help="write CSV and JSON only")
    ap.add_argument("--force", action="store_true", help="overwrite existing outputs")
    args = ap.parse_args(argv)
    try:
        exp = read_experiment(args.experiment)
        outcomes = args.outcome or sorted(exp.outcomes)
        targets = args.target or [*exp.policies, *exp.contrasts()]
        indices, variance = analyse(exp, outcomes, targets, args.year, args.resamples, args.seed)
        prefix = args.output or args.experiment.with_name(args.experiment.stem + "_sensitivity")
        paths = write_outputs(exp, indices, variance, prefix,
                              {"year": args.year or int(exp.years[-1]), "resamples": args.resamples,
                               "bootstrap_seed": args.seed, "confidence": 0.95},
                              figure=not args.no_figure, force=args.force)
    except (ExperimentFileError, UnsafeOutput, OSError) as e:
        print(f"sensitivity: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(text_table(exp, indices, variance))
    print("\nwrote " + ", ".join(str(p) for p in paths))
    return 0
