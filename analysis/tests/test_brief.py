"""brief.py: the policy brief on small synthetic files, independent of the model's numbers.

The files are make_fixture.py's, edited per test: an option made identical to the baseline on
some indicators (exactly zero in every replication), the indicators of the policy-channels model
(government_cost_net, fines_collected, msme_csr_total, companies_members) added or left out, and
scenario_yaml attributes that set levers.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys

import h5py
import numpy as np
import pytest
import yaml

from cgsim_analysis.readers import run_file
from cgsim_analysis.stats import effects
from cgsim_analysis.studies import decisions
from cgsim_analysis.tools import brief
from cgsim_analysis.words import brief_text
from cgsim_analysis.words.i18n import LANGUAGES, SCENARIOS, Translator
from .support import REPO, simulator_binary
from .make_fixture import write_synthetic

SCENARIOS_IN_FILE = ["pre_collaborative", "tax_incentive", "awards", "binding_perda"]
# English words that must not appear in Indonesian text (the contract check's and more).
ENGLISH = re.compile(r"\b(the|and|with|of|replications?|paired|difference|baseline|share|"
                     r"cost|revenue|reached|measure|option|meaningful|year|value|"
                     r"companies|trust|capability)\b", re.I)


def visible_text(page: str) -> str:
    page = re.sub(r"(?s)<(script|style).*?</\1>", " ", page)
    page = re.sub(r'data:[^"]+', "", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _set(f, scenario: str, name: str, values: np.ndarray, units: str) -> None:
    group = f[scenario]["indicators"]
    if name in group:
        del group[name]
    ds = group.create_dataset(name, data=np.asarray(values, dtype=np.float64))
    ds.attrs["units"] = units


def _values(f, scenario: str, name: str) -> np.ndarray:
    return np.asarray(f[scenario]["indicators"][name][()])


def make_file(path, channels: bool, yamls: dict[str, str] | None = None,
              same_as_baseline: dict[str, list[str]] | None = None, replications: int = 4):
    """A synthetic comparison; `same_as_baseline` copies the baseline's values of the listed
    indicators into an option (a lever without a path); `channels` adds issue 13's indicators."""
    write_synthetic(path, SCENARIOS_IN_FILE, replications=replications, years=4)
    with h5py.File(path, "a") as f:
        shape = _values(f, "pre_collaborative", "government_cost").shape
        for index, scenario in enumerate(SCENARIOS_IN_FILE):
            if channels:
                cost = _values(f, scenario, "government_cost")
                fines = np.full(shape, 0.5 * index)
                _set(f, scenario, "fines_collected", fines, "billion IDR per year")
                _set(f, scenario, "government_cost_net", cost - fines, "billion IDR per year")
                _set(f, scenario, "msme_csr_total", np.full(shape, 30.0 + index),
                     "billion IDR per year")
                _set(f, scenario, "companies_members", np.full(shape, 20.0 + 5 * index), "count")
            if yamls and scenario in yamls:
                f[scenario].attrs["scenario_yaml"] = yamls[scenario]
        for option, names in (same_as_baseline or {}).items():
            for name in names:
                _set(f, option, name, _values(f, "pre_collaborative", name), "")
        if "comparison" in f:
            del f["comparison"]  # computed anew from the edited values
    return path


BASE_YAML = "name: pre_collaborative\nregulation:\n  tax_incentive_rate: 0\n  award_value: 0\n"
YAMLS = {
    "pre_collaborative": BASE_YAML,
    "tax_incentive": BASE_YAML.replace("pre_collaborative", "tax_incentive")
                              .replace("rate: 0", "rate: 0.1"),
    "awards": BASE_YAML.replace("pre_collaborative", "awards").replace("value: 0", "value: 1"),
}
MSME_OUTCOMES = ["revenue_mean", "msmes_alive", "reach", "csr_spend", "capability_mean",
                 "need_match", "duplication_rate", "msme_csr_total"]


@pytest.fixture(scope="module")
def channels_file(tmp_path_factory):
    return make_file(tmp_path_factory.mktemp("brief") / "c.h5", channels=True, yamls=YAMLS,
                     same_as_baseline={"tax_incentive": MSME_OUTCOMES})


@pytest.fixture(scope="module")
def old_file(tmp_path_factory):
    return make_file(tmp_path_factory.mktemp("brief") / "o.h5", channels=False)


def run(*args):
    return subprocess.run([sys.executable, str(REPO / "analysis" / "brief.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_help_and_bad_input(tmp_path):
    shown = run("--help")
    assert shown.returncode == 0 and "--lang" in shown.stdout and "--threshold" in shown.stdout
    missing = run(tmp_path / "nope.h5", "-o", tmp_path / "b.html")
    assert missing.returncode == 2 and "nope.h5" in missing.stderr
    assert not (tmp_path / "b.html").exists()


@pytest.mark.parametrize("which", ["channels_file", "old_file"])
def test_indonesian_brief_has_no_english(request, tmp_path, which):
    out = tmp_path / "b.html"
    done = run(request.getfixturevalue(which), "-o", out, "--lang", "id")
    assert done.returncode == 0, done.stderr
    text = visible_text(out.read_text(encoding="utf-8"))
    assert ENGLISH.findall(text) == []
    assert "Ringkasan kebijakan" in text and "Insentif pajak daerah" in text


def test_both_languages_have_the_same_keys():
    for lang in LANGUAGES:
        assert set(brief_text.TEXT[lang]) == set(brief_text.TEXT["en"]), lang
    assert all(len(v) == 2 and all(v) for v in brief_text.LEVERS.values())


def test_cost_counts_fines_as_revenue(channels_file):
    data = decisions.read(channels_file)
    with h5py.File(channels_file) as f:
        gross = _values(f, "awards", "government_cost").mean(axis=1)
        fines = _values(f, "awards", "fines_collected").mean(axis=1)
    np.testing.assert_allclose(decisions.cost_net(data, "awards").to_numpy(), gross - fines)
    page = brief.build_brief(channels_file, "id")
    assert brief_text.TEXT["id"]["cost_fines"].strip() in visible_text(page)


def test_cost_without_fines_says_so(old_file):
    data = decisions.read(old_file)
    with h5py.File(old_file) as f:
        gross = _values(f, "awards", "government_cost").mean(axis=1)
    np.testing.assert_allclose(decisions.cost_net(data, "awards").to_numpy(), gross)
    text = visible_text(brief.build_brief(old_file, "en"))
    assert "records no fines" in text


def test_regency_wide_gains(channels_file):
    data = decisions.read(channels_file)
    with h5py.File(channels_file) as f:
        revenue = _values(f, "awards", "revenue_mean")[:, -1]
        alive = _values(f, "awards", "msmes_alive")[:, -1]
        reach = _values(f, "awards", "reach")[:, -1]
    np.testing.assert_allclose(decisions.revenue_total(data, "awards"), revenue * alive / 1000)
    np.testing.assert_allclose(decisions.reached(data, "awards"), reach * alive)
    np.testing.assert_allclose(decisions.csr_total(data, "awards"), 32.0)  # msme_csr_total, not spend


def test_company_behaviour_in_the_main_table(channels_file, old_file):
    page = brief.build_brief(channels_file, "id")
    table = page[page.index('<table class="results"'):page.index("</table>")]
    for name in ("Perusahaan anggota (beroperasi)", "Perusahaan anggota yang aktif di forum",
                 "Perusahaan yang melapor ke sistem informasi CSR"):
        assert name in html.unescape(table), name
    old = brief.build_brief(old_file, "en")
    assert "Member companies (operating)" not in old  # absent indicator: no row


def test_exactly_zero_is_no_path_not_too_few_replications(channels_file):
    data = decisions.read(channels_file)
    found = decisions.evaluate(data, 1.0)
    assert found[("tax_incentive", "row_revenue_total")].verdict == "zero"
    assert found[("tax_incentive", "capability_mean")].verdict == "zero"
    assert found[("awards", "capability_mean")].verdict != "zero"
    text = visible_text(brief.build_brief(channels_file, "id"))
    item = text[text.index("Insentif pajak daerah."):]
    item = item[:item.index("Penghargaan CSR Bupati.")]
    assert "Tepat nol di setiap replikasi" in item and "tidak memiliki jalur" in item
    zero_part = item[item.index("Tepat nol"):]
    assert "semua ukuran UMKM" in zero_part  # every MSME outcome is exactly unchanged
    assert "replikasi tambahan" not in zero_part  # the reason is not sample size


def test_why_sentence_names_the_lever(channels_file):
    text = visible_text(brief.build_brief(channels_file, "id"))
    why = text[text.index(brief_text.TEXT["id"]["h_why"]):]
    assert brief_text.LEVERS["regulation.tax_incentive_rate"][1] in why
    assert brief_text.LEVERS["regulation.award_value"][1] in why
    # the tax incentive reaches no MSME measure in this file: the sentence says so
    assert "Tidak ada yang sampai ke UMKM" in why


def test_threshold_separates_small_from_meaningful():
    base = np.array([100.0, 101.0, 99.0, 100.5])
    small = effects.classify(base, base + np.array([0.5, 0.51, 0.49, 0.5]), +1, 1.0)
    assert small.verdict == "small" and abs(small.relative - 0.005) < 1e-3
    large = effects.classify(base, base + 5 + np.array([0.1, 0, -0.1, 0]), +1, 1.0)
    assert large.verdict == "better"
    worse = effects.classify(base, base - 5 + np.array([0.1, 0, -0.1, 0]), +1, 1.0)
    assert worse.verdict == "worse"
    assert effects.classify(base, base, +1).verdict == "zero"
    # a stage or a 0/1 outcome can stay equal although the policy acts: not "no path"
    assert effects.classify(base, base, +1, discrete=True).verdict == "uncertain"
    noisy = effects.classify(base, base + np.array([3.0, -3.0, 2.0, -2.5]), +1)
    assert noisy.verdict == "uncertain"
    # a zero baseline: the absolute threshold on a 0-1 index decides
    zero = np.zeros(4)
    assert effects.classify(zero, zero + [0.002, 0.003, 0.002, 0.003], 1).verdict == "small"
    assert effects.classify(zero, zero + [0.05, 0.06, 0.05, 0.06], 1).verdict == "better"


def test_threshold_option_changes_the_verdicts(channels_file, tmp_path):
    out = tmp_path / "b.html"
    assert run(channels_file, "-o", out, "--lang", "en", "--threshold", "1000").returncode == 0
    text = visible_text(out.read_text(encoding="utf-8"))
    assert "at least 1000% of" in text
    assert "▲" not in text.split("Which effects are meaningful")[1].split("Why each")[0]


def test_every_shipped_scenario_has_an_indonesian_name_and_description():
    names = []
    for path in (REPO / "scenarios").rglob("*.yaml"):
        if "experiments" in path.parts:
            continue
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "targets" in document:  # the calibration targets file (scenarios/data/targets.yaml)
            continue
        name = document.get("name")
        names.append(name)
        assert name in SCENARIOS, f"{path}: scenario {name} has no entry in i18n.SCENARIOS"
        en, id_, description = SCENARIOS[name]
        assert en and id_ and description
        assert ENGLISH.findall(id_ + " " + description) == [], name
    assert len(names) >= 20


def test_one_scenario_is_an_error(tmp_path):
    path = write_synthetic(tmp_path / "one.h5", ["siger_mu"], comparison=False)
    with pytest.raises(run_file.CgsimFileError, match="only one scenario"):
        decisions.read(path)


def test_a_lever_without_a_path_says_what_it_needs(tmp_path):
    """The reason comes from `cgsim validate --explain-json` (skipped without the program)."""
    if simulator_binary() is None:
        pytest.skip("no cgsim binary (CGSIM_BIN or build/cgsim)")
    audits = "name: awards\nregulation: {audit_probability: 0.5, sanction_billion_idr: 2}\n"
    path = make_file(tmp_path / "a.h5", channels=False,
                     yamls={"pre_collaborative": "name: pre_collaborative\n", "awards": audits},
                     same_as_baseline={"awards": MSME_OUTCOMES[:-1]})
    text = visible_text(brief.build_brief(path, "id"))
    why = text[text.index(brief_text.TEXT["id"]["h_why"]):]
    sentence = why[why.index("Penghargaan CSR Bupati bekerja melalui"):]
    assert brief_text.NEEDS["regulation.audit_probability"][1] in sentence
    assert "tidak memiliki jalur menuju UMKM" in sentence


def test_one_sentence_names_at_most_six_levers(tmp_path):
    many = ("name: awards\nregulation: {award_value: 1, tax_incentive_rate: 0.1, binding: true,"
            " mandatory_reporting: true}\ngovernment: {facilitation: 0.8, registry_quality: 0.8,"
            " coordination_unit: true}\nforum: {transparency: true}\n")
    path = make_file(tmp_path / "m.h5", channels=False,
                     yamls={"pre_collaborative": "name: pre_collaborative\n", "awards": many})
    data = decisions.read(path)
    found = decisions.evaluate(data, 1.0)
    sentence = decisions.why_sentence(data, "awards", found, Translator("id"), 1)
    assert "dan 3 tuas lainnya" in sentence  # 8 levers: five named, three counted
    assert sum(brief_text.LEVERS[k][1] in sentence for k in brief_text.LEVERS) == 5
