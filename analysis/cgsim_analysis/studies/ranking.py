"""How often each policy comes first over a set of parameter points (e.g. the plausible sets of
a calibration): per point, the policy with the best mean over replications (higher or lower,
as readers/catalog.py says is better for MSMEs), then the share of points, optionally weighted
(ABC weights), where each policy is first. Ties share the point equally."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..readers.catalog import direction
from ..readers.experiment_file import Experiment, policy_values


def first_shares(means: np.ndarray, better: int, weights: np.ndarray | None = None) -> np.ndarray:
    """means: point x policy; better: +1 (higher is better) or -1. Share of (weighted) points at
    which each policy is best."""
    means = np.asarray(means, dtype=float)
    weights = np.ones(len(means)) if weights is None else np.asarray(weights, dtype=float)
    score = better * means
    best = score == np.nanmax(score, axis=1, keepdims=True)
    share = best / best.sum(axis=1, keepdims=True)
    return (share * weights[:, None]).sum(axis=0) / weights.sum()


def ranking(exp: Experiment, indicators: list[str], weights: np.ndarray | None = None,
            year: int | None = None, policies: list[str] | None = None) -> pd.DataFrame:
    """One row per indicator x policy: share of points where the policy is first (among
    `policies`, default all), the mean over points, and the direction used. Indicators with no
    better direction (costs) are skipped."""
    policies = policies or exp.policies
    columns = [exp.policies.index(p) for p in policies]
    rows = []
    for name in indicators:
        better = direction(name)
        if better == 0 or name not in exp.outcomes:
            continue
        means = np.nanmean(policy_values(exp, name, year), axis=2)[:, columns]
        shares = first_shares(means, better, weights)
        # Every policy equal at every point: no ranking to speak of (e.g. a scheme without a channel).
        all_equal = bool(np.all(means == means[:, :1]))
        for j, policy in enumerate(policies):
            rows.append({"indicator": name, "policy": policy, "share_first": float(shares[j]),
                         "mean": float(np.nanmean(means[:, j])), "better": "higher" if better > 0 else "lower",
                         "all_equal": all_equal})
    return pd.DataFrame(rows)
