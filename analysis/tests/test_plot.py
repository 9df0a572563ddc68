"""plot.py: writes a PNG; clear errors for unknown indicators and bad files."""
from __future__ import annotations

import pytest

from analysis import plot

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
