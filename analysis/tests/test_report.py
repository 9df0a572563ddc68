"""report.py: self-contained HTML in both languages, with its sections and figures."""
from __future__ import annotations

import base64
import html
import re
import string
import subprocess
import sys
import warnings

import pytest

from analysis import load, report
from analysis.i18n import INDICATORS, TEXT, Translator
from analysis.tests.conftest import REPO

IMG = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')
HEADING = re.compile(r"<h([1-3])[^>]*>(.*?)</h\1>", re.S)


def headings(page: str) -> list[str]:
    return [html.unescape(text) for _, text in HEADING.findall(page)]


def visible_text(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(page)


def literal_parts(template: str) -> list[str]:
    return [text for text, _, _, _ in string.Formatter().parse(template)]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_report_is_self_contained_with_images(reports, lang):
    page = reports[lang].page
    images = IMG.findall(page)
    assert len(images) >= 5
    for data in images:
        assert base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(re.findall(r"<img ", page)) == len(images)  # every image is embedded
    for external in ("http://", "https://", "<link", "<script", "url("):
        assert external not in page
    assert f'<html lang="{lang}">' in page


@pytest.mark.parametrize("lang", ["en", "id"])
def test_report_has_its_sections(reports, cgsim_file, lang):
    tr = Translator(lang)
    found = headings(reports[lang].page)
    expected = ["h_summary", "h_how_to_read", "h_trajectories", "h_comparison", "h_districts",
                "h_stages", "h_about"]
    if load.cost_effectiveness_frame(cgsim_file) is not None:
        expected.append("h_cost")
    for key in expected:
        assert tr(key) in found, key
    assert tr("h_pillars") not in found  # no ablation scenarios in this file


def test_english_report_words(reports):
    found = headings(reports["en"].page)
    assert "Summary" in found
    assert any("Comparison" in h for h in found)


def test_indonesian_report_has_no_english_left(reports):
    page = reports["id"].page
    found = headings(page)
    assert "Ringkasan" in found
    assert any("Perbandingan" in h for h in found)
    english_headings = {v for k, v in TEXT["en"].items() if k.startswith("h_") or k == "title"}
    assert not english_headings & set(found)
    # the about section quotes the file (scenario descriptions, command line): data, not labels
    text = visible_text(re.sub(r'<section id="about">.*?</section>', " ", page, flags=re.S))
    for key, template in TEXT["en"].items():
        if template == TEXT["id"][key]:
            continue
        for part in literal_parts(template):
            if len(part.strip()) >= 12:
                assert part.strip() not in text, (key, part)
    for unit, en, id_ in INDICATORS.values():
        if en != id_:
            assert en not in text, en


@pytest.mark.parametrize("lang", ["en", "id"])
def test_report_prints_the_path(reports, lang):
    assert reports[lang].printed.strip() == str(reports[lang].path)


@pytest.mark.parametrize("content", [None, "plain text, not HDF5"])
def test_report_bad_file_exit_code_2(tmp_path, capsys, content):
    path = tmp_path / "bad.h5"
    if content is not None:
        path.write_text(content)
    assert report.main([str(path), "-o", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert not (tmp_path / "x.html").exists()


def test_report_script_exit_code_2(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    proc = subprocess.run([sys.executable, str(REPO / "analysis" / "report.py"), str(path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert str(path) in proc.stderr and "not an HDF5 file" in proc.stderr


def test_incomplete_file_is_noted(incomplete_file):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", load.IncompleteFileWarning)
        ctx = report.make_context(incomplete_file, "en")
    summary = report.section_summary(ctx)
    assert html.escape(Translator("en")("incomplete_note", reps="")[:40]) in summary
    assert "siger_mu: 2" in summary
    assert not ctx.comparison_from_file  # computed in Python
    assert html.escape(Translator("en")("source_computed")[:40]) in summary


def test_single_scenario_report(reports):
    page = reports["single"].page
    tr = Translator("id")
    assert len(IMG.findall(page)) >= 5
    assert tr("single_scenario", scenario="siger_mu", years=4) in html.unescape(page)
    found = headings(page)
    assert tr("h_summary") in found and tr("h_cost") not in found and tr("h_pillars") not in found


def test_pillar_section(ablation_file):
    ctx = report.make_context(ablation_file, "en")
    contributions, notes = report.pillar_contributions(ctx)
    assert not notes
    assert contributions["label"].nunique() == 8  # 4 pillars added + 4 removed
    assert set(contributions["kind"]) == {"plus", "without"}
    # the synthetic data give joint planning the largest weight
    assert "Joint planning" in report._largest(contributions, "capability_mean", ctx.tr)
    section = report.section_pillars(ctx)
    assert len(IMG.findall(section)) == 1
    assert ctx.main == ["pre_collaborative", "siger_mu"]
