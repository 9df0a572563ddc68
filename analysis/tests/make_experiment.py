"""Synthetic experiment files (the layout of `cgsim experiment run`, docs/experiments.md) whose
outcomes are known functions of the design, for the known-answer tests of sensitivity.py,
discover.py and calibrate.py. Also the Saltelli and Morris layouts the C++ designs produce."""
from __future__ import annotations

from pathlib import Path

import h5py
import numpy as np
from scipy.stats import qmc


def saltelli_unit(n: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit-cube rows in the order of src/engine/design.cpp: per base point i, A_i, AB_i^(1..k),
    B_i; with their block and role. Unscrambled Sobol points, origin included, as the C++."""
    base = qmc.Sobol(d=2 * k, scramble=False).random(n)
    rows, block, role = [], [], []
    for i in range(n):
        a, b = base[i, :k], base[i, k:]
        rows.append(a), block.append(i), role.append(0)
        for j in range(k):
            ab = a.copy()
            ab[j] = b[j]
            rows.append(ab), block.append(i), role.append(j + 1)
        rows.append(b), block.append(i), role.append(2 * k + 1)
    return np.array(rows), np.array(block), np.array(role)


def morris_unit(trajectories: int, k: int, levels: int = 4, seed: int = 1):
    """Morris (1991) trajectories on a `levels` grid, as src/engine/design.cpp: (rows, block,
    role, moved)."""
    rng = np.random.default_rng(seed)
    delta = levels / (2 * (levels - 1))
    rows, block, role, moved = [], [], [], []
    for t in range(trajectories):
        x = rng.integers(0, levels // 2, size=k) / (levels - 1)
        direction = rng.choice([-1, 1], size=k)
        x = x + np.where(direction < 0, delta, 0.0)
        rows.append(x.copy()), block.append(t), role.append(0), moved.append(-1)
        for s, j in enumerate(rng.permutation(k)):
            x[j] = np.round((x[j] + direction[j] * delta) * (levels - 1)) / (levels - 1)
            rows.append(x.copy()), block.append(t), role.append(s + 1), moved.append(j)
    return np.array(rows), np.array(block), np.array(role), np.array(moved)


def write_experiment(path, design, parameters, low, high, outcomes: dict, policies=("baseline", "siger_mu"),
                     design_type="latin_hypercube", block=None, role=None, moved=None, years=(10,),
                     done=None, seed=1, name="synthetic"):
    """An experiment file; outcomes: name -> array [point, policy, replication, year]."""
    path = Path(path)
    n = len(design)
    with h5py.File(path, "w") as f:
        f.attrs.update({"format": "cgsim-experiment", "format_version": 1, "design_type": design_type,
                        "experiment_name": name, "complete": 1, "experiment_yaml": f"name: {name}\n"})
        text = h5py.string_dtype()
        f["design"] = np.asarray(design, dtype=float)
        f["parameter"] = np.array(parameters, dtype=object).astype(text)
        f["parameter_unit"] = np.array(["-"] * len(parameters), dtype=object).astype(text)
        f["parameter_role"] = np.array(["uncertainty"] * len(parameters), dtype=object).astype(text)
        f["parameter_low"] = np.asarray(low, dtype=float)
        f["parameter_high"] = np.asarray(high, dtype=float)
        f["design_block"] = np.arange(n) if block is None else np.asarray(block)
        f["design_role"] = np.zeros(n, dtype=np.int64) if role is None else np.asarray(role)
        f["design_moved"] = -np.ones(n, dtype=np.int64) if moved is None else np.asarray(moved)
        f["done"] = np.ones(n, dtype=np.int8) if done is None else np.asarray(done, dtype=np.int8)
        f["policy"] = np.array(list(policies), dtype=object).astype(text)
        f["year"] = np.asarray(years, dtype=np.int64)
        f["seed"] = np.int64(seed)
        for key, values in outcomes.items():
            d = f.create_dataset(key, data=np.asarray(values, dtype=float))
            d.attrs["units"] = "-"
    return path
