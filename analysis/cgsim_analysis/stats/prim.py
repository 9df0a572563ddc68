"""PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999), for scenario discovery
(Bryant & Lempert 2010): find a box in parameter space, a few "parameter between low and high"
conditions, where the cases of interest are concentrated.

- coverage = cases of interest inside the box / all cases of interest;
- density  = cases of interest inside the box / all points inside the box.

Peeling removes, one step at a time, the slice (a share `alpha` of the points left, from the
low or the high end of one parameter) whose removal raises the density most, down to a minimum
support; every step is a box on the coverage/density trade-off curve. The chosen box is the
densest with at least `min_coverage`; pasting then widens its limits again where that raises
the density, and restrictions that do not change the density (by more than `prune_tolerance`)
are dropped, so the box names only the parameters that matter.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Box:
    low: np.ndarray  # per parameter; -inf / +inf where unrestricted
    high: np.ndarray
    coverage: float = float("nan")
    density: float = float("nan")
    support: int = 0  # points inside
    restricted: list[int] = field(default_factory=list)  # parameters with a limit

    def inside(self, x: np.ndarray) -> np.ndarray:
        return np.all((x >= self.low) & (x <= self.high), axis=1)


def _measure(box: Box, x: np.ndarray, y: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> Box:
    inside = box.inside(x)
    box.support = int(inside.sum())
    box.coverage = float(y[inside].sum() / y.sum()) if y.sum() else float("nan")
    box.density = float(y[inside].mean()) if box.support else 0.0
    box.restricted = [j for j in range(x.shape[1]) if box.low[j] > lo[j] or box.high[j] < hi[j]]
    return box


def _unbounded(box: Box, lo: np.ndarray, hi: np.ndarray) -> Box:
    """The box with limits at the data's extremes written as +-inf (unrestricted)."""
    low = np.where(box.low <= lo, -np.inf, box.low)
    high = np.where(box.high >= hi, np.inf, box.high)
    return Box(low, high, box.coverage, box.density, box.support, list(box.restricted))


def peel(x: np.ndarray, y: np.ndarray, alpha: float = 0.05, min_support: float = 0.05) -> list[Box]:
    """The peeling trajectory: the whole space first, then one box per peel."""
    n, k = x.shape
    lo, hi = x.min(axis=0), x.max(axis=0)
    box = _measure(Box(lo.copy(), hi.copy()), x, y, lo, hi)
    boxes = [box]
    while True:
        inside = box.inside(x)
        xs, ys = x[inside], y[inside]
        if len(xs) <= max(1, min_support * n):
            break
        best = None
        for j in range(k):
            for side in ("low", "high"):
                q = np.quantile(xs[:, j], alpha if side == "low" else 1 - alpha, method="lower" if side == "low"
                                else "higher")
                keep = xs[:, j] > q if side == "low" else xs[:, j] < q
                if keep.sum() == len(xs) or keep.sum() < max(1, min_support * n):
                    continue
                gain = ys[keep].mean()
                if best is None or gain > best[0]:
                    best = (gain, j, side, q)
        if best is None:
            break
        _, j, side, q = best
        new = Box(box.low.copy(), box.high.copy())
        if side == "low":
            new.low[j] = np.min(xs[xs[:, j] > q, j])
        else:
            new.high[j] = np.max(xs[xs[:, j] < q, j])
        box = _measure(new, x, y, lo, hi)
        boxes.append(box)
    return [_unbounded(b, lo, hi) for b in boxes]


def paste(box: Box, x: np.ndarray, y: np.ndarray, alpha: float = 0.05) -> Box:
    """Widen a limit to take back the nearest `alpha` share of the points outside it, while
    that raises the density."""
    lo, hi = x.min(axis=0), x.max(axis=0)
    box = _measure(Box(np.maximum(box.low, lo), np.minimum(box.high, hi)), x, y, lo, hi)
    step = max(1, int(round(alpha * box.support)))
    while True:
        best = None
        for j in box.restricted:
            others = Box(box.low.copy(), box.high.copy())
            others.low[j], others.high[j] = lo[j], hi[j]
            candidates = x[others.inside(x), j]
            for side in ("low", "high"):
                outside = np.sort(candidates[candidates < box.low[j]])[::-1] if side == "low" else \
                    np.sort(candidates[candidates > box.high[j]])
                if outside.size == 0:
                    continue
                new = Box(box.low.copy(), box.high.copy())
                limit = outside[min(step, outside.size) - 1]
                if side == "low":
                    new.low[j] = limit
                else:
                    new.high[j] = limit
                new = _measure(new, x, y, lo, hi)
                if new.density > box.density and (best is None or new.density > best.density):
                    best = new
        if best is None:
            break
        box = best
    return _unbounded(box, lo, hi)


def prune(box: Box, x: np.ndarray, y: np.ndarray, tolerance: float = 0.01) -> Box:
    """Drop restrictions whose removal lowers the density by less than `tolerance` (absolute)."""
    lo, hi = x.min(axis=0), x.max(axis=0)
    box = _measure(Box(box.low.copy(), box.high.copy()), x, y, lo, hi)
    changed = True
    while changed:
        changed = False
        for j in sorted(box.restricted, key=lambda j: -(box.high[j] - box.low[j])):
            wider = Box(box.low.copy(), box.high.copy())
            wider.low[j], wider.high[j] = -np.inf, np.inf
            wider = _measure(wider, x, y, lo, hi)
            if wider.density >= box.density - tolerance:
                box, changed = wider, True
                break
    return _unbounded(box, lo, hi)


def balance(box: Box) -> float:
    """The harmonic mean of coverage and density: high only when both are."""
    c, d = box.coverage, box.density
    return 2 * c * d / (c + d) if c + d > 0 else 0.0


def choose(trajectory: list[Box], min_coverage: float | None = None) -> int:
    """Index of the chosen box on the trajectory: with `min_coverage`, the densest box that
    holds at least that share of the cases (ties: the larger coverage); without, the box with
    the best balance of coverage and density (their harmonic mean), the knee of the curve."""
    if min_coverage is None:
        return max(range(len(trajectory)), key=lambda i: balance(trajectory[i]))
    ok = [i for i, b in enumerate(trajectory) if b.coverage >= min_coverage - 1e-12]
    return max(ok or [0], key=lambda i: (trajectory[i].density, trajectory[i].coverage))


def prim(x, y, alpha: float = 0.05, min_support: float = 0.05, min_coverage: float | None = None,
         prune_tolerance: float = 0.01) -> tuple[Box, list[Box]]:
    """(chosen box after pasting and pruning, peeling trajectory)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=bool).astype(float)
    if x.ndim != 2 or len(x) != len(y):
        raise ValueError("expected x of shape (n, k) and y of length n")
    if y.sum() == 0:
        raise ValueError("no point is a case of interest: nothing to find a box for")
    trajectory = peel(x, y, alpha, min_support)
    chosen = trajectory[choose(trajectory, min_coverage)]
    box = prune(paste(chosen, x, y, alpha), x, y, prune_tolerance)
    return box, trajectory
