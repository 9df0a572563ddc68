"""Read cgsim HDF5 output files (layout: docs/output.md, format_version 1).

Every public function takes a path (or an h5py.File returned by open_cgsim) and validates the
file first. Frames are tidy (one value a row):

    indicators_frame   scenario, replication, time, indicator, value
    districts_frame    scenario, replication, time, district, indicator, value
    comparison_frame   scenario, indicator, mean, ci_low, ci_high,
                       diff_mean, diff_ci_low, diff_ci_high, diff_excludes_zero   (or None)
    cost_effectiveness_frame
                       scenario, extra_public_cost, capability_per_billion,
                       revenue_per_billion                                       (or None)

A file whose root attribute `complete` is 0 (an interrupted run) loads with an
IncompleteFileWarning. Only finished replications are read: per scenario, the smaller of its
`replications` attribute and the length of its `replication` scale (rows beyond are unfinished).
`cgsim inspect` applies the same definitions.

Every malformed file (wrong attribute types or shapes, strings where numbers belong, datasets
too short for the finished count, sizes beyond what the reader allows, damaged HDF5) raises
CgsimFileError; the command-line tools turn it into their exit code 2 (`load.py OUT.h5`,
tools/load.py, prints a short description of a file).
"""
from __future__ import annotations

import contextlib
import sys
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import h5py
import numpy as np
import pandas as pd
import xarray as xr

SUPPORTED_FORMAT_VERSION = 1
REQUIRED_ROOT_ATTRS = ("cgsim_version", "format_version")

INDICATOR_COLUMNS = ["scenario", "replication", "time", "indicator", "value"]
DISTRICT_COLUMNS = ["scenario", "replication", "time", "district", "indicator", "value"]
COMPARISON_MATRICES = ("mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high",
                       "diff_excludes_zero")
COST_VECTORS = ("extra_public_cost", "capability_per_billion", "revenue_per_billion")


class CgsimFileError(Exception):
    """The file is missing, not HDF5, not a cgsim file, of another format_version, or broken."""


# What h5py, numpy and the decoders raise on a damaged or crafted file; readers turn these into
# CgsimFileError.
READ_ERRORS = (OSError, KeyError, ValueError, TypeError, IndexError, RuntimeError,
               UnicodeError, AttributeError)


# Bounds on what a file may declare; reading beyond them is refused before anything is allocated.
MAX_YEARS = 10_000
MAX_DISTRICTS = 65_535
MAX_VALUES = 1 << 29  # values read from one dataset (4 GiB of doubles)


class IncompleteFileWarning(UserWarning):
    """The file was written by an interrupted run (root attribute complete = 0)."""


# --- decoding HDF5 values ------------------------------------------------------------------

def _text(value) -> str:
    """A string attribute or element, whether stored as variable- or fixed-length, str or bytes."""
    if isinstance(value, np.ndarray):
        if value.size != 1:
            return "\n".join(_text(v) for v in value.reshape(-1))
        value = value.reshape(-1)[0]
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").rstrip("\x00")
    # h5py keeps undecodable bytes as surrogates, which no output encoding accepts.
    return str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _integer(value) -> int:
    return int(np.asarray(value).reshape(-1)[0])


def _invalid(path, what: str) -> CgsimFileError:
    return CgsimFileError(f"{path}: not a valid cgsim file: {what}")


def _int_attr(obj, name: str, path, where: str = "") -> int | None:
    """An attribute that must be one integer, or None when absent."""
    if name not in obj.attrs:
        return None
    array = np.asarray(obj.attrs[name])
    if array.size != 1 or array.dtype.kind not in "iu":
        raise _invalid(path, f"attribute {where}{name} (expected one integer)")
    return int(array.reshape(-1)[0])


def _str_attr(obj, name: str, path, where: str = "") -> str | None:
    """An attribute that must be one string (variable or fixed length), or None when absent."""
    if name not in obj.attrs:
        return None
    value = obj.attrs[name]
    array = np.asarray(value)
    if array.size != 1 or array.dtype.kind not in "SOU" or not isinstance(
            array.reshape(-1)[0], (str, bytes)):
        raise _invalid(path, f"attribute {where}{name} (expected one string)")
    return _text(value)


def _strings(dataset: h5py.Dataset) -> list[str]:
    return [_text(v) for v in np.asarray(dataset[()]).reshape(-1)]


# --- opening and validating ----------------------------------------------------------------

def open_cgsim(path) -> h5py.File:
    """Open a cgsim file read-only after checking it; the caller closes it (or uses `with`)."""
    path = Path(path)
    if not path.exists():
        raise CgsimFileError(f"{path}: no such file")
    if not path.is_file():
        raise CgsimFileError(f"{path}: not a file")
    try:
        is_hdf5 = h5py.is_hdf5(str(path))
    except OSError as err:
        raise CgsimFileError(f"{path}: cannot be read ({err})") from err
    if not is_hdf5:
        raise CgsimFileError(f"{path}: not an HDF5 file, so not a cgsim output file")
    try:
        handle = h5py.File(path, "r")
    except OSError as err:
        raise CgsimFileError(f"{path}: HDF5 file cannot be opened ({err})") from err
    try:
        _validate(handle, path)
    except READ_ERRORS as err:
        handle.close()
        raise CgsimFileError(f"{path}: not a valid cgsim file ({err})") from err
    except BaseException:
        handle.close()
        raise
    if not is_complete(handle):
        warnings.warn(f"{path}: incomplete file (root attribute complete = 0): the run was "
                      "interrupted and only finished replications are present",
                      IncompleteFileWarning, stacklevel=2)
    return handle


def _validate(f: h5py.File, path: Path) -> None:
    missing = [name for name in REQUIRED_ROOT_ATTRS if name not in f.attrs]
    if missing:
        raise CgsimFileError(f"{path}: not a cgsim file (root attribute(s) "
                             f"{', '.join(missing)} missing)")
    version_text = _str_attr(f, "cgsim_version", path)
    version = _int_attr(f, "format_version", path)
    if version != SUPPORTED_FORMAT_VERSION:
        raise CgsimFileError(f"{path}: incompatible format_version {version} (written by cgsim "
                             f"{version_text}); this analysis reads "
                             f"format_version {SUPPORTED_FORMAT_VERSION}")
    complete = _int_attr(f, "complete", path)
    if complete not in (0, 1):
        raise _invalid(path, "attribute complete (expected 0 or 1)")
    _str_attr(f, "scenarios", path)
    listed = _listed_scenarios(f)
    names = listed if listed is not None else _scenario_groups(f)
    if not names:
        raise CgsimFileError(f"{path}: the file holds no scenario group")
    for name in names:
        _validate_scenario(f, path, name, listed is not None)
    if "comparison" in f:
        _validate_comparison(f, path)


def _validate_scenario(f: h5py.File, path: Path, name: str, listed: bool) -> None:
    if name not in f:
        if listed and not is_complete(f):
            return  # an interrupted run may not have reached this scenario
        raise CgsimFileError(f"{path}: missing group /{name} (listed in root attribute "
                             "'scenarios')")
    group = f[name]
    if not isinstance(group, h5py.Group):
        raise CgsimFileError(f"{path}: /{name} is not a group")
    for item in ("indicators", "time", "replication"):
        if item not in group:
            raise CgsimFileError(f"{path}: missing /{name}/{item}")
    where = f"/{name} "
    years = _int_attr(group, "years", path, where)
    counted = _int_attr(group, "replications", path, where)
    for attr in ("seed", "steps_per_year"):
        _int_attr(group, attr, path, where)
    for attr in ("scenario_yaml", "description"):
        _str_attr(group, attr, path, where)
    if years is None or counted is None:
        raise _invalid(path, f"attribute {where}years or replications is missing")
    if not 0 <= years <= MAX_YEARS or counted < 0:
        raise _invalid(path, f"attributes {where}years = {years}, replications = {counted}")
    scale = _dataset(group, "replication", path, 1, "iuf")
    if scale.shape[0] > MAX_VALUES:
        raise _invalid(path, f"/{name}/replication declares {scale.shape[0]} values")
    finished = min(counted, scale.shape[0])
    time = _dataset(group, "time", path, 1, "iuf")
    if time.shape[0] != years:
        raise _invalid(path, f"/{name}/time holds {time.shape[0]} values, years = {years}")
    districts = None
    if "district" in group:
        districts = _dataset(group, "district", path, 1, "SOU").shape[0]
        if districts > MAX_DISTRICTS:
            raise _invalid(path, f"/{name}/district declares {districts} districts "
                                 f"(limit {MAX_DISTRICTS})")
    checksums = np.zeros(finished, dtype=np.uint64)
    for sub, trailing in (("indicators", (years,)), ("districts", (years, districts))):
        if sub not in group:
            continue
        if not isinstance(group[sub], h5py.Group):
            raise _invalid(path, f"/{name}/{sub} is not a group")
        for key in group[sub]:
            item = _dataset(group[sub], key, path, len(trailing) + 1, "iuf")
            shape = item.shape
            if trailing[-1] is None:
                raise _invalid(path, f"/{name}/districts without a /{name}/district scale")
            if tuple(shape[1:]) != trailing:
                raise _invalid(path, f"/{name}/{sub}/{key} has shape {shape}, expected "
                                     f"(replications, {', '.join(map(str, trailing))})")
            if shape[0] < finished:
                raise _invalid(path, f"/{name}/{sub}/{key} holds {shape[0]} rows but {finished} "
                                     "replications are counted as finished")
            if finished * int(np.prod(trailing)) > MAX_VALUES:
                raise _invalid(path, f"/{name}/{sub}/{key} declares more values than this "
                                     f"reader allows ({MAX_VALUES})")
            rows = _readable(item, finished, path, f"/{name}/{sub}/{key}")
            checksums += _row_checksums(f"{sub}/{key}", rows)
    _readable(scale, finished, path, f"/{name}/replication")
    _readable(time, years, path, f"/{name}/time")
    _check_checksums(group, checksums, path, name)


def _row_checksums(dataset_path: str, rows: np.ndarray) -> np.ndarray:
    """Per finished row: CRC-32 of the dataset's path followed by the row as little-endian
    float64, as src/io/row_checksum.cpp computes it (summed over datasets modulo 2^64)."""
    if len(rows) == 0:
        return np.zeros(0, dtype=np.uint64)
    prefix = zlib.crc32(dataset_path.encode())
    values = np.ascontiguousarray(rows, dtype="<f8").reshape(len(rows), -1)
    return np.array([zlib.crc32(row.tobytes(), prefix) for row in values], dtype=np.uint64)


def _check_checksums(group: h5py.Group, computed: np.ndarray, path, name: str) -> None:
    """Every finished replication must match the checksum written with it; files written before
    checksums existed have none and are read as they are."""
    if "checksum" not in group:
        return
    stored = _dataset(group, "checksum", path, 1, "u")
    if stored.shape[0] < len(computed):
        raise _invalid(path, f"/{name}/checksum holds fewer values than replications are counted "
                             "as finished")
    values = np.asarray(_readable(stored, len(computed), path, f"/{name}/checksum"), dtype=np.uint64)
    bad = np.nonzero(values != computed)[0]
    if bad.size:
        raise _invalid(path, f"/{name}: finished replication row {int(bad[0])} does not match its "
                             "checksum (the file is damaged, e.g. by a crash while it was being written)")


def _readable(dataset: h5py.Dataset, rows: int, path, where: str) -> np.ndarray:
    """Reads the first `rows` rows, as `cgsim inspect` does: a run killed while HDF5 was writing
    can leave a file whose structure opens but whose data cannot be read; such a file is
    rejected as a whole by every reader, not half read."""
    try:
        return dataset[:rows]
    except (OSError, ValueError, RuntimeError) as err:
        raise _invalid(path, f"{where}: the data of finished replications cannot be read (the file "
                             f"is damaged, e.g. by a crash while it was being written: {err})") from err


def _dataset(group: h5py.Group, key: str, path, ndim: int, kinds: str) -> h5py.Dataset:
    """group[key], which must be a dataset of `ndim` dimensions and a dtype kind in `kinds`."""
    item = group.get(key)
    where = f"{group.name.rstrip('/')}/{key}"
    if not isinstance(item, h5py.Dataset):
        raise _invalid(path, f"{where} is not a dataset")
    if item.ndim != ndim:
        raise _invalid(path, f"{where} has {item.ndim} dimensions, expected {ndim}")
    kind = item.dtype.kind
    if h5py.check_string_dtype(item.dtype) is not None:
        kind = "S"
    if kind not in kinds:
        raise _invalid(path, f"{where} holds {'text' if kind in 'SOU' else item.dtype} where "
                             f"{'text is' if 'S' in kinds else 'numbers are'} expected")
    return item


def _validate_comparison(f: h5py.File, path: Path) -> None:
    group = f["comparison"]
    if not isinstance(group, h5py.Group):
        raise _invalid(path, "/comparison is not a group")
    scenarios = _dataset(group, "scenario", path, 1, "SOU").shape[0]
    indicators = _dataset(group, "indicator", path, 1, "SOU").shape[0]
    if scenarios * indicators > MAX_VALUES:
        raise _invalid(path, "/comparison declares more values than this reader allows")
    for name in COMPARISON_MATRICES:
        if name in group and _dataset(group, name, path, 2, "iufb").shape != (scenarios,
                                                                              indicators):
            raise _invalid(path, f"/comparison/{name} has shape {group[name].shape}, expected "
                                 f"({scenarios}, {indicators})")
    for name in COST_VECTORS:
        if name in group and _dataset(group, name, path, 1, "iuf").shape != (scenarios,):
            raise _invalid(path, f"/comparison/{name} has shape {group[name].shape}, expected "
                                 f"({scenarios},)")


def is_complete(f: h5py.File) -> bool:
    """The root attribute complete is 1 (validated to be 0 or 1 when the file was opened)."""
    return _integer(f.attrs.get("complete", 0)) == 1


def _listed_scenarios(f: h5py.File) -> list[str] | None:
    if "scenarios" not in f.attrs:
        return None
    names = [line.strip() for line in _text(f.attrs["scenarios"]).splitlines()]
    return [n for n in names if n] or None


def _scenario_groups(f: h5py.File) -> list[str]:
    return [name for name, item in f.items()
            if isinstance(item, h5py.Group) and "indicators" in item]


def _scenarios(f: h5py.File) -> list[str]:
    listed = _listed_scenarios(f)
    if listed is None:
        return _scenario_groups(f)
    return [name for name in listed if name in f]


@contextlib.contextmanager
def _opened(source):
    """Yield an open, validated file for a path; pass an already open h5py.File through."""
    if isinstance(source, h5py.File):
        name = source.filename
        try:
            yield source
        except READ_ERRORS as err:
            raise CgsimFileError(f"{name}: not a valid cgsim file ({err})") from err
        return
    with open_cgsim(source) as f:
        try:
            yield f
        except READ_ERRORS as err:
            raise CgsimFileError(f"{source}: not a valid cgsim file ({err})") from err


# --- public readers ------------------------------------------------------------------------

def scenarios(path) -> list[str]:
    """Scenario names in file (command-line) order."""
    with _opened(path) as f:
        return _scenarios(f)


def file_attrs(path) -> dict:
    """Root attributes, strings decoded."""
    with _opened(path) as f:
        return {key: _attr_value(value) for key, value in f.attrs.items()}


def _attr_value(value):
    """An attribute as a Python str, number or list."""
    if np.asarray(value).dtype.kind in "SOU":
        return _text(value)
    array = np.asarray(value)
    return array.reshape(-1)[0].item() if array.size == 1 else array.tolist()


def scenario_info(path) -> pd.DataFrame:
    """One row per scenario: its group attributes (description, seed, replications, years, ...)."""
    with _opened(path) as f:
        rows = []
        for name in _scenarios(f):
            attrs = {key: _attr_value(value) for key, value in f[name].attrs.items()}
            attrs["replications"] = finished_replications(f[name])
            rows.append({"scenario": name, **attrs})
        return pd.DataFrame(rows)


def _coordinate(group: h5py.Group, name: str, length: int) -> np.ndarray:
    """The dimension scale `name` cut to `length`, or 0..length-1 when it is too short."""
    values = np.asarray(group[name][()]) if name in group else np.arange(0)
    if len(values) >= length:
        return values[:length]
    return np.arange(length, dtype=values.dtype if values.size else np.int64)


def finished_replications(group: h5py.Group) -> int:
    """How many replications of a scenario group finished: the smaller of its `replications`
    attribute and the length of its `replication` scale (as `cgsim inspect` counts them)."""
    return min(_integer(group.attrs["replications"]), group["replication"].shape[0])


def _finished_rows(group: h5py.Group, dataset: h5py.Dataset) -> tuple[np.ndarray, np.ndarray]:
    """(replication labels, data) of the replications written completely.

    Rows are in the order replications finished, labelled by the `replication` scale. The
    writer flushes a replication's rows before it extends that scale and the `replications`
    count, so rows beyond the finished count belong to an interrupted replication and are
    never read (only the finished rows are allocated).
    """
    rows = finished_replications(group)
    labels = np.asarray(group["replication"][:rows]).astype(np.int64)
    data = np.asarray(dataset[:rows], dtype=float)
    return labels, data


def _datasets(group: h5py.Group, sub: str, ndim: int):
    if sub not in group:
        return
    for name, item in group[sub].items():
        if isinstance(item, h5py.Dataset) and item.ndim == ndim:
            yield name, item
        else:
            warnings.warn(f"{group.file.filename}: skipping {group.name}/{sub}/{name} "
                          f"(expected a {ndim}-D dataset)", stacklevel=3)


def _district_names(group: h5py.Group, count: int) -> list[str]:
    names = _strings(group["district"]) if "district" in group else []
    return names[:count] if len(names) >= count else [str(i) for i in range(count)]


def _tidy(f: h5py.File, sub: str) -> pd.DataFrame:
    """Every dataset of /<scenario>/<sub> of every scenario as one tidy frame."""
    ndim = 2 if sub == "indicators" else 3
    columns = INDICATOR_COLUMNS if ndim == 2 else DISTRICT_COLUMNS
    pieces: dict[str, list[np.ndarray]] = {column: [] for column in columns}
    for scenario in _scenarios(f):
        group = f[scenario]
        for name, dataset in _datasets(group, sub, ndim):
            reps, data = _finished_rows(group, dataset)
            axes = [reps, _coordinate(group, "time", data.shape[1])]
            if ndim == 3:
                axes.append(np.asarray(_district_names(group, data.shape[2]), dtype=object))
            grids = [grid.reshape(-1) for grid in np.meshgrid(*axes, indexing="ij")]
            pieces["scenario"].append(np.full(data.size, scenario, dtype=object))
            pieces["replication"].append(grids[0].astype(np.int64))
            pieces["time"].append(grids[1].astype(float))
            if ndim == 3:
                pieces["district"].append(grids[2])
            pieces["indicator"].append(np.full(data.size, name, dtype=object))
            pieces["value"].append(data.reshape(-1))
    if not pieces["value"]:
        return pd.DataFrame({column: pd.Series(dtype=float if column in ("time", "value")
                                               else np.int64 if column == "replication"
                                               else object) for column in columns})
    return pd.DataFrame({column: np.concatenate(parts) for column, parts in pieces.items()})


def indicators_frame(path) -> pd.DataFrame:
    """All indicators of all scenarios: scenario, replication, time, indicator, value."""
    with _opened(path) as f:
        return _tidy(f, "indicators")


def districts_frame(path) -> pd.DataFrame:
    """All per-district indicators: scenario, replication, time, district, indicator, value."""
    with _opened(path) as f:
        return _tidy(f, "districts")


def indicator_attrs(path, sub: str = "indicators") -> dict[str, dict[str, str]]:
    """{indicator: {"units": ..., "description": ...}} from the first scenario that has it."""
    with _opened(path) as f:
        out: dict[str, dict[str, str]] = {}
        for scenario in _scenarios(f):
            for name, dataset in _datasets(f[scenario], sub, 2 if sub == "indicators" else 3):
                out.setdefault(name, {key: _text(dataset.attrs[key])
                                      for key in ("units", "description") if key in dataset.attrs})
        return out


def comparison_frame(path) -> pd.DataFrame | None:
    """The /comparison group as a tidy frame (one row per scenario and indicator), or None.

    frame.attrs carries the group's attributes (baseline, replications, confidence, method).
    """
    with _opened(path) as f:
        if "comparison" not in f:
            return None
        group = f["comparison"]
        names = _strings(group["scenario"])
        indicators = _strings(group["indicator"])
        frame = pd.DataFrame({
            "scenario": np.repeat(names, len(indicators)),
            "indicator": np.tile(indicators, len(names)),
        })
        for column in COMPARISON_MATRICES:
            values = np.asarray(group[column][()]).reshape(-1) if column in group \
                else np.full(len(frame), np.nan)
            frame[column] = values
        frame["diff_excludes_zero"] = frame["diff_excludes_zero"].fillna(0).astype(bool)
        frame.attrs.update({key: _attr_value(value) for key, value in group.attrs.items()})
        return frame


def cost_effectiveness_frame(path) -> pd.DataFrame | None:
    """Per scenario: extra_public_cost, capability_per_billion, revenue_per_billion; or None."""
    with _opened(path) as f:
        if "comparison" not in f:
            return None
        group = f["comparison"]
        present = [name for name in COST_VECTORS if name in group]
        if not present:
            return None
        frame = pd.DataFrame({"scenario": _strings(group["scenario"])})
        for name in COST_VECTORS:
            frame[name] = np.asarray(group[name][()], dtype=float) if name in present else np.nan
        return frame


# --- xarray --------------------------------------------------------------------------------

def to_xarray(path, scenario: str):
    """One scenario as an xarray Dataset.

    Indicators are variables with dims (replication, time); per-district indicators are
    variables named district_<name> with dims (replication, time, district). Reads with
    h5netcdf when it understands the file, else builds the Dataset from h5py.
    ds.attrs["loaded_with"] says which.
    """
    with _opened(path) as f:
        if scenario not in _scenarios(f):
            raise CgsimFileError(f"{f.filename}: no scenario {scenario!r} "
                                 f"(scenarios: {', '.join(_scenarios(f))})")
        filename = f.filename
        has_districts = "districts" in f[scenario]
        attrs = {key: _attr_value(value) for key, value in f[scenario].attrs.items()}
        try:
            dataset = _xarray_h5netcdf(filename, scenario, has_districts)
            dataset = _with_coordinates(dataset, f[scenario])
            dataset.attrs["loaded_with"] = "h5netcdf"
        except Exception:  # noqa: BLE001 - any failure means: use the h5py reader
            dataset = _xarray_h5py(f, scenario)
            dataset.attrs["loaded_with"] = "h5py"
    dataset.attrs.update({"scenario": scenario, **{k: v for k, v in attrs.items()
                                                   if k != "scenario_yaml"}})
    return dataset


def _xarray_h5netcdf(filename: str, scenario: str, has_districts: bool):
    def read(sub: str):
        with xr.open_dataset(filename, group=f"{scenario}/{sub}", engine="h5netcdf",
                             decode_times=False) as ds:
            return ds.load()

    parts = [read("indicators")]
    if has_districts:
        districts = read("districts")
        parts.append(districts.rename({name: f"district_{name}" for name in districts.data_vars}))
    for part, dims in zip(parts, [("replication", "time"), ("replication", "time", "district")]):
        for name, variable in part.data_vars.items():
            if variable.dims != dims:
                raise ValueError(f"{name} has dims {variable.dims}, expected {dims}")
    merged = xr.merge(parts)
    merged.attrs = {}
    return merged


def _with_coordinates(dataset, group: h5py.Group):
    """Attach the scenario group's dimension scales as coordinates.

    The scales live in /<scenario>, the data in /<scenario>/indicators and /districts: opened
    on the subgroup, h5netcdf names the dimensions but leaves them without values.
    """
    coords = {}
    for name in ("replication", "time", "district"):
        if name not in dataset.dims:
            continue
        if name not in group:
            raise ValueError(f"no dimension scale {name}")
        values = _strings(group[name]) if name == "district" else np.asarray(group[name][()])
        if name == "replication" and len(values) != finished_replications(group):
            raise ValueError("the replication scale holds unfinished replications")
        if len(values) != dataset.dims[name]:
            raise ValueError(f"scale {name} has {len(values)} values, data {dataset.dims[name]}")
        coords[name] = values
    return dataset.assign_coords(coords)


def _xarray_h5py(f: h5py.File, scenario: str):
    group = f[scenario]
    variables = {}
    reps = np.arange(0)
    n_times = n_districts = 0
    for sub, ndim, prefix in (("indicators", 2, ""), ("districts", 3, "district_")):
        for name, dataset in _datasets(group, sub, ndim):
            reps, data = _finished_rows(group, dataset)
            attrs = {k: _text(v) for k, v in dataset.attrs.items() if k in ("units", "description")}
            variables[prefix + name] = (("replication", "time", "district")[:ndim], data, attrs)
            n_times = data.shape[1]
            n_districts = data.shape[2] if ndim == 3 else n_districts
    coords = {"replication": reps, "time": _coordinate(group, "time", n_times)}
    if n_districts:
        coords["district"] = _district_names(group, n_districts)
    return xr.Dataset(variables, coords=coords)


# --- everything at once (for the report) ---------------------------------------------------

@dataclass
class CgsimResults:
    """Everything the report needs, read with a single open."""

    path: Path
    attrs: dict
    complete: bool
    scenarios: list[str]
    info: pd.DataFrame
    indicators: pd.DataFrame
    districts: pd.DataFrame
    comparison: pd.DataFrame | None
    cost: pd.DataFrame | None
    units: dict[str, dict[str, str]] = field(default_factory=dict)
    district_units: dict[str, dict[str, str]] = field(default_factory=dict)


def load(path) -> CgsimResults:
    with _opened(path) as f:
        return CgsimResults(
            path=Path(path),
            attrs=file_attrs(f),
            complete=is_complete(f),
            scenarios=_scenarios(f),
            info=scenario_info(f),
            indicators=indicators_frame(f),
            districts=districts_frame(f),
            comparison=comparison_frame(f),
            cost=cost_effectiveness_frame(f),
            units=indicator_attrs(f, "indicators"),
            district_units=indicator_attrs(f, "districts"),
        )


@contextlib.contextmanager
def warnings_to_stderr(prog: str):
    """For the command-line tools: print each distinct warning once as `prog: warning: ...`."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for message in dict.fromkeys(str(w.message) for w in caught):
        print(f"{prog}: warning: {message}", file=sys.stderr)
