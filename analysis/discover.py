"""Scenario discovery: where in the space of uncertain parameters does something happen?

    /usr/bin/python3 analysis/discover.py EXP.h5 --question "need_match siger_mu-baseline > 0.02"
    /usr/bin/python3 analysis/discover.py EXP.h5 --question "capability_mean highest tax_incentive"
    /usr/bin/python3 analysis/discover.py EXP.h5 --question "reach awards < 0.1" -o out/box --min-coverage 0.8

A question is `OUTCOME TARGET OP VALUE` (OP one of > >= < <=; TARGET a policy or a paired contrast
A-B, policy A minus policy B) or `OUTCOME highest|lowest POLICY` (POLICY has the highest or lowest
mean of all policies). It is asked of every design point (mean over replications); PRIM
(analysis/prim.py) then finds the box of parameter limits where the answer is mostly yes and
prints it as plain statements in English and Indonesian, with the box's coverage (the share of
all yes cases inside it) and density (the share of points inside it where the answer is yes).
Outputs: PREFIX_trajectory.csv (the peeling trajectory: coverage, density, limits),
PREFIX.json (question, chosen box, statements), PREFIX.png (the coverage/density trade-off).
"""
from __future__ import annotations

import argparse
import json
import operator
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from analysis.experiment_data import Experiment, ExperimentFileError, policy_values, read_experiment  # noqa: E402
from analysis.prim import Box, prim  # noqa: E402
from analysis.safe_output import UnsafeOutput, check_output  # noqa: E402
from analysis.sensitivity_text import Words  # noqa: E402

OPERATORS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}
EXIT_BAD_INPUT = 2


@dataclass(frozen=True)
class Question:
    outcome: str
    target: str  # a policy or contrast (comparison), or the policy (highest/lowest)
    op: str  # > >= < <= highest lowest
    value: float = float("nan")

    @staticmethod
    def parse(text: str) -> "Question":
        parts = text.split()
        if len(parts) == 3 and parts[1] in ("highest", "lowest"):
            return Question(parts[0], parts[2], parts[1])
        if len(parts) == 4 and parts[2] in OPERATORS:
            try:
                return Question(parts[0], parts[1], parts[2], float(parts[3]))
            except ValueError:
                pass
        raise ValueError(f"question {text!r}: expected 'OUTCOME TARGET OP VALUE' (OP one of > >= < <=, "
                         "e.g. 'need_match siger_mu-baseline > 0.02') or 'OUTCOME highest|lowest POLICY'")

    def answer(self, exp: Experiment, year: int | None = None) -> np.ndarray:
        """Yes/no per done design point (on the mean over replications)."""
        if self.op in ("highest", "lowest"):
            if self.target not in exp.policies:
                raise ExperimentFileError(f"{exp.path}: no policy '{self.target}'; policies: "
                                          f"{', '.join(exp.policies)}")
            means = np.nanmean(policy_values(exp, self.outcome, year), axis=2)  # point x policy
            pick = np.nanargmax(means, axis=1) if self.op == "highest" else np.nanargmin(means, axis=1)
            return pick == exp.policies.index(self.target)
        y = np.nanmean(exp.values(self.outcome, self.target, year), axis=1)
        return OPERATORS[self.op](y, self.value)

    def words(self, w: Words, policies: list[str]) -> str:
        indicator = w.indicator(self.outcome)
        if self.op in ("highest", "lowest"):
            return w(f"q_{self.op}", policy=self.target, indicator=indicator)
        key = "q_above" if self.op in (">", ">=") else "q_below"
        return w(key, indicator=indicator, target=w.target(self.target, policies), value=w.number(self.value))


def conditions(box: Box, parameters: list[str], w: Words) -> str:
    parts = []
    for j in box.restricted:
        low, high = box.low[j], box.high[j]
        if np.isfinite(low) and np.isfinite(high):
            parts.append(w("between", parameter=parameters[j], low=w.number(low), high=w.number(high)))
        elif np.isfinite(low):
            parts.append(w("at_least", parameter=parameters[j], low=w.number(low)))
        else:
            parts.append(w("at_most", parameter=parameters[j], high=w.number(high)))
    return w("and").join(parts)


def statement(question: Question, box: Box | None, yes: np.ndarray, exp: Experiment, lang: str) -> str:
    w = Words(lang)
    q = question.words(w, exp.policies)
    q = q[0].upper() + q[1:]
    if not yes.any():
        return w("no_cases", question=q, points=len(yes))
    if yes.all():
        return w("all_cases", question=q, points=len(yes))
    if box is None or not box.restricted:
        return w("box_everywhere", question=q, base=w.percent(yes.mean()))
    return w("box_statement", question=q, conditions=conditions(box, exp.parameters, w),
             coverage=w.percent(box.coverage), density=w.percent(box.density), base=w.percent(yes.mean()))


def discover(exp: Experiment, question: Question, year: int | None = None, alpha: float = 0.05,
             min_support: float = 0.05, min_coverage: float | None = None):
    """(yes per point, chosen box or None, trajectory)."""
    yes = question.answer(exp, year)
    if not yes.any() or yes.all():
        return yes, None, []
    box, trajectory = prim(exp.design[exp.done], yes, alpha, min_support, min_coverage)
    return yes, box, trajectory


def trajectory_frame(trajectory: list[Box], parameters: list[str]) -> pd.DataFrame:
    rows = []
    for i, b in enumerate(trajectory):
        row = {"step": i, "coverage": b.coverage, "density": b.density, "support": b.support,
               "restricted": len(b.restricted)}
        for j, p in enumerate(parameters):
            row[f"{p}_low"], row[f"{p}_high"] = b.low[j], b.high[j]
        rows.append(row)
    return pd.DataFrame(rows)


def tradeoff_figure(trajectory: list[Box], box: Box | None):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(5, 3.6), layout="constrained")
    cov = [b.coverage for b in trajectory]
    den = [b.density for b in trajectory]
    points = ax.scatter(cov, den, c=[len(b.restricted) for b in trajectory], cmap="viridis", s=14)
    fig.colorbar(points, ax=ax, label="restricted parameters")
    if box is not None:
        ax.scatter([box.coverage], [box.density], marker="*", s=150, color="#D55E00", label="chosen box")
        ax.legend(frameon=False, loc="lower left")
    ax.set_xlabel("coverage")
    ax.set_ylabel("density")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    return fig


def _finite(x: float):
    return float(x) if np.isfinite(x) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
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


if __name__ == "__main__":
    sys.exit(main())
