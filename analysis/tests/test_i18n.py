"""i18n.py: both languages complete and consistent."""
from __future__ import annotations

import string

from cgsim_analysis.readers import catalog
from cgsim_analysis.words.i18n import DISTRICT_INDICATORS, INDICATORS, LANGUAGES, STAGES, TEXT, UNITS, Translator
from cgsim_analysis.words.numbers import format_number
from .make_fixture import DISTRICT_UNITS, UNITS as DOC_UNITS


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_same_keys_and_placeholders_in_every_language():
    keys = set(TEXT["en"])
    for lang in LANGUAGES:
        assert set(TEXT[lang]) == keys, lang
    for key in keys:
        assert _placeholders(TEXT["id"][key]) == _placeholders(TEXT["en"][key]), key


def test_every_documented_indicator_is_translated():
    assert set(DOC_UNITS) <= set(INDICATORS)
    assert set(DISTRICT_UNITS) <= set(DISTRICT_INDICATORS)
    for unit, en, id_ in list(INDICATORS.values()) + list(DISTRICT_INDICATORS.values()):
        assert unit in UNITS and en and id_


def test_catalog_names_are_known():
    for name in catalog.KEY_INDICATORS + catalog.GOVERNANCE + catalog.PILLAR_OUTCOMES:
        assert name in INDICATORS
    for name in catalog.DISTRICT_CHARTS:
        assert name in DISTRICT_INDICATORS
    for pillar in catalog.PILLARS:
        assert f"pillar_{pillar}" in TEXT["en"]
    assert all(len(STAGES[lang]) == catalog.N_STAGES for lang in LANGUAGES)


def test_translator():
    en, id_ = Translator("en"), Translator("id")
    assert en("h_summary") == "Summary" and id_("h_summary") == "Ringkasan"
    assert "Perbandingan" in id_("h_comparison") and "Comparison" in en("h_comparison")
    assert id_.label("revenue_mean") == "Omzet UMKM rata-rata (juta rupiah per tahun)"
    assert en.indicator("not_an_indicator") == "not_an_indicator"
    assert id_.stages()[1] == "awal"


def test_format_number():
    assert format_number(1234.5678, "en") == "1,235"
    assert format_number(1234.5678, "id") == "1.235"
    assert format_number(0.04567, "id") == "0,0457"
    assert format_number(2.5, "en", signed=True) == "+2.50"
    assert format_number(float("nan")) == "—"
