"""History matching and ABC weights on an experiment whose outcome is a known function of the
parameters; the wave files; and the real chain calibrate -> plausible sets -> cgsim experiment."""
from __future__ import annotations

import subprocess

import numpy as np
import pandas as pd
import pytest
import yaml

from cgsim_analysis.readers.experiment_file import read_experiment
from cgsim_analysis.studies import calibration
from cgsim_analysis.studies.plausible_schemes import SECTION, replace_section
from cgsim_analysis.studies.ranking import first_shares, ranking
from cgsim_analysis.tools import calibrate
from .support import REPO, simulator_binary
from .make_experiment import write_experiment

TARGETS = """targets:
  - {name: active_share, observed: 0.5, sd: 0.02, unit: share, year: 2014, compare_with: companies_active_share,
     kind: behaviour, source: test}
  - {name: members, observed: 154, sd: 0, unit: company, year: 2014, compare_with: companies_members,
     kind: behaviour, source: test}
  - {name: listed, observed: 154, sd: 0, unit: company, year: 2014, derived: companies_total, kind: input, source: t}
"""


@pytest.fixture
def known(tmp_path):
    """active share = 0.3 + 0.4 a (a in [0, 1]; b does nothing), replications +- 0.01."""
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 1, size=(200, 2))
    reps = 0.3 + 0.4 * x[:, :1] + rng.normal(0, 0.01, size=(200, 4))
    out = np.repeat(reps[:, None, :, None], 3, axis=3)  # 3 identical years
    path = write_experiment(tmp_path / "cal.h5", x, ["participation.active_base", "participation.registry_weight"],
                            [0, 0], [1, 1], {"companies_active_share": out}, policies=["baseline"])
    targets = tmp_path / "targets.yaml"
    targets.write_text(TARGETS)
    return path, targets, x, reps


def test_implausibility_is_the_formula(known):
    path, targets, x, reps = known
    exp = read_experiment(path)
    obs, notes = calibration.observations(calibration.load_targets(targets), exp)
    assert [o.name for o in obs] == ["active_share"]
    assert any("members: not used" in n and "companies_members" in n for n in notes)
    frame = calibration.implausibility(exp, "baseline", obs, discrepancy=0.1)
    mean = reps.mean(axis=1)
    expected = np.abs(mean - 0.5) / np.sqrt(0.02 ** 2 + reps.var(axis=1, ddof=1) / 4 + 0.05 ** 2)
    assert np.allclose(frame["active_share_I"], expected)
    assert np.allclose(frame["max_implausibility"], expected)


def test_one_wave_keeps_the_points_near_the_observation(known, tmp_path):
    path, targets, x, reps = known
    cal = calibration.calibrate(targets, path, cutoff=3, discrepancy=0.1, log=lambda m: None)
    kept = cal.plausible["participation.active_base"]
    # 0.3 + 0.4 a within 3 sqrt(0.02^2 + 0.05^2) (+ a little simulation noise) of 0.5: a in about [0.1, 0.9].
    assert kept.min() > 0.05 and kept.max() < 0.95 and kept.min() < 0.2 and kept.max() > 0.8
    assert (cal.plausible.max_implausibility <= 3).all()
    assert len(cal.plausible) == int((cal.runs.max_implausibility <= 3).sum())
    paths = calibration.write_outputs(cal, tmp_path / "p.csv")
    sets = pd.read_csv(paths[0])
    assert list(sets.columns) == ["set", "participation.active_base", "participation.registry_weight", "wave",
                                  "max_implausibility", "abc_weight"]
    table = calibration.target_table(cal)
    assert table.loc[0, "simulated_min"] >= 0.5 - 3 * 0.054 - 0.01


def test_abc_weights_accept_the_nearest_and_correct_for_narrower_waves():
    runs = pd.DataFrame({"a": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], "wave": [1, 1, 1, 2, 2, 2],
                         "distance": [0.0, 5.0, 1.0, 0.0, 1.0, 9.0]})
    boxes = {1: {"a": (0.0, 1.0)}, 2: {"a": (0.35, 0.65)}}
    w = calibration.abc_weights(runs, boxes, {"a": (0.0, 1.0)}, quantile=0.5)
    assert w.sum() == pytest.approx(1.0)
    assert w[1] == 0 and w[5] == 0  # farther than the accepted quantile
    # Equal distance, but a wave-2 point was proposed from a box also covered by wave 1: its
    # proposal density is higher (3/1 + 3/0.3), so its weight is lower than a wave-1-only point.
    assert w[0] > w[3] > 0
    assert w[0] / w[3] == pytest.approx((3 / 1 + 3 / 0.3) / (3 / 1))


def test_narrowed_box_stays_inside_the_original_ranges():
    points = pd.DataFrame({"a": [0.2, 0.4], "b": [0.0, 1.0]})
    box = calibration.narrowed(points, ["a", "b"], {"a": (0, 1), "b": (0, 1)}, {"a": (0, 1), "b": (0, 1)}, 0.1)
    assert box["a"] == pytest.approx((0.1, 0.5)) and box["b"] == (0, 1)


def test_first_shares_split_ties_and_follow_the_direction():
    means = np.array([[1.0, 2.0, 2.0], [3.0, 1.0, 0.0]])
    assert np.allclose(first_shares(means, +1), [0.5, 0.25, 0.25])
    assert np.allclose(first_shares(means, -1), [0.5, 0.0, 0.5])
    assert np.allclose(first_shares(means, +1, weights=np.array([0.0, 1.0])), [1, 0, 0])


def test_wave_file_narrows_ranges_and_keeps_scenarios_reachable(tmp_path):
    source = REPO / "scenarios/experiments/calibration.yaml"
    path = calibration.write_wave(source, 2, {"participation.active_base": (-0.5, 0.5)}, tmp_path)
    doc = yaml.safe_load(path.read_text())
    assert doc["uncertainties"]["participation.active_base"]["range"] == [-0.5, 0.5]
    assert doc["uncertainties"]["participation.reporting_base"]["range"] == [-3, 0]
    assert doc["seed"] == 2014 + 1000 and doc["name"] == "calibration_wave2"
    assert doc["policies"][0]["scenario"] == str((REPO / "scenarios/pre_collaborative.yaml").resolve())


def test_bad_arguments_are_refused(known, tmp_path):
    path, targets, _, _ = known
    assert calibrate.main([str(targets), str(tmp_path / "none.yaml")]) == 2
    assert calibrate.main([str(targets), str(path), "--abc-quantile", "0"]) == 2
    assert calibrate.main([str(targets), str(path), "--policy", "siger_mu", "-o", str(tmp_path / "x.csv")]) == 2


def test_real_waves_give_sets_that_cgsim_experiment_reads(tmp_path):
    binary = simulator_binary()
    if binary is None:
        pytest.skip("no cgsim binary (set CGSIM_BIN)")
    exp = tmp_path / "cal.yaml"
    exp.write_text(f"""name: tiny_cal
set: {{population.msmes: 1000, companies.others.count: 20}}
policies: [{{name: baseline, scenario: {REPO}/scenarios/pre_collaborative.yaml}}]
uncertainties:
  participation.active_base: {{range: [-1.5, 1.5]}}
  participation.reporting_base: {{range: [-3, 0]}}
design: {{type: latin_hypercube, points: 8}}
replications: 2
seed: 5
years: 2
outcomes: {{indicators: all, years: all}}
""")
    # The tiny world (20 companies) can only be held to the shares, not to the regency's counts.
    shipped = yaml.safe_load((REPO / "scenarios/data/targets.yaml").read_text(encoding="utf-8"))
    shares = [t for t in shipped["targets"] if t["name"] in ("active_share", "reporting_share")]
    assert len(shares) == 2
    targets = tmp_path / "targets.yaml"
    targets.write_text(yaml.safe_dump({"targets": shares}), encoding="utf-8")
    out = tmp_path / "plausible.csv"
    assert calibrate.main([str(targets), str(exp), "-o", str(out), "--waves", "2"]) == 0
    sets = pd.read_csv(out)
    assert len(sets) >= 1 and set(sets.wave) <= {1, 2}
    compare = tmp_path / "compare.yaml"
    compare.write_text(exp.read_text().replace("design: {type: latin_hypercube, points: 8}",
                                               f"design: {{type: explicit, file: {out}}}"))
    proc = subprocess.run([str(binary), "experiment", "validate", str(compare)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert f"x {len(sets)} design points (explicit)" in proc.stdout
    result = tmp_path / "compare.h5"
    subprocess.run([str(binary), "experiment", "run", str(compare), "-o", str(result)], check=True,
                   capture_output=True)
    design = read_experiment(result).design
    expected = sets[["participation.active_base", "participation.reporting_base"]].to_numpy()
    assert np.allclose(design, expected, rtol=1e-9, atol=0)  # every plausible set run as written


def test_ranking_over_points_and_among_a_subset(tmp_path):
    x = np.linspace(0, 1, 10)[:, None]
    cap = np.stack([0.3 + 0 * x, 0.3 + 0.1 * x - 0.05, 0.4 + 0 * x], axis=1)[..., None]  # c always first
    path = write_experiment(tmp_path / "r.h5", x, ["trust.initial"], [0], [1], {"capability_mean": cap},
                            policies=["a", "b", "c"])
    exp = read_experiment(path)
    everyone = ranking(exp, ["capability_mean"]).set_index("policy").share_first
    assert everyone.to_dict() == {"a": 0.0, "b": 0.0, "c": 1.0}
    # Without c, b beats a where 0.1 x - 0.05 > 0: x > 0.5, i.e. 5 of the 10 points (x = 0.5 is not in linspace).
    pair = ranking(exp, ["capability_mean"], policies=["a", "b"]).set_index("policy").share_first
    assert pair.to_dict() == {"a": 0.5, "b": 0.5}
    assert ranking(exp, ["government_cost"]).empty  # no better direction, or not in the file


def test_results_section_is_replaced_in_place_or_appended():
    doc = "# R\n\n## A\n\na\n"
    once = replace_section(doc, [SECTION, "", "one"])
    assert once == "# R\n\n## A\n\na\n\n" + SECTION + "\n\none\n"
    twice = replace_section(once + "\n## B\n\nb\n", [SECTION, "", "two"])
    assert twice == "# R\n\n## A\n\na\n\n" + SECTION + "\n\ntwo\n## B\n\nb\n"
