"""Known-answer tests of the sensitivity estimators (Ishigami, a linear model, Morris on a
function with known effects) and of sensitivity.py on experiment files, synthetic and real."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from cgsim_analysis.readers.experiment_file import ExperimentFileError, read_experiment
from cgsim_analysis.studies import sensitivity
from cgsim_analysis.tools import sensitivity as sensitivity_tool
from cgsim_analysis.stats.gsa import ishigami, ishigami_indices, morris_indices, sobol_indices, variance_split
from .support import REPO, simulator_binary
from .make_experiment import morris_unit, saltelli_unit, write_experiment


def _split(y, k):
    """Rows A, AB_1..AB_k, B per block -> f_a, f_b, f_ab."""
    y = y.reshape(-1, k + 2)
    return y[:, 0], y[:, k + 1], y[:, 1:k + 1].T


def test_ishigami_analytic_indices_inside_the_bootstrap_intervals():
    unit, _, _ = saltelli_unit(1024, 3)
    y = ishigami(-np.pi + 2 * np.pi * unit)
    s = sobol_indices(*_split(y, 3))
    s1, st = ishigami_indices()
    assert np.all(np.abs(s.S1 - s1) <= s.S1_conf), (s.S1, s.S1_conf, s1)
    assert np.all(np.abs(s.ST - st) <= s.ST_conf), (s.ST, s.ST_conf, st)
    # The intervals are informative, not vacuous: narrow enough to tell the factors apart.
    assert np.all(s.S1_conf < 0.1) and np.all(s.ST_conf < 0.1)
    assert s.S1[2] < 0.05 < s.ST[2]  # x3 acts only through its interaction with x1


def test_linear_model_indices_are_the_variance_shares():
    coef = np.array([1.0, 2.0, 0.0, 3.0])
    unit, _, _ = saltelli_unit(512, 4)
    y = unit @ coef  # uniform inputs: Var(a_j x_j) = a_j^2 / 12, no interactions
    s = sobol_indices(*_split(y, 4))
    expected = coef ** 2 / np.sum(coef ** 2)
    assert np.allclose(s.S1, expected, atol=0.02)
    assert np.allclose(s.ST, expected, atol=0.02)
    assert s.ST[2] == 0.0  # a factor that does nothing has exactly zero total effect


def test_morris_on_known_effects():
    unit, block, role, moved = morris_unit(40, 4)
    low, high = np.array([0, 0, 0, -1.0]), np.array([1, 2, 1, 1.0])
    x = low + unit * (high - low)
    y = 3 * x[:, 0] - 2 * x[:, 1] + x[:, 3] ** 2  # x3 does nothing, x4 is non-linear

    class Exp:  # the fields elementary_effects reads
        parameters = ["a", "b", "c", "d"]
    exp = Exp()
    exp.design, exp.block, exp.role, exp.moved = x, block, role, moved
    exp.low, exp.high, exp.done = low, high, np.ones(len(x), bool)
    m = morris_indices(sensitivity.elementary_effects(exp, y))
    # Linear factors: every effect is slope x range, so mu = slope x range and sigma = 0.
    assert m.mu[0] == pytest.approx(3.0) and m.mu_star[0] == pytest.approx(3.0)
    assert m.sigma[0] == pytest.approx(0, abs=1e-9)
    assert m.mu[1] == pytest.approx(-4.0) and m.mu_star[1] == pytest.approx(4.0)
    assert m.mu_star[2] == 0.0 and m.mu_star_conf[2] == 0.0
    assert m.sigma[3] > 0.5  # the square's effect depends on where the step is taken
    assert m.mu_star_conf[0] == pytest.approx(0, abs=1e-9) and m.mu_star_conf[3] > 0


def test_variance_split_recovers_known_seed_and_parameter_variances():
    rng = np.random.default_rng(3)
    theta = rng.normal(0, 2.0, size=2000)  # parameter effect, variance 4
    y = theta[:, None] + rng.normal(0, 1.0, size=(2000, 10))  # seed noise, variance 1
    split = variance_split(y)
    assert split.seed == pytest.approx(1.0, rel=0.05)
    assert split.parameters == pytest.approx(4.0, rel=0.1)
    assert split.seed_share == pytest.approx(0.2, abs=0.02)


def _sobol_file(tmp_path, seed_noise=0.0):
    """Ishigami as 'capability_mean' of policy siger_mu, baseline = Ishigami minus 2 x1 (so the
    contrast is 2 x1 + noise common to both policies, which the pairing cancels)."""
    unit, block, role = saltelli_unit(256, 3)
    x = -np.pi + 2 * np.pi * unit
    rng = np.random.default_rng(0)
    common = rng.normal(0, seed_noise, size=(len(x), 4))
    siger = ishigami(x)[:, None] + common
    base = (ishigami(x) - 2 * x[:, 0])[:, None] + common
    out = np.stack([base, siger], axis=1)[..., None]
    return write_experiment(tmp_path / "sobol.h5", x, ["x1", "x2", "x3"], [-np.pi] * 3, [np.pi] * 3,
                            {"capability_mean": out}, design_type="sobol", block=block, role=role)


def test_sensitivity_script_on_an_experiment_file(tmp_path):
    path = _sobol_file(tmp_path, seed_noise=3.0)
    proc = subprocess.run([sys.executable, str(REPO / "analysis/sensitivity.py"), str(path), "-o",
                           str(tmp_path / "gsa")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    table = pd.read_csv(tmp_path / "gsa.csv")
    assert set(sensitivity.SOBOL_COLUMNS) <= set(table.columns)
    assert set(table.target) == {"baseline", "siger_mu", "siger_mu-baseline"}
    # The contrast is 2 x1 exactly (the common noise cancels): x1 carries all of its variance.
    contrast = table[table.target == "siger_mu-baseline"].set_index("parameter")
    assert contrast.loc["x1", "S1"] == pytest.approx(1.0, abs=0.02)
    assert contrast.loc["x2", "ST"] == pytest.approx(0.0, abs=1e-9)
    variance = pd.read_csv(tmp_path / "gsa_variance.csv").set_index("target")
    assert variance.loc["siger_mu-baseline", "seed_variance"] == pytest.approx(0.0, abs=1e-12)
    assert variance.loc["siger_mu", "seed_share"] > 0.2  # levels keep the seed's noise
    doc = json.loads((tmp_path / "gsa.json").read_text())
    assert doc["design_type"] == "sobol" and len(doc["indices"]) == 9
    assert (tmp_path / "gsa.png").stat().st_size > 1000
    assert "S1 ± 95%" in proc.stdout


def test_errors_name_the_file_and_the_problem(tmp_path):
    path = _sobol_file(tmp_path)
    exp = read_experiment(path)
    with pytest.raises(ExperimentFileError, match="neither a policy nor a contrast.*baseline, siger_mu"):
        exp.values("capability_mean", "awards")
    with pytest.raises(ExperimentFileError, match="no outcome 'reach'"):
        exp.values("reach", "siger_mu")
    assert sensitivity_tool.main([str(tmp_path / "missing.h5")]) == 2
    # writes sobol.csv, not over sobol.h5
    assert sensitivity_tool.main([str(path), "-o", str(path.with_suffix(""))]) == 0


def test_partial_sobol_file_uses_complete_base_points_only(tmp_path):
    unit, block, role = saltelli_unit(16, 2)
    done = np.ones(len(unit), bool)
    done[5] = False  # base point 1 lacks AB_2
    y = (unit @ np.array([1.0, 1.0]))[:, None, None, None] * np.ones((1, 2, 1, 1))
    path = write_experiment(tmp_path / "p.h5", unit, ["a", "b"], [0, 0], [1, 1], {"y": y},
                            design_type="sobol", block=block, role=role, done=done)
    exp = read_experiment(path)
    f_a, f_b, f_ab = sensitivity.sobol_blocks(exp, exp.values("y", "siger_mu").mean(axis=1))
    assert len(f_a) == 15 and f_ab.shape == (2, 15)


@pytest.fixture(scope="module")
def real_sobol(tmp_path_factory):
    binary = simulator_binary()
    if binary is None:
        pytest.skip("no cgsim binary (set CGSIM_BIN)")
    d = tmp_path_factory.mktemp("realsobol")
    exp = d / "tiny_sobol.yaml"
    exp.write_text(f"""name: tiny_sobol
set: {{population.msmes: 1000, companies.others.count: 10}}
policies:
  - {{name: baseline, scenario: {REPO}/scenarios/pre_collaborative.yaml}}
  - {{name: siger_mu, scenario: {REPO}/scenarios/siger_mu.yaml}}
uncertainties:
  implementation.elite_capture: {{range: [0.5, 4]}}
  participation.commitment_weight: {{range: [0.5, 4]}}
design: {{type: sobol, base_points: 4}}
replications: 2
seed: 3
years: 1
outcomes: {{indicators: [need_match, capability_mean]}}
""")
    out = d / "tiny.h5"
    subprocess.run([str(binary), "experiment", "run", str(exp), "-o", str(out)], check=True, capture_output=True)
    return out


def test_sensitivity_on_a_real_sobol_experiment(real_sobol, tmp_path):
    exp = read_experiment(real_sobol)
    assert exp.design_type == "sobol" and exp.design.shape == (16, 2)
    f_a, f_b, f_ab = sensitivity.sobol_blocks(exp, exp.values("need_match", "siger_mu").mean(axis=1))
    assert len(f_a) == 4 and f_ab.shape == (2, 4)
    # The AB_j rows take column j from B and the rest from A (the C++ layout read correctly).
    d = exp.design.reshape(4, 4, 2)
    assert np.array_equal(d[:, 1, 0], d[:, 3, 0]) and np.array_equal(d[:, 1, 1], d[:, 0, 1])
    indices, variance = sensitivity.analyse(exp, ["need_match"], ["siger_mu-baseline"], resamples=50)
    assert list(indices.parameter) == ["implementation.elite_capture", "participation.commitment_weight"]
    assert np.isfinite(variance.seed_share).all()


def test_morris_experiment_file_gives_salib_columns(tmp_path):
    unit, block, role, moved = morris_unit(20, 3)
    y = (2 * unit[:, 0] + 0 * unit[:, 1] + unit[:, 2] ** 2)[:, None, None, None] * np.ones((1, 2, 2, 1))
    path = write_experiment(tmp_path / "m.h5", unit, ["a", "b", "c"], [0] * 3, [1] * 3, {"y": y},
                            design_type="morris", block=block, role=role, moved=moved)
    indices, _ = sensitivity.analyse(read_experiment(path), ["y"], ["siger_mu"], resamples=50)
    assert list(indices.columns[-4:]) == sensitivity.MORRIS_COLUMNS
    row = indices.set_index("parameter")
    assert row.loc["a", "mu_star"] == pytest.approx(2.0) and row.loc["b", "mu_star"] == 0.0
    assert row.loc["c", "sigma"] > 0
