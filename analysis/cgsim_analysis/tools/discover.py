"""Scenario discovery: where in the space of uncertain parameters does something happen?

    /usr/bin/python3 analysis/discover.py EXP.h5 --question "need_match siger_mu-baseline > 0.02"
    /usr/bin/python3 analysis/discover.py EXP.h5 --question "capability_mean highest tax_incentive"
    /usr/bin/python3 analysis/discover.py EXP.h5 --question "reach awards < 0.1" -o out/box --min-coverage 0.8

A question is `OUTCOME TARGET OP VALUE` (OP one of > >= < <=; TARGET a policy or a paired contrast
A-B, policy A minus policy B) or `OUTCOME highest|lowest POLICY` (POLICY has the highest or lowest
mean of all policies). It is asked of every design point (mean over replications); PRIM
(cgsim_analysis/stats/prim.py) then finds the box of parameter limits where the answer is mostly yes and
prints it as plain statements in English and Indonesian, with the box's coverage (the share of
all yes cases inside it) and density (the share of points inside it where the answer is yes).
Outputs: PREFIX_trajectory.csv (the peeling trajectory: coverage, density, limits),
PREFIX.json (question, chosen box, statements), PREFIX.png (the coverage/density trade-off).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from ..readers.experiment_file import read_experiment
from ..readers.output_paths import UnsafeOutput, check_output
from ..render.study_figures import tradeoff_figure
from ..studies.discovery import Question, discover, statement, trajectory_frame

EXIT_BAD_INPUT = 2


def _finite(x: float):
    return float(x) if np.isfinite(x) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="discover.py", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("experiment", type=Path, help="an experiment file (cgsim experiment run)")
    ap.add_argument("--question", required=True, action="append",
                    help="'OUTCOME TARGET OP VALUE' or 'OUTCOME highest|lowest POLICY' (repeatable)")
    ap.add_argument("--year", type=int, help="the simulated year (default: the last stored)")
    ap.add_argument("--alpha", type=float, default=0.05, help="share of points peeled per step (default 0.05)")
    ap.add_argument("--min-support", type=float, default=0.05,
                    help="smallest box, as a share of the points (default 0.05)")
    ap.add_argument("--min-coverage", type=float,
                    help="choose the densest box with at least this coverage (default: the best balance of "
                         "coverage and density)")
    ap.add_argument("-o", "--output", type=Path, help="prefix of the output files (default: EXP_discover)")
    ap.add_argument("--no-figure", action="store_true")
    ap.add_argument("--force", action="store_true", help="overwrite existing outputs")
    args = ap.parse_args(argv)
    try:
        questions = [Question.parse(q) for q in args.question]
        exp = read_experiment(args.experiment)
        prefix = args.output or args.experiment.with_name(args.experiment.stem + "_discover")
        prefix.parent.mkdir(parents=True, exist_ok=True)
        report, frames = [], []
        for n, question in enumerate(questions):
            yes, box, trajectory = discover(exp, question, args.year, args.alpha, args.min_support,
                                            args.min_coverage)
            said = {lang: statement(question, box, yes, exp, lang) for lang in ("en", "id")}
            print(f"{said['en']}\n{said['id']}\n")
            entry = {"question": " ".join(args.question[n].split()), "points": int(len(yes)),
                     "cases": int(yes.sum()), "statement_en": said["en"], "statement_id": said["id"]}
            if box is not None:
                entry["box"] = {"coverage": box.coverage, "density": box.density, "support": box.support,
                                "limits": {exp.parameters[j]: [_finite(box.low[j]), _finite(box.high[j])]
                                           for j in box.restricted}}
                frame = trajectory_frame(trajectory, exp.parameters)
                frame.insert(0, "question", entry["question"])
                frames.append(frame)
                if not args.no_figure:
                    png = prefix.with_name(f"{prefix.name}_{n + 1}.png")
                    check_output(png, [exp.path], args.force)
                    fig = tradeoff_figure(trajectory, box)
                    fig.savefig(png, dpi=100)
                    entry["figure"] = str(png)
            report.append(entry)
        out_json = prefix.with_name(prefix.name + ".json")
        out_csv = prefix.with_name(prefix.name + "_trajectory.csv")
        for p in (out_json, out_csv):
            check_output(p, [exp.path], args.force)
        out_json.write_text(json.dumps({"experiment": str(exp.path), "questions": report}, indent=1,
                                       ensure_ascii=False))
        (pd.concat(frames) if frames else pd.DataFrame()).to_csv(out_csv, index=False)
    except (ValueError, UnsafeOutput, OSError) as e:
        print(f"discover: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {out_json}, {out_csv}")
    return 0
