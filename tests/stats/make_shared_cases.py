#!/usr/bin/python3
"""Writes tests/stats/shared_cases.csv: Student-t quantiles, mean intervals and paired
differences with expected values from SciPy's t distribution (an implementation independent of both cgsim's).

The same file is read by the C++ test (tests/stats/shared_cases.tests.cpp, src/stats) and the
Python test (analysis/tests/test_stats.py, analysis/cgsim_analysis/stats/intervals.py), so both are checked against the
same numbers. SciPy is only needed to regenerate the file:
    /usr/bin/python3 tests/stats/make_shared_cases.py
"""
from pathlib import Path

import numpy as np
from scipy import optimize, stats

HERE = Path(__file__).resolve().parent


def t_quantile(p: float, df: float) -> float:
    """SciPy's t.ppf is off by about 1e-9 (relative) for some df; invert its CDF instead."""
    guess = stats.t.ppf(p, df)
    return optimize.brentq(lambda t: stats.t.cdf(t, df) - p, guess * 0.99, guess * 1.01, xtol=1e-15, rtol=1e-15)


def fmt(x: float) -> str:
    return repr(float(x))


def main() -> None:
    rows = ["# kind,confidence,df,a,b,mean,low,high  (a, b: values separated by spaces)"]
    for confidence in (0.9, 0.95, 0.99):
        for df in (1, 2, 3, 4, 9, 29, 100):
            rows.append(f"t,{confidence},{df},,,{fmt(t_quantile(0.5 + confidence / 2, df))},,")

    def interval(x, confidence):
        x = np.asarray(x, dtype=float)
        n = x.size
        half = t_quantile(0.5 + confidence / 2, n - 1) * x.std(ddof=1) / np.sqrt(n)
        return x.mean(), x.mean() - half, x.mean() + half

    samples = [([1, 2, 3, 4, 5], 0.95), ([0.1, 0.4, 0.35, 0.8], 0.95), ([-3, 5], 0.95),
               ([10, 10.5, 9.7, 11.2, 10.1, 9.9, 10.4, 10.0, 9.8, 10.6], 0.9)]
    for x, confidence in samples:
        m, lo, hi = interval(x, confidence)
        rows.append(f"interval,{confidence},,{' '.join(map(str, x))},,{fmt(m)},{fmt(lo)},{fmt(hi)}")
    pairs = [([1, 2, 3, 4], [1.5, 2.51, 3.49, 4.5]), ([0.30, 0.32, 0.29], [0.35, 0.33, 0.36]),
             ([5, 6, 7, 8, 9, 10], [5.1, 5.8, 7.3, 8.2, 8.9, 10.4])]
    for a, b in pairs:
        m, lo, hi = interval(np.asarray(b) - np.asarray(a), 0.95)
        rows.append(f"paired,0.95,,{' '.join(map(str, a))},{' '.join(map(str, b))},{fmt(m)},{fmt(lo)},{fmt(hi)}")
    (HERE / "shared_cases.csv").write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
