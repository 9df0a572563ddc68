"""Write the crafted-file corpus: a valid cgsim file and malformed variants of it.

    /usr/bin/python3 tests/integrity/make_corpus.py DIR [--base REAL.h5]

Each file is named <verdict>__<case>.h5, where verdict is what every reader must say:
  ok       readable (cgsim inspect exit 0 or 1 for incomplete, load.py and report.py exit 0)
  reject   refused with a message (inspect exit 3, load.py and report.py exit 2), never a crash
The base is a real cgsim file (--base) or, without one, the synthetic file of
analysis/tests/make_fixture.py. Nothing here is committed as binary: the corpus is generated
(issue 18, rows 4, 12, 15 and 19), also as the seed corpus of the HDF5-reader fuzzer.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import h5py
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.tests.make_fixture import write_synthetic  # noqa: E402


def first_scenario(f: h5py.File) -> str:
    names = f.attrs["scenarios"]
    names = names.decode() if isinstance(names, bytes) else str(names)
    return names.split("\n")[0]


def first_indicator(f: h5py.File, scenario: str) -> str:
    return sorted(f[scenario]["indicators"])[0]


def set_root(name, value):
    def edit(f):
        f.attrs[name] = value
    return edit


def delete_root(name):
    def edit(f):
        del f.attrs[name]
    return edit


def set_group_attr(name, value):
    def edit(f):
        f[first_scenario(f)].attrs[name] = value
    return edit


def replace_indicator(make):
    def edit(f):
        s = first_scenario(f)
        name = first_indicator(f, s)
        old = f[s]["indicators"][name]
        shape = old.shape
        del f[s]["indicators"][name]
        make(f[s]["indicators"], name, shape)
    return edit


def indicators_as_dataset(f):
    s = first_scenario(f)
    del f[s]["indicators"]
    f[s]["indicators"] = np.zeros((2, 2))


def resize_rows(rows):
    def edit(f):
        s = first_scenario(f)
        name = first_indicator(f, s)
        data = f[s]["indicators"][name][()]
        del f[s]["indicators"][name]
        d = f[s]["indicators"].create_dataset(name, data=data, chunks=(1, data.shape[1]),
                                              maxshape=(None, data.shape[1]))
        d.resize(rows, axis=0)
    return edit


def resize_years(f):
    s = first_scenario(f)
    name = first_indicator(f, s)
    data = f[s]["indicators"][name][()]
    del f[s]["indicators"][name]
    d = f[s]["indicators"].create_dataset(name, data=data, chunks=(1, 1), maxshape=(None, None))
    d.resize(1 << 30, axis=1)


def huge_counts(f):
    s = first_scenario(f)
    rep = f[s]["replication"][()]
    del f[s]["replication"]
    d = f[s].create_dataset("replication", data=rep, chunks=(64,), maxshape=(None,))
    d.resize(1 << 40, axis=0)
    f[s].attrs["replications"] = np.int64(1 << 40)


def counted_beyond_rows(f):
    """The count and the scale say 1000 finished replications, the data hold 2 rows."""
    s = first_scenario(f)
    f[s]["replication"].resize(1000, axis=0)
    f[s].attrs["replications"] = np.int64(1000)


def comparison(name, value):
    def edit(f):
        if "comparison" not in f:
            return
        del f["comparison"][name]
        f["comparison"][name] = value
    return edit


def strange_names(f):
    """Valid but odd names: $ (mathtext), ^, quotes, accents; the report draws them literally."""
    old = first_scenario(f)
    new = "a$^$b \"x\" é"
    f.move(old, new)
    names = f.attrs["scenarios"]
    names = names.decode() if isinstance(names, bytes) else str(names)
    f.attrs["scenarios"] = names.replace(old, new, 1)
    if "comparison" in f:
        values = [v.decode() if isinstance(v, bytes) else str(v) for v in f["comparison/scenario"][()]]
        del f["comparison/scenario"]
        f["comparison/scenario"] = np.array([new if v == old else v for v in values],
                                            dtype=h5py.string_dtype())
    district = [v.decode() if isinstance(v, bytes) else str(v) for v in f[new]["district"][()]]
    district[0] = "A$^$B"
    f[new]["district"][0] = district[0]


def latin1_district(f):
    s = first_scenario(f)
    d = f[s]["district"]
    raw = [v if isinstance(v, bytes) else str(v).encode() for v in d[()]]
    raw[0] = "Müara".encode("latin-1")
    d[0] = raw[0]


def fixed_version(f):
    f.attrs["cgsim_version"] = np.bytes_(b"0.1.0")


CASES = {
    "ok": {
        "base": None,
        "fixed_length_version": fixed_version,
        "strange_names": strange_names,
        "latin1_district": latin1_district,
        "incomplete": set_root("complete", np.int64(0)),
        "rows_beyond_count": resize_rows(50),         # unfinished rows are never read
        "resized_chunked_rows": resize_rows(1 << 40),  # declared, never allocated
    },
    "reject": {
        "complete_array": set_root("complete", np.arange(8000)),
        "format_version_array": set_root("format_version", np.arange(4)),
        "cgsim_version_array": set_root("cgsim_version", np.array(["v"] * 4000, dtype=h5py.string_dtype())),
        "cgsim_version_number": set_root("cgsim_version", np.int64(1)),
        "complete_missing": delete_root("complete"),
        "complete_two": set_root("complete", np.int64(2)),
        "complete_string": set_root("complete", "1"),
        "complete_nan": set_root("complete", np.float64("nan")),
        "complete_empty": set_root("complete", np.zeros(0, dtype=np.int64)),
        "scenarios_number": set_root("scenarios", np.int64(3)),
        "years_array": set_group_attr("years", np.arange(3)),
        "replications_string": set_group_attr("replications", "two"),
        "more_counted_than_rows": counted_beyond_rows,
        "string_data": replace_indicator(lambda g, n, shape: g.create_dataset(
            n, data=np.full(shape, "x", dtype=h5py.string_dtype()))),
        "wrong_rank": replace_indicator(lambda g, n, shape: g.create_dataset(n, data=np.zeros(shape[0]))),
        "indicators_as_dataset": indicators_as_dataset,
        "resized_years": resize_years,
        "huge_counts": huge_counts,
        "comparison_mean_shape": comparison("mean", np.zeros((1, 1))),
        "comparison_scenario_numbers": comparison("scenario", np.arange(2)),
        "comparison_cost_shape": comparison("extra_public_cost", np.zeros((3, 3))),
    },
}


def truncated(base: Path, out: Path):
    data = base.read_bytes()
    out.write_bytes(data[: len(data) // 2])


def garbage(out: Path):
    out.write_bytes(b"\x89HDF\r\n\x1a\n" + bytes(range(256)) * 8)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--base", help="a real cgsim output file to start from")
    args = parser.parse_args(argv)
    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    base = out / "base_source.h5"
    if args.base:
        shutil.copy(args.base, base)
    else:
        write_synthetic(base, replications=2, years=2)
    for verdict, cases in CASES.items():
        for case, edit in cases.items():
            target = out / f"{verdict}__{case}.h5"
            shutil.copy(base, target)
            if edit is not None:
                with h5py.File(target, "a") as f:
                    edit(f)
    truncated(base, out / "reject__truncated.h5")
    garbage(out / "reject__garbage.h5")
    base.unlink()
    print(f"{len(list(out.glob('*.h5')))} files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
