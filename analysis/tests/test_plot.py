"""plot.py: writes a PNG; clear errors for unknown indicators and bad files."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cgsim_analysis.readers import run_file
from cgsim_analysis.render import figures
from cgsim_analysis.stats import intervals
from cgsim_analysis.tools import plot
from cgsim_analysis.words.i18n import Translator

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("indicator, lang", [("capability_mean", "en"),
                                             ("districts/spend", "id")])
def test_plot_writes_png(cgsim_file, tmp_path, capsys, indicator, lang):
    out = tmp_path / "figure.png"
    assert plot.main([str(cgsim_file), indicator, "-o", str(out), "--lang", lang]) == 0
    assert out.read_bytes()[:8] == PNG
    assert capsys.readouterr().out.strip() == str(out)


def test_unknown_indicator_lists_valid_names(cgsim_file, tmp_path, capsys):
    assert plot.main([str(cgsim_file), "capability_meen", "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "capability_meen" in err and str(cgsim_file) in err
    assert "capability_mean" in err and "districts/spend" in err
    assert not (tmp_path / "x.png").exists()


def test_bad_file(tmp_path, capsys):
    path = tmp_path / "bad.h5"
    path.write_text("nope")
    assert plot.main([str(path), "reach"]) == 2
    assert str(path) in capsys.readouterr().err


@pytest.mark.parametrize("suffix, magic", [(".pdf", b"%PDF"), (".svg", b"<?xml"),
                                           (".png", PNG[:4])])
def test_format_follows_the_suffix(synthetic_file, tmp_path, suffix, magic):
    out = tmp_path / f"figure{suffix}"
    assert plot.main([str(synthetic_file), "capability_mean", "-o", str(out)]) == 0
    assert out.read_bytes()[:len(magic)] == magic


def test_unknown_suffix_is_refused(synthetic_file, tmp_path, capsys):
    out = tmp_path / "figure.jpg"
    assert plot.main([str(synthetic_file), "reach", "-o", str(out)]) == 2
    assert ".jpg" in capsys.readouterr().err and not out.exists()


def test_several_indicators_one_panel_each(synthetic_file):
    fig = plot.plot(synthetic_file, ["capability_mean", "reach", "need_match"])
    titled = [ax for ax in fig.axes if ax.get_title()]
    assert len(titled) == 3


def test_diff_against_a_baseline(synthetic_file):
    fig = plot.plot(synthetic_file, ["capability_mean"], diff="pre_collaborative")
    ax = fig.axes[0]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 2]
    assert [line.get_label() for line in lines] == ["Full SIGER-MU"]  # not the baseline
    frame = run_file.indicators_frame(synthetic_file)
    frame = frame[frame["indicator"] == "capability_mean"]
    wide = frame.pivot_table(index=["replication", "time"], columns="scenario", values="value")
    expected = (wide["siger_mu"] - wide["pre_collaborative"]).groupby("time").mean()
    np.testing.assert_allclose(lines[0].get_ydata(), expected.to_numpy())


def test_diff_unknown_baseline(synthetic_file, tmp_path, capsys):
    assert plot.main([str(synthetic_file), "reach", "--diff", "nope",
                      "-o", str(tmp_path / "d.png")]) == 2
    assert "nope" in capsys.readouterr().err


def test_identical_lines_stay_visible(synthetic_file):
    """A scenario identical to another is drawn dashed over it and named as the same."""
    frame = run_file.indicators_frame(synthetic_file)
    frame = frame[frame["indicator"] == "reach"]
    copy = frame[frame["scenario"] == "siger_mu"].assign(scenario="siger_copy")
    bands = intervals.bands(pd.concat([frame, copy]))
    scenarios = ["pre_collaborative", "siger_mu", "siger_copy"]
    fig = figures.trajectories_figure(bands, ["reach"], scenarios, Translator("en"))
    ax = fig.axes[0]
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert lines["Full SIGER-MU"].get_linestyle() == "-"
    twin = lines["siger_copy (same as Full SIGER-MU)"]
    assert twin.get_linestyle() != "-"  # dashed: the solid line shows between its dashes
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "siger_copy (same as Full SIGER-MU)" in legend
