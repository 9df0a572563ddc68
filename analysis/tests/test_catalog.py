"""catalog.py: ablation scenario names, desirable directions; the Python catalogue against cgsim's."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cgsim_analysis.readers import catalog
from cgsim_analysis.words import i18n
from .support import simulator_binary


def test_parse_ablation():
    plus = catalog.parse_ablation("baseline_plus_planning")
    assert (plus.kind, plus.pillar, plus.reference) == ("plus", "planning", "baseline")
    without = catalog.parse_ablation("siger_mu_without_evaluation")
    assert (without.kind, without.pillar, without.reference) == ("without", "evaluation", "siger_mu")
    assert catalog.parse_ablation("siger_mu") is None
    assert catalog.parse_ablation("baseline_plus_tax_incentive") is None


def test_main_scenarios():
    names = ["pre_collaborative", "siger_mu", "baseline_plus_engagement",
             "siger_mu_without_planning", "binding_perda"]
    assert catalog.main_scenarios(names) == ["pre_collaborative", "siger_mu", "binding_perda"]


def test_direction():
    assert catalog.direction("capability_mean") == 1
    assert catalog.direction("duplication_rate") == -1
    assert catalog.direction("government_cost") == 0


def test_baseline_is_always_main():
    assert catalog.main_scenarios(["baseline_plus_planning", "siger_mu_without_planning"]) == [
        "baseline_plus_planning"]


# --- the indicator catalogue (include/cgsim/measure/indicators.def) ----------------------------

REPO = Path(__file__).resolve().parents[2]

# C++ units (HDF5 attribute) -> unit key of i18n.UNITS: both say the same thing in two vocabularies.
UNIT_KEYS = {
    "share": "share", "share 0..1": "share", "share (-1..1)": "share", "trust 0..1": "share", "Gini 0..1": "gini",
    "0/1": "binary",
    "share (sd)": "sd", "count": "count", "million IDR per year": "million_idr",
    "billion IDR per year": "billion_idr", "capability points per billion IDR": "points_per_billion",
    "stage 0..3": "stage", "billion IDR per billion IDR": "billion_per_billion",
}


def _cgsim(*args: str) -> str:
    binary = simulator_binary()
    if binary is None:
        if os.environ.get("CGSIM_BIN"):
            pytest.fail(f"CGSIM_BIN={os.environ['CGSIM_BIN']} is not an executable")
        pytest.skip("no cgsim binary (set CGSIM_BIN)")
    return subprocess.run([str(binary), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def cpp_catalogue():
    return json.loads(_cgsim("indicators", "--format", "json"))


def test_python_catalogue_lists_every_indicator_in_file_order(cpp_catalogue):
    assert list(i18n.INDICATORS) == [e["name"] for e in cpp_catalogue["indicators"]]
    assert list(i18n.DISTRICT_INDICATORS) == [e["name"] for e in cpp_catalogue["districts"]]


# A 0..1 value that is not a proportion of something (capability, trust, acceptability, an index)
# is shown as an index, not as a share: the display refines cgsim's unit, never contradicts it.
REFINED = {"share": {"index"}, "share (-1..1)": {"influence"}, "trust 0..1": {"index"},
           "share 0..1": {"index"}}


def test_python_units_agree_with_the_catalogue(cpp_catalogue):
    for python, entries in ((i18n.INDICATORS, cpp_catalogue["indicators"]),
                            (i18n.DISTRICT_INDICATORS, cpp_catalogue["districts"])):
        for entry in entries:
            allowed = {UNIT_KEYS[entry["units"]]} | REFINED.get(entry["units"], set())
            assert python[entry["name"]][0] in allowed, entry["name"]


def test_key_indicators_are_the_catalogues(cpp_catalogue):
    assert catalog.KEY_INDICATORS == tuple(e["name"] for e in cpp_catalogue["indicators"] if e["key"])


def test_docs_output_tables_are_the_catalogue():
    text = (REPO / "docs" / "output.md").read_text(encoding="utf-8")
    begin = "<!-- begin: cgsim indicators --format markdown -->\n"
    end = "<!-- end: cgsim indicators --format markdown -->"
    assert begin in text and end in text
    documented = text[text.index(begin) + len(begin):text.index(end)]
    assert documented == _cgsim("indicators", "--format", "markdown"), \
        "docs/output.md differs from `cgsim indicators --format markdown`: paste its output between the markers"
