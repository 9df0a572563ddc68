"""report.py: self-contained HTML in both languages, with its sections and figures."""
from __future__ import annotations

import base64
import html
import re
import string
import subprocess
import sys
import warnings

import h5py
import numpy as np
import pytest

from cgsim_analysis.readers import run_file
from cgsim_analysis.render import figures
from cgsim_analysis.stats import intervals, money
from cgsim_analysis.tools import report
from cgsim_analysis.words import brief_text
from cgsim_analysis.words.i18n import INDICATORS, TEXT, Translator
from .make_fixture import write_synthetic
from .support import REPO

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
    if run_file.cost_effectiveness_frame(cgsim_file) is not None:
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
        warnings.simplefilter("ignore", run_file.IncompleteFileWarning)
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
    assert tr("single_scenario", scenario=tr.scenario("siger_mu"), years=4) in html.unescape(page)
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


# --- the fixes of issue 17, on synthetic files edited per test ---------------------------------

def _edited(path, names, copy=None, scale=None, yaml_text=None, replications=4, years=5):
    """A synthetic comparison of `names`; `copy` {scenario: [indicators]} takes the baseline's
    values (exactly zero differences); `scale` {(scenario, indicator): f} moves a scenario's
    values to baseline + f * (its difference); `yaml_text` {scenario: scenario_yaml}."""
    write_synthetic(path, names, replications=replications, years=years)
    with h5py.File(path, "a") as f:
        base = f[names[0]]["indicators"]
        for scenario, indicators in (copy or {}).items():
            for name in indicators:
                f[scenario]["indicators"][name][...] = base[name][()]
        for (scenario, name), factor in (scale or {}).items():
            mine = f[scenario]["indicators"][name]
            mine[...] = base[name][()] + factor * (mine[()] - base[name][()])
        for scenario, text in (yaml_text or {}).items():
            f[scenario].attrs["scenario_yaml"] = text
        del f["comparison"]
    return path


def test_exactly_zero_gets_its_own_reason(tmp_path):
    path = _edited(tmp_path / "z.h5", ["pre_collaborative", "awards"],
                   copy={"awards": ["capability_mean", "revenue_mean"]})
    ctx = report.make_context(path, "id")
    row = report._row(ctx.comparison, "awards", "capability_mean")
    assert ctx.verdict("awards", "capability_mean", row) == "zero"
    summary = html.unescape(report._scenario_summary(ctx, "awards"))
    tr = Translator("id")
    zero = summary[summary.index(tr("zero_effect")):]
    assert tr.indicator("capability_mean") in zero.split("</li>")[0]
    assert "sedikit replikasi" not in summary  # the old, wrong reason


def test_tiny_effect_is_small_not_better(tmp_path):
    # capability moves by 1/1000 of the synthetic effect: consistent, but far below 1%
    path = _edited(tmp_path / "t.h5", ["pre_collaborative", "siger_mu"],
                   scale={("siger_mu", "capability_mean"): 0.001})
    ctx = report.make_context(path, "en")
    row = report._row(ctx.comparison, "siger_mu", "capability_mean")
    assert row["diff_excludes_zero"] and abs(row["diff_mean"]) < 0.001
    assert ctx.verdict("siger_mu", "capability_mean", row) == "small"
    summary = html.unescape(report._scenario_summary(ctx, "siger_mu"))
    better = summary.split(Translator("en")("clearly_better"))[-1].split("</ul>")[0]
    assert "Mean MSME capability" not in better
    table = html.unescape(report._comparison_table(ctx, "siger_mu", key_only=True))
    assert "Relative change" in table and "○ small" in table


def test_one_cost_figure_with_unit_and_definition(synthetic_file):
    ctx = report.make_context(synthetic_file, "id")
    summary = html.unescape(report._scenario_summary(ctx, "siger_mu"))
    assert summary.count("miliar rupiah per tahun") == 1
    assert Translator("id").indicator("government_cost") not in summary  # no second figure
    assert "rata-rata selama 4 tahun simulasi" in summary


def test_net_cost_subtracts_fines(tmp_path):
    path = _edited(tmp_path / "f.h5", ["pre_collaborative", "siger_mu"])
    with h5py.File(path, "a") as f:
        for index, name in enumerate(["pre_collaborative", "siger_mu"]):
            cost = f[name]["indicators"]["government_cost"][()]
            f[name]["indicators"].create_dataset("fines_collected",
                                                 data=np.full(cost.shape, 0.25 * index))
    ctx = report.make_context(path, "en")
    gross = money.extra_net_cost(ctx.results.indicators.query("indicator != 'fines_collected'"),
                                 "pre_collaborative", "siger_mu")
    assert abs(report._extra_cost(ctx, "siger_mu") - (gross - 0.25)) < 1e-9
    assert "minus the fines collected" in report._scenario_summary(ctx, "siger_mu")


def test_no_empty_cost_chart(tmp_path):
    path = _edited(tmp_path / "c.h5", ["pre_collaborative", "awards", "tax_incentive"],
                   copy={"awards": ["capability_mean", "revenue_mean"],
                         "tax_incentive": ["capability_mean", "revenue_mean"]})
    ctx = report.make_context(path, "en")
    section = report.section_cost(ctx)
    assert "<img" not in section
    assert Translator("en")("cost_no_chart_zero") in html.unescape(section)


def test_heat_map_caption_says_means_only(tmp_path):
    names = ["pre_collaborative", "awards", "tax_incentive", "binding_perda", "siger_mu"]
    ctx = report.make_context(write_synthetic_file(tmp_path / "h.h5", names), "id")
    section = html.unescape(report.section_districts(ctx))
    assert "peta panas tidak menampilkan interval" in section
    assert "(rata-rata dan interval 95%)" not in section


def write_synthetic_file(path, names):
    return write_synthetic(path, names)


def test_schedule_markers_and_forum_charts(tmp_path):
    schedule = ("name: phased\nschedule:\n  - year: 3\n    set: {regulation.binding: true}\n")
    path = _edited(tmp_path / "s.h5", ["pre_collaborative", "siger_mu"],
                   yaml_text={"siger_mu": schedule})
    ctx = report.make_context(path, "en")
    assert ctx.schedules == {"siger_mu": [3]}
    section = html.unescape(report.section_trajectories(ctx))
    assert "Dotted vertical lines mark scheduled changes: Full SIGER-MU from year 3" in section
    assert Translator("en")("fig_forum") in section
    frame = ctx.results.indicators
    bands = intervals.bands(frame[frame["indicator"] == "reach"])
    fig = figures.trajectories_figure(bands, ["reach"], ctx.main, ctx.tr,
                                      schedules=ctx.schedules)
    gids = [line.get_gid() for line in fig.axes[0].get_lines()]
    assert "schedule:siger_mu:3" in gids


def test_company_behaviour_in_the_main_table(synthetic_file):
    ctx = report.make_context(synthetic_file, "id")
    table = html.unescape(report._comparison_table(ctx, "siger_mu", key_only=True))
    assert "Perusahaan anggota yang aktif di forum" in table
    assert "Perusahaan yang melapor ke sistem informasi CSR" in table


def test_indonesian_report_names_scenarios_in_indonesian(reports):
    text = visible_text(reports["id"].page)
    assert "SIGER-MU lengkap" in text and "Kondisi saat ini (pra-kolaboratif)" in text
    assert "paired t over replications" not in text
    assert "registri" not in text and "Benih acak" not in text
    # outside the about section (which quotes the file: command line, file names)
    body = visible_text(re.sub(r'<section id="about">.*?</section>', " ", reports["id"].page,
                               flags=re.S))
    english = re.findall(r"\b(the|and|with|of|replications?|paired|difference|baseline|share|"
                         r"clearly|capability|revenue|companies|trust)\b", body, re.I)
    assert english == []


def test_summary_says_why_from_the_levers(tmp_path):
    path = _edited(tmp_path / "w.h5", ["pre_collaborative", "awards"],
                   copy={"awards": ["capability_mean", "revenue_mean", "reach", "need_match",
                                    "duplication_rate", "csr_spend", "msmes_alive"]},
                   yaml_text={"pre_collaborative": "name: pre_collaborative\n",
                              "awards": "name: awards\nregulation: {award_value: 1}\n"})
    summary = html.unescape(report.section_summary(report.make_context(path, "id")))
    assert "Mengapa:" in summary
    assert brief_text.LEVERS["regulation.award_value"][1] in summary
    assert "Tidak ada yang sampai ke UMKM" in summary
