"""Statistics over replications without scipy: Student-t quantiles, intervals, paired differences.

The t distribution's CDF is computed from the regularized incomplete beta function (continued
fraction, Lentz's method) and inverted by bisection; results match published t tables to
about 1e-9 (relative).
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pandas as pd

CONFIDENCE = 0.95

COMPARISON_COLUMNS = [
    "scenario", "indicator", "mean", "ci_low", "ci_high",
    "diff_mean", "diff_ci_low", "diff_ci_high", "diff_excludes_zero",
]


# --- Student t -----------------------------------------------------------------------------

def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    tiny, eps = 1e-300, 1e-15
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < eps:
            break
    return result


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularized incomplete beta function."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with df degrees of freedom."""
    tail = 0.5 * regularized_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


@lru_cache(maxsize=None)
def t_quantile(p: float, df: float) -> float:
    """The p-quantile of Student's t (e.g. t_quantile(0.975, 4) = 2.776)."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must be in (0, 1), got {p}")
    if df <= 0:
        raise ValueError(f"df must be positive, got {df}")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2.0
    for _ in range(200):
        mid = 0.5 * (low + high)
        if t_cdf(mid, df) < p:
            low = mid
        else:
            high = mid
        if high - low < 1e-12 * max(1.0, high):
            break
    return 0.5 * (low + high)


def t_multiplier(n: int, confidence: float = CONFIDENCE) -> float:
    """Half-width multiplier of a two-sided interval for a mean of n values (NaN if n < 2)."""
    if n < 2:
        return math.nan
    return t_quantile(0.5 + confidence / 2.0, n - 1)


# --- intervals -----------------------------------------------------------------------------

def mean_ci(values, confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """(mean, low, high): the mean of the finite values and its t confidence interval."""
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    if x.size == 0:
        return math.nan, math.nan, math.nan
    mean = float(x.mean())
    if x.size < 2:
        return mean, math.nan, math.nan
    half = t_multiplier(x.size, confidence) * float(x.std(ddof=1)) / math.sqrt(x.size)
    return mean, mean - half, mean + half


def excludes_zero(low: float, high: float) -> bool:
    return bool(low > 0 or high < 0)  # False for NaN


def paired_diff(baseline, other,
                confidence: float = CONFIDENCE) -> tuple[float, float, float, bool]:
    """Mean of other - baseline over pairs, its t interval, and whether that excludes zero."""
    a = np.asarray(baseline, dtype=float)
    b = np.asarray(other, dtype=float)
    d = b - a
    mean, low, high = mean_ci(d, confidence)
    return mean, low, high, excludes_zero(low, high)


def bands(frame: pd.DataFrame, by=("scenario", "indicator", "time"),
          confidence: float = CONFIDENCE) -> pd.DataFrame:
    """Mean and confidence band over replications for every group of `by`.

    Returns the columns of `by` plus n, mean, ci_low, ci_high.
    """
    finite = frame[np.isfinite(frame["value"])]
    grouped = finite.groupby(list(by), sort=False)["value"]
    out = grouped.agg(n="count", mean="mean", sd="std").reset_index()
    mult = out["n"].map(lambda n: t_multiplier(int(n), confidence))
    half = mult * out["sd"] / np.sqrt(out["n"])
    out["ci_low"] = out["mean"] - half
    out["ci_high"] = out["mean"] + half
    return out.drop(columns="sd")


# --- final-year comparison -----------------------------------------------------------------

def final_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of each scenario's last simulated year."""
    last = frame.groupby("scenario")["time"].transform("max")
    return frame[frame["time"] == last]


def paired_comparison(frame: pd.DataFrame, scenarios: list[str],
                      confidence: float = CONFIDENCE) -> pd.DataFrame:
    """The /comparison table computed from an indicators frame (final year, paired by replication).

    The first scenario is the baseline; replications present in both scenarios are paired
    (common random numbers make replication r of every scenario share its random streams).
    Undefined values (NaN) are missing: skipped, and an indicator without any is all NaN.
    """
    final = final_year(frame)
    wide = final.pivot_table(index=["indicator", "replication"], columns="scenario",
                             values="value", aggfunc="first", dropna=False)
    baseline = scenarios[0]
    rows = []
    for indicator in final["indicator"].drop_duplicates():
        table = wide.loc[indicator]
        for scenario in scenarios:
            if scenario not in table.columns:
                continue
            mean, low, high = mean_ci(table[scenario], confidence)
            if scenario == baseline:
                diff = (0.0, 0.0, 0.0, False)
            else:
                diff = paired_diff(table[baseline], table[scenario], confidence)
            rows.append((scenario, indicator, mean, low, high, *diff))
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


def without_intervals_below_two(comparison: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """The comparison with no interval and nothing "excluding zero" for a scenario with fewer
    than 2 finished replications (older files store zero-width intervals there), as
    mean_ci gives for n < 2 and cgsim compare prints."""
    counts = indicators.groupby("scenario")["replication"].nunique()
    out = comparison.copy()
    if out.empty:
        return out
    baseline_n = int(counts.get(out["scenario"].iloc[0], 0))
    out.attrs = dict(comparison.attrs)
    few = out["scenario"].map(lambda s: min(int(counts.get(s, 0)), baseline_n) < 2)
    if few.any():
        for column in ("ci_low", "ci_high", "diff_ci_low", "diff_ci_high"):
            out.loc[few, column] = np.nan
        out.loc[few, "diff_excludes_zero"] = False
    return out


def stage_shares(values, n_stages: int) -> np.ndarray:
    """Share of replications in each collaboration stage 0..n_stages-1."""
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    if x.size == 0:
        return np.full(n_stages, np.nan)
    stages = np.clip(np.rint(x).astype(int), 0, n_stages - 1)
    return np.bincount(stages, minlength=n_stages) / x.size


def paired_differences(frame: pd.DataFrame, pairs: list[tuple[str, str]], indicators,
                       confidence: float = CONFIDENCE) -> pd.DataFrame:
    """Final-year paired differences `other - base` for each (base, other) pair of scenarios.

    Returns base, other, indicator, diff_mean, diff_ci_low, diff_ci_high, diff_excludes_zero.
    """
    final = final_year(frame[frame["indicator"].isin(list(indicators))])
    wide = final.pivot_table(index=["indicator", "replication"], columns="scenario",
                             values="value", aggfunc="first", dropna=False)
    rows = []
    for base, other in pairs:
        for indicator in indicators:
            if indicator not in wide.index.get_level_values(0):
                continue
            table = wide.loc[indicator]
            if base not in table.columns or other not in table.columns:
                continue
            rows.append((base, other, indicator, *paired_diff(table[base], table[other],
                                                              confidence)))
    return pd.DataFrame(rows, columns=["base", "other", "indicator", "diff_mean", "diff_ci_low",
                                       "diff_ci_high", "diff_excludes_zero"])


def stage_distribution(frame: pd.DataFrame, n_stages: int) -> pd.DataFrame:
    """Share of replications in each stage, per scenario and year: scenario, time, stage, share.

    `frame` holds one indicator (the collaboration stage) in the tidy layout.
    """
    rows = []
    for (scenario, time), group in frame.groupby(["scenario", "time"], sort=False):
        for stage, share in enumerate(stage_shares(group["value"], n_stages)):
            rows.append((scenario, time, stage, share))
    return pd.DataFrame(rows, columns=["scenario", "time", "stage", "share"])
