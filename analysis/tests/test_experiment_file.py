"""The experiment file's contract for analyses: one xarray call opens it, outcomes are labelled
[point, policy, replication, year], the design matrix is real numbers with names and units, and
policy contrasts are paired (common random numbers). Needs the real simulator."""
from __future__ import annotations

import subprocess

import numpy as np
import pytest
import xarray as xr

from .support import REPO, simulator_binary


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    binary = simulator_binary()
    if binary is None:
        pytest.skip("no cgsim binary (set CGSIM_BIN)")
    out = tmp_path_factory.mktemp("experiment") / "smoke.h5"
    subprocess.run([str(binary), "experiment", "run", str(REPO / "scenarios/experiments/smoke.yaml"),
                    "-o", str(out)], check=True, capture_output=True)
    with xr.open_dataset(out, engine="h5netcdf") as ds:
        yield ds.load()


def test_outcomes_are_labelled_arrays(smoke):
    assert smoke.need_match.dims == ("point", "policy", "replication", "year")
    assert list(smoke.policy.values) == ["baseline", "siger_mu"]
    assert smoke.sizes == {"point": 4, "policy": 2, "replication": 2, "year": 2, "parameter": 2}
    assert list(smoke.year.values) == [1, 2]
    assert smoke.need_match.attrs["units"]
    assert bool((smoke.done == 1).all())
    assert not np.isnan(smoke.need_match.values).any()


def test_design_matrix_has_names_units_and_ranges(smoke):
    assert smoke.design.dtype == np.float64
    assert list(smoke.parameter.values) == ["regulation.award_value", "implementation.elite_capture"]
    assert list(smoke.parameter_role.values) == ["lever", "uncertainty"]
    assert smoke.parameter_unit.sel(parameter="regulation.award_value").item() == "utility"
    low, high = smoke.parameter_low.values, smoke.parameter_high.values
    assert ((smoke.design.values >= low) & (smoke.design.values <= high)).all()
    # Latin hypercube: one point in each quarter of every range.
    quarters = np.floor((smoke.design.values - low) / (high - low) * 4).astype(int)
    for k in range(2):
        assert sorted(quarters[:, k]) == [0, 1, 2, 3]


def test_policy_contrast_is_one_subtraction(smoke):
    # Replication r of both policies used the same random streams, so the difference is paired.
    contrast = smoke.capability_mean.sel(policy="siger_mu") - smoke.capability_mean.sel(policy="baseline")
    assert contrast.dims == ("point", "replication", "year")
    assert np.isfinite(contrast.values).all()
    assert "seed" in smoke and int(smoke.seed) == 7
    assert "siger_mu" in smoke.policy_scenario_yaml.sel(policy="siger_mu").item()
