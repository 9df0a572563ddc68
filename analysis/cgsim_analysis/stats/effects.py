"""Is an effect meaningful? One classification for the brief and the report.

An option's effect on one measure is the paired difference (option minus baseline) over
replications. It is
  - "zero":      exactly 0 in every replication: the option has no path to this measure (not a
                 question of too few replications);
  - "uncertain": the 95% interval includes 0 (or there are fewer than 2 replications);
  - "small":     the interval excludes 0 but the change is below the stated threshold: a relative
                 change of THRESHOLD_PCT percent of the baseline's value, or, where that value is 0,
                 an absolute change of ABS_THRESHOLD on a 0–1 index;
  - "better" / "worse" / "changed": meaningful, with the desirable direction of the measure
                 (+1, -1, or 0 for money and behaviour that is neither good nor bad in itself).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .intervals import mean_ci

THRESHOLD_PCT = 1.0  # percent of the baseline's value
# Indicators with few possible values (a stage, 0/1, counts of companies or rounds): equal in every
# replication can happen although the policy acts, so "exactly zero" does not mean "no path".
DISCRETE = frozenset({"collaboration_stage", "decision_success", "deliberation_rounds",
                      "companies_members", "msmes_alive"})
ABS_THRESHOLD = 0.01  # on a 0–1 index, where the baseline's value is 0

MARKERS = {"better": "▲", "worse": "▼", "changed": "•", "small": "○", "uncertain": "?",
           "zero": "="}


@dataclass(frozen=True)
class Effect:
    base: float  # baseline's mean
    value: float  # option's mean
    diff: float  # mean paired difference
    low: float
    high: float
    relative: float  # diff / |base| (NaN where base is 0)
    verdict: str

    @property
    def meaningful(self) -> bool:
        return self.verdict in ("better", "worse", "changed")


def relative_change(diff: float, base: float) -> float:
    return diff / abs(base) if np.isfinite(base) and abs(base) > 1e-12 else math.nan


def classify(base, other, direction: int, threshold_pct: float = THRESHOLD_PCT,
             abs_threshold: float = ABS_THRESHOLD, discrete: bool = False) -> Effect:
    """The effect of `other` against `base`: arrays of one value per replication, paired. For a
    `discrete` indicator (DISCRETE) equal values are "uncertain", never "zero"."""
    a = np.asarray(base, dtype=float)
    b = np.asarray(other, dtype=float)
    n = min(a.size, b.size)
    a, b = a[:n], b[:n]
    ok = np.isfinite(a) & np.isfinite(b)
    d = b[ok] - a[ok]
    base_mean = float(np.mean(a[ok])) if ok.any() else math.nan
    value_mean = float(np.mean(b[ok])) if ok.any() else math.nan
    diff, low, high = mean_ci(d)
    relative = relative_change(diff, base_mean)
    verdict = verdict_of(d, low, high, relative, diff, direction, threshold_pct, abs_threshold)
    if discrete and verdict == "zero":
        verdict = "uncertain"
    return Effect(base_mean, value_mean, diff, low, high, relative, verdict)


def verdict_of(d, low, high, relative, diff, direction, threshold_pct=THRESHOLD_PCT,
               abs_threshold=ABS_THRESHOLD) -> str:
    if d.size and np.all(d == 0):
        return "zero"
    if not (np.isfinite(low) and np.isfinite(high)) or not (low > 0 or high < 0):
        return "uncertain"
    large = (abs(relative) * 100 >= threshold_pct if np.isfinite(relative)
             else abs(diff) >= abs_threshold)
    if not large:
        return "small"
    sign = direction * np.sign(diff)
    return "better" if sign > 0 else "worse" if sign < 0 else "changed"


def verdict_from_row(row, base_mean: float, direction: int, exactly_zero: bool,
                     threshold_pct: float = THRESHOLD_PCT,
                     abs_threshold: float = ABS_THRESHOLD) -> str:
    """The verdict from a comparison-table row (diff_mean, diff_ci_low, diff_ci_high) when the
    per-replication values are not at hand; `exactly_zero` says whether every paired
    difference was 0."""
    if exactly_zero:
        return "zero"
    diff = float(row["diff_mean"])
    rel = relative_change(diff, base_mean)
    return verdict_of(np.array([math.nan]), float(row["diff_ci_low"]), float(row["diff_ci_high"]),
                      rel, diff, direction, threshold_pct, abs_threshold)
