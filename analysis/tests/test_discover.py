"""PRIM on synthetic data where the true box is known, and discover.py's bilingual statements."""
from __future__ import annotations

import json
import string
import subprocess
import sys

import numpy as np
import pytest

from cgsim_analysis.readers.experiment_file import read_experiment
from cgsim_analysis.stats.prim import peel, prim
from cgsim_analysis.studies import discovery
from cgsim_analysis.tools import discover
from cgsim_analysis.words.study_text import TEXT
from .support import REPO
from .make_experiment import write_experiment


def _cases(n=1500, noise=0.0, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.uniform(size=(n, 4))
    y = (x[:, 0] > 0.6) & (x[:, 2] < 0.3)
    return x, y ^ (rng.uniform(size=n) < noise)


def test_prim_finds_the_true_box_and_only_its_dimensions():
    x, y = _cases()
    box, trajectory = prim(x, y)
    assert box.restricted == [0, 2]
    assert box.low[0] == pytest.approx(0.6, abs=0.03) and box.high[2] == pytest.approx(0.3, abs=0.03)
    assert np.isinf(box.high[0]) and np.isinf(box.low[2])  # one-sided limits stay one-sided
    assert box.density == 1.0 and box.coverage > 0.9


def test_prim_with_noise_trades_coverage_for_density():
    x, y = _cases(noise=0.05)
    box, trajectory = prim(x, y)
    assert box.restricted == [0, 2]
    assert box.density > 0.85 and box.coverage > 0.6
    cover = np.array([b.coverage for b in trajectory])
    dense = np.array([b.density for b in trajectory])
    assert cover[0] == 1.0 and np.all(np.diff(cover) <= 1e-12)  # peeling only loses cases
    assert dense[-1] > 3 * dense[0]
    loose, _ = prim(x, y, min_coverage=0.95)  # asking for more coverage gives a looser box
    assert loose.coverage >= 0.95 and loose.density < box.density


def test_peeling_stops_at_the_minimum_support():
    x, y = _cases()
    assert peel(x, y, min_support=0.2)[-1].support >= 0.2 * len(x) - 1


@pytest.fixture
def experiment(tmp_path):
    rng = np.random.default_rng(2)
    x = rng.uniform([0, 0, 0], [4, 2, 1], size=(400, 3))
    base = rng.normal(0.3, 0.01, size=(400, 3))
    gain = np.where((x[:, 0] > 2.5) & (x[:, 1] < 1.0), 0.05, 0.0)[:, None] + rng.normal(0, 0.002, size=(400, 3))
    out = np.stack([base, base + gain], axis=1)[..., None]
    names = ["implementation.elite_capture", "trust.initial", "forum.mixing_rate"]
    return write_experiment(tmp_path / "exp.h5", x, names,
                            [0, 0, 0], [4, 2, 1], {"need_match": out})


def test_discover_prints_the_box_in_english_and_indonesian(experiment, tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "analysis/discover.py"), str(experiment), "--question",
                           "need_match siger_mu-baseline > 0.02", "-o", str(tmp_path / "d")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "d.json").read_text())
    q = doc["questions"][0]
    limits = q["box"]["limits"]
    assert set(limits) == {"implementation.elite_capture", "trust.initial"}
    assert limits["implementation.elite_capture"][0] == pytest.approx(2.5, abs=0.15)
    assert limits["trust.initial"][1] == pytest.approx(1.0, abs=0.1)
    assert "implementation.elite_capture is at least 2.5" in q["statement_en"]
    assert "trust.initial is at most" in q["statement_en"] and "This box holds" in q["statement_en"]
    assert "siger_mu minus baseline" in q["statement_en"]
    assert "paling sedikit 2,5" in q["statement_id"] and "Kotak ini memuat" in q["statement_id"]
    assert q["statement_en"] in proc.stdout and q["statement_id"] in proc.stdout
    assert (tmp_path / "d_1.png").exists() and (tmp_path / "d_trajectory.csv").stat().st_size > 100


def test_highest_question_and_degenerate_answers(experiment):
    exp = read_experiment(experiment)
    yes = discovery.Question.parse("need_match highest siger_mu").answer(exp)
    assert yes.mean() > 0.5  # the gain is never negative beyond noise... mostly first
    none = discovery.Question.parse("need_match siger_mu-baseline > 1")
    y, box, _ = discovery.discover(exp, none)
    assert box is None and "at none of the 400 points" in discovery.statement(none, box, y, exp, "en")


def test_bad_questions_are_refused_with_the_expected_form(experiment):
    with pytest.raises(ValueError, match="expected 'OUTCOME TARGET OP VALUE'"):
        discovery.Question.parse("need_match is big")
    assert discover.main([str(experiment), "--question", "need_match awards > 0"]) == 2


def test_both_languages_have_the_same_sentences():
    assert set(TEXT["en"]) == set(TEXT["id"])

    def fields(text):
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key in TEXT["en"]:
        assert fields(TEXT["en"][key]) == fields(TEXT["id"][key]), key
