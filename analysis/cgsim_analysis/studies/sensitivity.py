"""Global sensitivity of an experiment's outcomes (tools/sensitivity.py, the experiment report):
Sobol indices from the Saltelli blocks or Morris measures from the trajectories of the design,
of the mean over replications at each point, and the split of the variance of single runs into
the seed's part and the parameters' part (stats/gsa.py computes them on arrays).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..readers.experiment_file import Experiment, ExperimentFileError
from ..stats.gsa import DEFAULT_RESAMPLES, morris_indices, sobol_indices, variance_split

SOBOL_COLUMNS = ["S1", "S1_conf", "ST", "ST_conf"]
MORRIS_COLUMNS = ["mu", "mu_star", "sigma", "mu_star_conf"]
NOISY_SHARE = 0.2  # below this parameter share of the variance, indices are flagged as noise-dominated


def sobol_blocks(exp: Experiment, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """f(A), f(B), f(AB_j) from the per-point values y (done points only), using the design's
    block and role (docs/experiments.md): a base point counts only when all its rows are done."""
    k = len(exp.parameters)
    block, role = exp.block[exp.done], exp.role[exp.done]
    by_block: dict[int, dict[int, float]] = {}
    for b, r, v in zip(block, role, y):
        by_block.setdefault(int(b), {})[int(r)] = v
    needed = [0, *range(1, k + 1), 2 * k + 1]
    complete = [rows for _, rows in sorted(by_block.items()) if all(r in rows for r in needed)]
    if len(complete) < 2:
        raise ExperimentFileError(f"{exp.path}: fewer than 2 complete Sobol base points (A, AB_1..AB_k, B) are done")
    f_a = np.array([rows[0] for rows in complete])
    f_b = np.array([rows[2 * k + 1] for rows in complete])
    f_ab = np.array([[rows[j] for rows in complete] for j in range(1, k + 1)])
    return f_a, f_b, f_ab


def elementary_effects(exp: Experiment, y: np.ndarray) -> list[np.ndarray]:
    """Per factor, (y after - y before) / (move as a share of the factor's range) along each
    Morris trajectory; moves that rounding made zero (integer factors) give no effect."""
    design, block, role, moved = (a[exp.done] for a in (exp.design, exp.block, exp.role, exp.moved))
    span = np.where(exp.high > exp.low, exp.high - exp.low, 1.0)
    effects: list[list[float]] = [[] for _ in exp.parameters]
    for b in np.unique(block):
        rows = np.flatnonzero(block == b)
        rows = rows[np.argsort(role[rows])]
        if len(rows) != len(exp.parameters) + 1 or not np.array_equal(role[rows], np.arange(len(rows))):
            continue  # an unfinished trajectory
        for before, after in zip(rows[:-1], rows[1:]):
            j = int(moved[after])
            if j < 0:
                continue
            step = (design[after, j] - design[before, j]) / span[j]
            if step != 0:
                effects[j].append((y[after] - y[before]) / step)
    return [np.array(e) for e in effects]


def analyse(exp: Experiment, outcomes: list[str], targets: list[str], year: int | None = None,
            resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(indices, variance): one row per outcome x target x parameter with the design's indices,
    and one row per outcome x target with the seed/parameter split of the variance."""
    index_rows, variance_rows = [], []
    for outcome in outcomes:
        for target in targets:
            values = exp.values(outcome, target, year)  # point x replication
            split = variance_split(values)
            variance_rows.append({"outcome": outcome, "target": target, "total_variance": split.total,
                                  "seed_variance": split.seed, "parameter_variance": split.parameters,
                                  "seed_share": split.seed_share, "parameter_share": split.parameter_share,
                                  "mean": float(np.nanmean(values))})
            y = np.nanmean(values, axis=1)
            if exp.design_type == "sobol":
                s = sobol_indices(*sobol_blocks(exp, y), resamples=resamples, seed=seed)
                cols = {"S1": s.S1, "S1_conf": s.S1_conf, "ST": s.ST, "ST_conf": s.ST_conf}
            elif exp.design_type == "morris":
                m = morris_indices(elementary_effects(exp, y), resamples=resamples, seed=seed)
                cols = {"mu": m.mu, "mu_star": m.mu_star, "sigma": m.sigma, "mu_star_conf": m.mu_star_conf}
            else:
                continue
            for j, name in enumerate(exp.parameters):
                index_rows.append({"outcome": outcome, "target": target, "parameter": name,
                                   "unit": exp.units[j], **{c: float(v[j]) for c, v in cols.items()}})
    return pd.DataFrame(index_rows), pd.DataFrame(variance_rows)
