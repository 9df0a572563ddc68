"""Read an experiment file (`cgsim experiment run`, layout in docs/experiments.md) into arrays,
and pick one outcome of one policy, or of a paired contrast of two policies, per point and
replication. Shared by the studies (sensitivity, discovery, calibration, ranking).

A *target* names what is analysed: a policy (`siger_mu`: its level) or a contrast of two
policies (`siger_mu-baseline`: replication by replication, the first minus the second; the
common random numbers make the pair share every random draw, so the contrast is free of the
noise the two have in common).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import h5py
import numpy as np

FORMAT = "cgsim-experiment"


class ExperimentFileError(ValueError):
    """Not a readable experiment file, or a request it cannot answer; the message names both."""


def _strings(values) -> list[str]:
    return [v.decode() if isinstance(v, bytes) else str(v) for v in values]


def _attr(f, name, default=None):
    v = f.attrs.get(name, default)
    return v.decode() if isinstance(v, bytes) else v


@dataclass
class Experiment:
    path: Path
    name: str
    design_type: str
    parameters: list[str]
    units: list[str]
    roles: list[str]
    low: np.ndarray
    high: np.ndarray
    design: np.ndarray  # point x parameter
    block: np.ndarray
    role: np.ndarray
    moved: np.ndarray
    done: np.ndarray  # bool per point
    policies: list[str]
    years: np.ndarray
    seed: int
    outcomes: dict[str, np.ndarray] = field(default_factory=dict)  # point x policy x replication x year
    outcome_units: dict[str, str] = field(default_factory=dict)
    experiment_yaml: str = ""

    @property
    def replications(self) -> int:
        return next(iter(self.outcomes.values())).shape[2] if self.outcomes else 0

    def contrasts(self) -> list[str]:
        """Every policy against the first one (the reference), e.g. ['siger_mu-baseline']."""
        return [f"{p}-{self.policies[0]}" for p in self.policies[1:]]

    def resolve_target(self, target: str) -> tuple[str, str | None]:
        """'policy' -> (policy, None); 'a-b' -> (a, b). Policy names may hold '-', so every split
        is tried; an unknown name is an error listing the policies."""
        if target in self.policies:
            return target, None
        for i, c in enumerate(target):
            if c == "-" and target[:i] in self.policies and target[i + 1:] in self.policies:
                return target[:i], target[i + 1:]
        raise ExperimentFileError(f"{self.path}: '{target}' is neither a policy nor a contrast 'A-B' of two "
                                  f"policies; policies: {', '.join(self.policies)}")

    def values(self, outcome: str, target: str, year: int | None = None) -> np.ndarray:
        """[point, replication] of one outcome for a policy or a contrast, in the final year by
        default (or the given simulated year); only points that are done."""
        if outcome not in self.outcomes:
            raise ExperimentFileError(f"{self.path}: no outcome '{outcome}'; the file has: "
                                      f"{', '.join(sorted(self.outcomes))}")
        data = self.outcomes[outcome]
        if year is None:
            y = len(self.years) - 1
        else:
            where = np.flatnonzero(self.years == year)
            if where.size == 0:
                raise ExperimentFileError(f"{self.path}: year {year} is not stored; years: "
                                          f"{', '.join(str(int(v)) for v in self.years)}")
            y = int(where[0])
        a, b = self.resolve_target(target)
        out = data[:, self.policies.index(a), :, y]
        if b is not None:
            out = out - data[:, self.policies.index(b), :, y]
        return out[self.done]


def is_experiment_file(path) -> bool:
    """Whether `path` is an experiment file (root attribute format = cgsim-experiment)."""
    try:
        with h5py.File(path, "r") as f:
            return str(_attr(f, "format", "")) == FORMAT
    except OSError:
        return False


def read_experiment(path) -> Experiment:
    """The whole experiment file in memory (outcomes are small: points x policies x replications
    x years doubles). Errors name the file and what is wrong."""
    path = Path(path)
    try:
        f = h5py.File(path, "r")
    except OSError as e:
        raise ExperimentFileError(f"{path}: cannot open as HDF5 ({e})") from None
    with f:
        if _attr(f, "format") != FORMAT:
            raise ExperimentFileError(f"{path}: not an experiment file (root attribute format is "
                                      f"{_attr(f, 'format')!r}, expected '{FORMAT}'); "
                                      "make one with `cgsim experiment run`")
        try:
            n_points = f["design"].shape[0]
            exp = Experiment(
                path=path, name=str(_attr(f, "experiment_name", path.stem)),
                design_type=str(_attr(f, "design_type", "")),
                parameters=_strings(f["parameter"][()]), units=_strings(f["parameter_unit"][()]),
                roles=_strings(f["parameter_role"][()]),
                low=f["parameter_low"][()].astype(float), high=f["parameter_high"][()].astype(float),
                design=f["design"][()].astype(float).reshape(n_points, -1),
                block=f["design_block"][()].astype(np.int64), role=f["design_role"][()].astype(np.int64),
                moved=f["design_moved"][()].astype(np.int64), done=f["done"][()].astype(bool),
                policies=_strings(f["policy"][()]), years=f["year"][()].astype(np.int64),
                seed=int(f["seed"][()]), experiment_yaml=str(_attr(f, "experiment_yaml", "")))
            for name, d in f.items():
                if isinstance(d, h5py.Dataset) and d.ndim == 4:
                    exp.outcomes[name] = d[()].astype(float)
                    exp.outcome_units[name] = str(_attr(d, "units", ""))
        except KeyError as e:
            raise ExperimentFileError(f"{path}: missing dataset {e}") from None
    if not exp.done.any():
        raise ExperimentFileError(f"{path}: no design point is done yet")
    return exp


def policy_values(exp: Experiment, outcome: str, year: int | None = None) -> np.ndarray:
    """[point, policy, replication] of one outcome for the done points (final year by default)."""
    return np.stack([exp.values(outcome, p, year) for p in exp.policies], axis=1)
