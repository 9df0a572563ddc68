"""Issue 18 for the analysis layer: malformed files give CgsimFileError (exit 2), outputs never
overwrite inputs, odd names are drawn literally, one replication gives no interval, undefined
values are shown as "—"."""
from __future__ import annotations

import importlib.util
import shutil
import warnings

import h5py
import numpy as np
import pytest

from cgsim_analysis.readers import output_paths, run_file
from cgsim_analysis.render import figures
from cgsim_analysis.stats import intervals
from cgsim_analysis.tools import load, plot, report
from cgsim_analysis.words.i18n import Translator
from .make_fixture import write_synthetic
from .support import REPO


def _corpus_module():
    spec = importlib.util.spec_from_file_location("make_corpus",
                                                  REPO / "tests" / "integrity" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    _corpus_module().main([str(out)])
    return sorted(out.glob("*.h5"))


def test_corpus_has_the_issue_cases(corpus):
    names = {p.name for p in corpus}
    for case in ("reject__complete_array.h5", "reject__string_data.h5",
                 "reject__indicators_as_dataset.h5", "reject__comparison_mean_shape.h5",
                 "reject__resized_years.h5", "reject__complete_missing.h5",
                 "ok__resized_chunked_rows.h5", "ok__strange_names.h5"):
        assert case in names


def test_every_malformed_file_is_a_cgsim_file_error(corpus):
    """Row 15: about 15 tracebacks (and one 37 GiB allocation) became CgsimFileError."""
    for path in corpus:
        if path.name.startswith("reject__"):
            with pytest.raises(run_file.CgsimFileError, match=path.name):
                run_file.load(path)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", run_file.IncompleteFileWarning)
                results = run_file.load(path)
            assert not results.indicators.empty


def test_rows_beyond_the_finished_count_are_never_read(corpus):
    """A dataset declared with 2**40 rows is read only up to the finished replications."""
    path = next(p for p in corpus if p.name == "ok__resized_chunked_rows.h5")
    frame = run_file.indicators_frame(path)
    assert frame["replication"].nunique() == 2


def test_complete_must_be_zero_or_one(synthetic_file, tmp_path):
    """Row 19: no `complete` used to count as complete here and as broken in cgsim inspect."""
    for value in (None, 2):
        copy = tmp_path / f"c{value}.h5"
        shutil.copy(synthetic_file, copy)
        with h5py.File(copy, "a") as f:
            if value is None:
                del f.attrs["complete"]
            else:
                f.attrs["complete"] = np.int64(value)
        with pytest.raises(run_file.CgsimFileError, match="attribute complete"):
            run_file.load(copy)


def test_load_cli_exit_code_for_a_malformed_file(corpus, capsys):
    path = next(p for p in corpus if p.name == "reject__complete_array.h5")
    assert load.main([str(path)]) == 2
    assert "not a valid cgsim file: attribute complete" in capsys.readouterr().err


def test_tools_refuse_to_overwrite_their_input(synthetic_file, tmp_path):
    """Row 11: report.py x.h5 -o x.h5 overwrote the input."""
    copy = tmp_path / "x.h5"
    shutil.copy(synthetic_file, copy)
    before = copy.read_bytes()
    assert report.main([str(copy), "-o", str(copy)]) == 2
    assert report.main([str(copy), "-o", str(copy), "--force"]) == 2
    assert plot.main([str(copy), "capability_mean", "-o", str(copy)]) == 2
    other = tmp_path / "other.h5"
    shutil.copy(synthetic_file, other)
    assert plot.main([str(copy), "capability_mean", "-o", str(other)]) == 2
    assert copy.read_bytes() == before
    with pytest.raises(output_paths.UnsafeOutput):
        output_paths.check_output(other, [copy])
    output_paths.check_output(other, [copy], force=True)  # another HDF5 file: allowed with --force
    output_paths.check_output(tmp_path / "new.png", [copy])


def test_odd_names_are_drawn_literally(tmp_path):
    """Row 12: matplotlib parsed "a$^$b" as mathtext and the report crashed."""
    path = write_synthetic(tmp_path / "odd.h5", scenarios=["a$^$b", "c$x"], replications=2,
                           years=2)
    assert report.main([str(path), "-o", str(tmp_path / "odd.html")]) == 0
    assert "a$^$b" in (tmp_path / "odd.html").read_text(encoding="utf-8")
    assert plot.main([str(path), "capability_mean", "-o", str(tmp_path / "odd.png")]) == 0
    assert figures.plt.rcParams["text.parse_math"] is False


def test_one_replication_gives_no_interval_and_nothing_clear(tmp_path):
    """Row 5: zero-width intervals and every difference 'clearly better'."""
    path = write_synthetic(tmp_path / "one.h5", replications=1, years=2)
    results = run_file.load(path)
    table = intervals.without_intervals_below_two(results.comparison, results.indicators)
    assert table[["ci_low", "ci_high", "diff_ci_low", "diff_ci_high"]].isna().all().all()
    assert not table["diff_excludes_zero"].any()
    computed = intervals.paired_comparison(results.indicators, results.scenarios)
    others = computed[computed["scenario"] != results.scenarios[0]]
    assert others["diff_ci_low"].isna().all() and not computed["diff_excludes_zero"].any()
    assert computed["ci_low"].isna().all()
    html = report.build_report(path)
    assert "n/a, need ≥ 2 replications" in html
    assert "Clearly better" not in html and "Clearly worse" not in html


def test_undefined_values_are_shown_as_a_dash(tmp_path):
    """Row 21: NaN (nothing to measure) is missing, shown as —, and skipped in statistics."""
    assert Translator("en").number(float("nan")) == "—"
    assert intervals.mean_ci([1.0, np.nan, 3.0])[0] == 2.0
    path = write_synthetic(tmp_path / "nan.h5", replications=3, years=2, comparison=False)
    with h5py.File(path, "a") as f:
        for name in f.attrs["scenarios"].split("\n"):
            data = f[name]["indicators"]["need_match"]
            data[...] = np.nan
    html = report.build_report(path)
    assert "—" in html
