"""Scenario discovery (tools/discover.py, the experiment report): a question asked of every design
point (`OUTCOME TARGET OP VALUE` or `OUTCOME highest|lowest POLICY`, on the mean over
replications), the box of parameter limits where the answer is mostly yes (PRIM,
stats/prim.py), and the box said as plain statements in English and Indonesian.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..readers.experiment_file import Experiment, ExperimentFileError, policy_values
from ..stats.prim import Box, prim
from ..words.study_text import Words

OPERATORS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}


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
