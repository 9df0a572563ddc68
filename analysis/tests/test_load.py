"""load.py: frames equal the HDF5 datasets; malformed files raise CgsimFileError."""
from __future__ import annotations

import shutil

import h5py
import numpy as np
import pytest

from cgsim_analysis.readers import run_file
from .make_fixture import DISTRICTS, write_synthetic


def _strings(dataset) -> list[str]:
    return [v.decode() if isinstance(v, bytes) else str(v) for v in dataset[()]]


def test_open_cgsim_returns_open_file(cgsim_file):
    with run_file.open_cgsim(cgsim_file) as f:
        assert int(f.attrs["format_version"]) == 1
        assert "cgsim_version" in f.attrs


def test_scenarios_in_root_attribute_order(cgsim_file):
    with h5py.File(cgsim_file, "r") as f:
        listed = f.attrs["scenarios"]
        listed = listed.decode() if isinstance(listed, bytes) else listed
    assert run_file.scenarios(cgsim_file) == [n for n in listed.split("\n") if n]


def test_scenarios_fall_back_to_groups(synthetic_file, tmp_path):
    copy = tmp_path / "no_attr.h5"
    shutil.copy(synthetic_file, copy)
    with h5py.File(copy, "a") as f:
        del f.attrs["scenarios"]
    assert run_file.scenarios(copy) == ["pre_collaborative", "siger_mu"]


def test_indicators_frame_equals_datasets(cgsim_file):
    frame = run_file.indicators_frame(cgsim_file)
    assert list(frame.columns) == ["scenario", "replication", "time", "indicator", "value"]
    total = 0
    with h5py.File(cgsim_file, "r") as f:
        for scenario in run_file.scenarios(cgsim_file):
            group = f[scenario]
            labels = group["replication"][()]  # row i holds replication labels[i]
            for name, dataset in group["indicators"].items():
                data = dataset[()]
                assert data.shape[0] == len(labels)
                total += data.size
                rows = frame[(frame["scenario"] == scenario) & (frame["indicator"] == name)]
                table = rows.pivot(index="replication", columns="time", values="value")
                np.testing.assert_array_equal(table.columns.to_numpy(), group["time"][()])
                np.testing.assert_array_equal(table.loc[labels].to_numpy(), data)
    assert len(frame) == total


def test_districts_frame_equals_datasets(cgsim_file):
    frame = run_file.districts_frame(cgsim_file)
    assert list(frame.columns) == ["scenario", "replication", "time", "district", "indicator",
                                   "value"]
    total = 0
    with h5py.File(cgsim_file, "r") as f:
        for scenario in run_file.scenarios(cgsim_file):
            group = f[scenario]
            districts = _strings(group["district"])
            labels = group["replication"][()]
            for name, dataset in group["districts"].items():
                data = dataset[()]
                total += data.size
                rows = frame[(frame["scenario"] == scenario) & (frame["indicator"] == name)]
                cube = (rows.set_index(["replication", "time", "district"])["value"]
                        .unstack("district")[districts].loc[labels])
                np.testing.assert_array_equal(cube.to_numpy().reshape(data.shape), data)
    assert len(frame) == total


def test_comparison_frame_equals_datasets(cgsim_file):
    frame = run_file.comparison_frame(cgsim_file)
    with h5py.File(cgsim_file, "r") as f:
        if "comparison" not in f:
            assert frame is None
            return
        group = f["comparison"]
        scenarios, indicators = _strings(group["scenario"]), _strings(group["indicator"])
        assert len(frame) == len(scenarios) * len(indicators)
        assert scenarios[0] == run_file.scenarios(cgsim_file)[0]
        for column in ("mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high",
                       "diff_excludes_zero"):
            expected = group[column][()]
            got = (frame.set_index(["scenario", "indicator"])[column]
                   .unstack("indicator").loc[scenarios, indicators].to_numpy())
            np.testing.assert_array_equal(got.astype(expected.dtype), expected)
        assert frame.attrs["baseline"] == scenarios[0]
    cost = run_file.cost_effectiveness_frame(cgsim_file)
    with h5py.File(cgsim_file, "r") as f:
        for column in ("extra_public_cost", "capability_per_billion", "revenue_per_billion"):
            np.testing.assert_array_equal(cost[column].to_numpy(), f["comparison"][column][()])


def test_to_xarray_matches_datasets(cgsim_file):
    scenario = run_file.scenarios(cgsim_file)[-1]
    ds = run_file.to_xarray(cgsim_file, scenario)
    with h5py.File(cgsim_file, "r") as f:
        group = f[scenario]
        np.testing.assert_array_equal(ds["time"].values, group["time"][()])
        np.testing.assert_array_equal(ds["replication"].values, group["replication"][()])
        assert list(ds["district"].values) == _strings(group["district"])
        for name, dataset in group["indicators"].items():
            assert ds[name].dims == ("replication", "time")
            np.testing.assert_array_equal(ds[name].values, dataset[()])
        for name, dataset in group["districts"].items():
            assert ds[f"district_{name}"].dims == ("replication", "time", "district")
            np.testing.assert_array_equal(ds[f"district_{name}"].values, dataset[()])


def test_to_xarray_falls_back_to_h5py(synthetic_file, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("h5netcdf cannot read this")

    monkeypatch.setattr(run_file, "_xarray_h5netcdf", broken)
    ds = run_file.to_xarray(synthetic_file, "siger_mu")
    assert ds.attrs["loaded_with"] == "h5py"
    with h5py.File(synthetic_file, "r") as f:
        group = f["siger_mu"]
        assert set(ds.data_vars) == set(group["indicators"]) | {
            f"district_{name}" for name in group["districts"]}
        np.testing.assert_array_equal(ds["reach"].values, group["indicators/reach"][()])
        np.testing.assert_array_equal(ds["district_spend"].values, group["districts/spend"][()])
        np.testing.assert_array_equal(ds["time"].values, group["time"][()])
        assert list(ds["district"].values) == _strings(group["district"])
    assert ds["capability_mean"].attrs["units"] == "share 0..1"


def test_fixed_length_strings(tmp_path):
    path = write_synthetic(tmp_path / "fixed.h5", fixed_strings=True)
    assert run_file.scenarios(path) == ["pre_collaborative", "siger_mu"]
    assert run_file.districts_frame(path)["district"].drop_duplicates().tolist() == DISTRICTS
    assert run_file.comparison_frame(path)["scenario"].iloc[0] == "pre_collaborative"
    assert run_file.file_attrs(path)["cgsim_version"] == "0.0.0-synthetic"


def test_incomplete_file_loads_with_warning(incomplete_file):
    with pytest.warns(run_file.IncompleteFileWarning, match="incomplete"):
        frame = run_file.indicators_frame(incomplete_file)
    counts = frame.groupby("scenario")["replication"].nunique()
    assert counts["pre_collaborative"] == 3 and counts["siger_mu"] == 2
    with pytest.warns(run_file.IncompleteFileWarning):
        assert run_file.comparison_frame(incomplete_file) is None


def test_interrupted_replication_is_dropped(incomplete_file):
    """siger_mu's last replication reached indicators/ but not the replication scale."""
    with h5py.File(incomplete_file, "r") as f:
        assert f["siger_mu/indicators/reach"].shape[0] == 3
        assert f["siger_mu/replication"].shape[0] == 2
    with pytest.warns(run_file.IncompleteFileWarning):
        districts = run_file.districts_frame(incomplete_file)
        ds = run_file.to_xarray(incomplete_file, "siger_mu")
    assert districts[districts["scenario"] == "siger_mu"]["replication"].nunique() == 2
    assert ds.sizes["replication"] == 2 and ds.attrs["loaded_with"] == "h5py"


def test_rows_in_finishing_order(synthetic_file, tmp_path):
    """Rows are labelled by the replication scale, not by their position."""
    shuffled = write_synthetic(tmp_path / "shuffled.h5", shuffled=True)
    key = ["scenario", "indicator", "replication", "time"]
    expected = run_file.indicators_frame(synthetic_file).sort_values(key).reset_index(drop=True)
    got = run_file.indicators_frame(shuffled).sort_values(key).reset_index(drop=True)
    assert got.equals(expected)
    ds = run_file.to_xarray(shuffled, "siger_mu")
    assert list(ds["replication"].values) == [1, 0, 2]


# --- malformed files -----------------------------------------------------------------------

def _text_file(path):
    path.write_text("this is not HDF5\n")


def _bare_hdf5(path):
    with h5py.File(path, "w") as f:
        f.create_group("something")


def _wrong_version(path):
    write_synthetic(path)
    with h5py.File(path, "a") as f:
        f.attrs["format_version"] = np.int32(2)


def _missing_group(path):
    write_synthetic(path)
    with h5py.File(path, "a") as f:
        del f["siger_mu"]


def _missing_indicators(path):
    write_synthetic(path)
    with h5py.File(path, "a") as f:
        del f["siger_mu/indicators"]


@pytest.mark.parametrize("make, message", [
    (None, "no such file"),
    (_text_file, "not an HDF5 file"),
    (_bare_hdf5, "not a cgsim file"),
    (_wrong_version, "incompatible format_version 2"),
    (_missing_group, "missing group /siger_mu"),
    (_missing_indicators, "missing /siger_mu/indicators"),
])
def test_malformed_file_raises(tmp_path, make, message):
    path = tmp_path / "bad.h5"
    if make is not None:
        make(path)
    with pytest.raises(run_file.CgsimFileError, match=message) as info:
        run_file.indicators_frame(path)
    assert str(path) in str(info.value)
