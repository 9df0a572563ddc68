"""Global sensitivity estimators on arrays (no file I/O): Sobol indices from a Saltelli design,
Morris elementary effects, and the split of variance between the seed and the parameters.

Names follow SALib (S1, S1_conf, ST, ST_conf, mu, mu_star, sigma, mu_star_conf) and so does the
meaning of a `_conf`: half the width of a 95% interval, z(0.975) x the standard deviation of the
estimate over bootstrap resamples. SALib is not in Debian; these are written from the papers:

- first order, Saltelli et al. (2010), Comput. Phys. Commun. 181, table 2 (b):
  S1_j = mean(f(B) (f(AB_j) - f(A))) / V;
- total, Jansen (1999), ibid. table 2 (f): ST_j = mean((f(A) - f(AB_j))^2) / (2 V);
- V = the variance of f over A and B together; bootstrap over the N base points;
- Morris (1991) elementary effects EE_j = (f(x + delta e_j) - f(x)) / delta with delta in units
  of the factor's range; mu_star (Campolongo et al. 2007) = mean |EE|.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Z95 = 1.959963984540054  # the normal quantile of 0.975, as SALib's conf_level=0.95
DEFAULT_RESAMPLES = 1000


@dataclass(frozen=True)
class SobolIndices:
    S1: np.ndarray
    S1_conf: np.ndarray
    ST: np.ndarray
    ST_conf: np.ndarray
    variance: float  # V, the output variance the indices are shares of


def _first_total(f_a: np.ndarray, f_b: np.ndarray, f_ab: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """f_a, f_b: (..., N); f_ab: (..., k, N). Indices along the last-but-one axis of f_ab."""
    variance = np.var(np.concatenate([f_a, f_b], axis=-1), axis=-1, ddof=0)[..., None]
    with np.errstate(invalid="ignore", divide="ignore"):
        s1 = np.mean(f_b[..., None, :] * (f_ab - f_a[..., None, :]), axis=-1) / variance
        st = 0.5 * np.mean((f_a[..., None, :] - f_ab) ** 2, axis=-1) / variance
    return s1, st


def sobol_indices(f_a, f_b, f_ab, resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> SobolIndices:
    """Sobol indices of the k factors from f(A) (N), f(B) (N) and f(AB_j) (k x N), with
    bootstrap half-widths over the N base points (resampled jointly, keeping each row's pairing).
    A constant output (V = 0) gives NaN indices: no variance, nothing to apportion."""
    f_a, f_b, f_ab = (np.asarray(x, dtype=float) for x in (f_a, f_b, f_ab))
    n = f_a.shape[-1]
    if f_b.shape != f_a.shape or f_ab.ndim != 2 or f_ab.shape[1] != n:
        raise ValueError("expected f_a and f_b of length N and f_ab of shape (k, N)")
    if n < 2:
        raise ValueError("Sobol indices need at least 2 base points")
    s1, st = _first_total(f_a, f_b, f_ab)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    boot_s1, boot_st = _first_total(f_a[idx], f_b[idx], np.moveaxis(f_ab[:, idx], 0, 1))
    variance = float(np.var(np.concatenate([f_a, f_b]), ddof=0))
    return SobolIndices(s1, Z95 * np.std(boot_s1, axis=0, ddof=1), st, Z95 * np.std(boot_st, axis=0, ddof=1),
                        variance)


@dataclass(frozen=True)
class MorrisIndices:
    mu: np.ndarray
    mu_star: np.ndarray
    sigma: np.ndarray
    mu_star_conf: np.ndarray
    effects: int  # elementary effects per factor (the smallest count over the factors)


def morris_indices(effects: list[np.ndarray], resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> MorrisIndices:
    """mu, mu_star, sigma and the bootstrap half-width of mu_star from each factor's elementary
    effects (one array per factor; they may differ in length when a move was lost to rounding)."""
    rng = np.random.default_rng(seed)
    rows = []  # (mu, mu_star, sigma, mu_star_conf) per factor
    for ee in effects:
        ee = np.asarray(ee, dtype=float)
        if ee.size == 0:
            rows.append((np.nan,) * 4)
            continue
        boot = np.abs(ee[rng.integers(0, ee.size, size=(resamples, ee.size))]).mean(axis=1)
        rows.append((ee.mean(), np.abs(ee).mean(), ee.std(ddof=1) if ee.size > 1 else np.nan,
                     Z95 * boot.std(ddof=1)))
    mu, mu_star, sigma, conf = (np.array(c, dtype=float) for c in zip(*rows)) if rows else (np.array([]),) * 4
    return MorrisIndices(mu, mu_star, sigma, conf, min((len(e) for e in effects), default=0))


@dataclass(frozen=True)
class VarianceSplit:
    total: float  # variance of a single run's outcome over the design and the seeds
    seed: float  # mean over points of the variance between replications
    parameters: float  # variance of the point means, less the seed's share of it (>= 0)

    @property
    def seed_share(self) -> float:
        return self.seed / (self.seed + self.parameters) if self.seed + self.parameters > 0 else float("nan")

    @property
    def parameter_share(self) -> float:
        return 1 - self.seed_share if self.seed + self.parameters > 0 else float("nan")


def variance_split(values) -> VarianceSplit:
    """Law of total variance over a [point, replication] array: Var Y = E[Var(Y | theta)] +
    Var(E[Y | theta]). The variance of R-replication means overstates Var(E[Y | theta]) by
    E[Var(Y | theta)] / R, which is subtracted (and the result floored at zero)."""
    y = np.asarray(values, dtype=float)
    if y.ndim != 2:
        raise ValueError("expected a [point, replication] array")
    reps = y.shape[1]
    seed = float(np.nanmean(np.nanvar(y, axis=1, ddof=1))) if reps > 1 else float("nan")
    means = np.nanmean(y, axis=1)
    between = float(np.nanvar(means, ddof=1)) if y.shape[0] > 1 else 0.0
    parameters = max(0.0, between - (seed / reps if reps > 1 else 0.0))
    return VarianceSplit(float(np.nanvar(y)), seed, parameters)


# --- test functions with known answers ----------------------------------------------------------

def ishigami(x, a: float = 7.0, b: float = 0.1) -> np.ndarray:
    """Ishigami & Homma (1990) on [-pi, pi]^3; x in those units, shape (n, 3)."""
    x = np.asarray(x, dtype=float)
    return np.sin(x[:, 0]) + a * np.sin(x[:, 1]) ** 2 + b * x[:, 2] ** 4 * np.sin(x[:, 0])


def ishigami_indices(a: float = 7.0, b: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Analytic (S1, ST) of the Ishigami function (Sobol & Levitan 1999)."""
    v1 = 0.5 * (1 + b * np.pi ** 4 / 5) ** 2
    v2 = a ** 2 / 8
    v13 = b ** 2 * np.pi ** 8 * (1 / 18 - 1 / 50)
    v = v1 + v2 + v13
    return np.array([v1, v2, 0.0]) / v, np.array([v1 + v13, v2, v13]) / v
