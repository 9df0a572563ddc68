"""The bilingual report on an experiment file (sensitivity_report.py, and report.py's hook)."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from cgsim_analysis.tools import sensitivity_report
from .support import REPO
from .make_experiment import saltelli_unit, write_experiment


@pytest.fixture(scope="module")
def experiment(tmp_path_factory):
    """Two policies; siger_mu's gain in capability is 0.02 + 0.1 x1 (x1 in [0, 1]), x2 does nothing;
    duplication is lower under siger_mu everywhere."""
    unit, block, role = saltelli_unit(64, 2)
    rng = np.random.default_rng(1)
    noise = rng.normal(0, 0.002, size=(len(unit), 3))
    base = 0.3 + noise
    capability = np.stack([base, base + 0.02 + 0.1 * unit[:, :1]], axis=1)[..., None]
    duplication = np.stack([0.4 + noise, 0.2 + noise], axis=1)[..., None]
    path = tmp_path_factory.mktemp("rep") / "exp.h5"
    return write_experiment(path, unit, ["implementation.elite_capture", "trust.initial"], [0, 0], [1, 1],
                            {"capability_mean": capability, "duplication_rate": duplication},
                            design_type="sobol", block=block, role=role)


def test_english_report_explains_sensitivity_contrasts_boxes_and_ranks(experiment):
    page = sensitivity_report.build_report(experiment, "en", resamples=100)
    assert "What drives the results" in page and page.count("data:image/png;base64") == 2
    assert ("Mean MSME capability — siger_mu minus baseline: most sensitive to implementation.elite_capture"
            in page)
    assert "siger_mu is ahead of baseline in Duplicated assistance at 100% of the combinations" in page
    # Better everywhere, so discovery asks where the gain is above its median: a box on x1 only.
    assert "implementation.elite_capture is at least" in page and "trust.initial is" not in page
    assert "How to read the bars" in page and "Chance (the random seed)" in page
    # The assumptions are explained with the parameter table's own words.
    assert "The assumptions varied" in page and "Exponent of visibility" in page


def test_indonesian_report_and_ranking_with_plausible_sets(experiment, tmp_path):
    done = 64 * 4  # 64 base points x (k + 2) rows
    sets = tmp_path / "sets.csv"
    pd.DataFrame({"set": range(done), "abc_weight": np.r_[np.ones(done // 2), np.zeros(done - done // 2)]}).to_csv(
        sets, index=False)
    page = sensitivity_report.build_report(experiment, "id", sets=sets, resamples=100)
    assert "Apa yang menentukan hasil" in page and "paling peka terhadap implementation.elite_capture" in page
    assert "Kalibrasi mempertahankan 256 set parameter" in page
    assert "dibobot menurut kecocokan" in page
    assert "What drives" not in page and "Asumsi yang diubah" in page


def test_report_py_hands_experiment_files_to_the_sensitivity_report(experiment, tmp_path):
    out = tmp_path / "r.html"
    proc = subprocess.run([sys.executable, str(REPO / "analysis/report.py"), str(experiment), "-o", str(out),
                           "--lang", "id"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Kepekaan, penemuan skenario" in out.read_text(encoding="utf-8")
    assert sensitivity_report.main([str(tmp_path / "missing.h5"), "-o", str(tmp_path / "x.html")]) == 2
