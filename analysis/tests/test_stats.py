"""intervals.py: t quantiles against published tables, intervals, paired comparisons."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from cgsim_analysis.readers import run_file
from cgsim_analysis.readers.csv_table import read_table
from cgsim_analysis.stats import intervals
from .support import REPO

# t_{p, df} from standard tables
T_TABLE = [
    (0.975, 1, 12.7062047), (0.975, 2, 4.30265273), (0.975, 3, 3.18244631),
    (0.975, 4, 2.77644511), (0.975, 9, 2.26215716), (0.975, 29, 2.04522964),
    (0.975, 100, 1.98397152), (0.95, 5, 2.01504837), (0.995, 10, 3.16927267),
    (0.9, 20, 1.32534071), (0.975, 1e7, 1.95996422),
]


@pytest.mark.parametrize("p, df, expected", T_TABLE)
def test_t_quantile_matches_table(p, df, expected):
    assert intervals.t_quantile(p, df) == pytest.approx(expected, rel=1e-7)
    assert intervals.t_quantile(1 - p, df) == pytest.approx(-expected, rel=1e-7)


def test_t_cdf_inverts_quantile():
    for df in (1, 3, 30):
        assert intervals.t_cdf(intervals.t_quantile(0.9, df), df) == pytest.approx(0.9, abs=1e-10)
    assert intervals.t_cdf(0.0, 5) == pytest.approx(0.5)


def test_mean_ci():
    mean, low, high = intervals.mean_ci([1, 2, 3, 4, 5])
    half = 2.77644511 * math.sqrt(2.5) / math.sqrt(5)
    assert (mean, low, high) == pytest.approx((3, 3 - half, 3 + half))
    assert math.isnan(intervals.mean_ci([1.0])[1])
    assert intervals.mean_ci([np.nan, 2.0, 4.0])[0] == 3.0


def test_paired_diff_excludes_zero():
    base = np.array([1.0, 2.0, 3.0, 4.0])
    assert intervals.paired_diff(base, base + 0.5 + [0, 0.01, -0.01, 0])[3]
    assert not intervals.paired_diff(base, base + [0.1, -0.1, 0.2, -0.2])[3]


def test_bands_columns_and_values():
    frame = pd.DataFrame({"scenario": "s", "indicator": "x", "time": [1.0] * 3 + [2.0] * 3,
                          "replication": [0, 1, 2] * 2, "value": [1, 2, 3, 2, 2, 2]})
    out = intervals.bands(frame)
    first = out[out["time"] == 1.0].iloc[0]
    assert first["n"] == 3 and first["mean"] == 2
    assert first["ci_high"] - first["mean"] == pytest.approx(4.30265273 / math.sqrt(3))
    second = out[out["time"] == 2.0].iloc[0]
    assert second["ci_low"] == second["ci_high"] == 2


def test_paired_comparison_matches_file(cgsim_file):
    """The Python fallback computes what the file's /comparison group holds."""
    stored = run_file.comparison_frame(cgsim_file)
    if stored is None:
        pytest.skip("file has no comparison group")
    computed = intervals.paired_comparison(run_file.indicators_frame(cgsim_file), run_file.scenarios(cgsim_file))
    merged = stored.merge(computed, on=["scenario", "indicator"], suffixes=("", "_py"))
    assert len(merged) == len(stored)
    for column in ("mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high"):
        np.testing.assert_allclose(merged[f"{column}_py"], merged[column], rtol=1e-4, atol=1e-9,
                                   err_msg=column)
    undecided = (merged["diff_ci_low"].abs() < 1e-9) | (merged["diff_ci_high"].abs() < 1e-9)
    agree = merged["diff_excludes_zero"] == merged["diff_excludes_zero_py"]
    assert (agree | undecided).all()


def test_stage_distribution():
    frame = pd.DataFrame({"scenario": "s", "time": 1.0, "value": [0, 1, 1, 3]})
    out = intervals.stage_distribution(frame, 4)
    assert out["share"].tolist() == [0.25, 0.5, 0.0, 0.25]


def _shared_cases():
    """tests/stats/shared_cases.csv: the cases the C++ statistics are tested against too."""
    columns = ["kind", "confidence", "df", "a", "b", "mean", "low", "high"]
    table = read_table(REPO / "tests" / "stats" / "shared_cases.csv", columns)
    return [(r["kind"], float(r["confidence"]), float(r["df"] or 0), [float(x) for x in r["a"].split()],
             [float(x) for x in r["b"].split()], float(r["mean"]), float(r["low"] or 0), float(r["high"] or 0))
            for r in table.rows]


def test_shared_cases_match_cpp_known_answers():
    """C++ (tests/stats/shared_cases.tests.cpp) and Python give the same numbers on the same data."""
    counts = {"t": 0, "interval": 0, "paired": 0}
    for kind, confidence, df, a, b, mean, low, high in _shared_cases():
        counts[kind] += 1
        if kind == "t":
            assert intervals.t_quantile(0.5 + confidence / 2, df) == pytest.approx(mean, rel=1e-9)
        elif kind == "interval":
            assert intervals.mean_ci(a, confidence) == pytest.approx((mean, low, high), rel=1e-9)
        else:
            got = intervals.paired_diff(a, b, confidence)
            assert got[:3] == pytest.approx((mean, low, high), rel=1e-9, abs=1e-15)
            assert got[3] == (low > 0 or high < 0)
    assert counts == {"t": 21, "interval": 4, "paired": 3}
