"""The baseline reproduces the calibration targets (scenarios/data/targets.yaml) within their
uncertainty, and the checker notices when it does not."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cgsim_analysis.tools import targets
from .support import simulator_binary

BINARY = simulator_binary()
needs_simulator = pytest.mark.skipif(BINARY is None, reason="no cgsim binary (set CGSIM_BIN)")


def _run(tmp_path: Path, name: str, *extra: str) -> Path:
    out = tmp_path / f"{name}.h5"
    subprocess.run([str(BINARY), "run", str(targets.BASELINE), "-o", str(out), "--force", "-r", "6",
                    "--years", "6", "--seed", "2014", *extra], check=True, capture_output=True)
    return out


def test_targets_file_parses_with_intervals():
    loaded = {t.name: t for t in targets.load_targets()}
    for name in ("forum_members", "active_share", "reporting_share", "csr_budgets", "plantation_share_of_csr",
                 "districts"):
        assert name in loaded
    assert loaded["active_share"].low < 48 / 94 < loaded["active_share"].high
    assert (loaded["csr_budgets"].low, loaded["csr_budgets"].high) == (75, 120)


def test_bad_target_names_the_entry(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("targets:\n  - name: x\n    observed: 1\n    compare_with: reach\n")
    with pytest.raises(ValueError, match=r"targets\[0\] \(x\).*sd"):
        targets.load_targets(bad)


@needs_simulator
def test_baseline_meets_every_target_it_has_an_output_for(tmp_path):
    verdicts = {v.target.name: v for v in targets.check(_run(tmp_path, "base"), targets.load_targets())}
    assert [n for n, v in verdicts.items() if v.status == "FAIL"] == []
    # a known gap is reported as such only while it is real: a closed gap must lose its marker
    for v in verdicts.values():
        if v.target.known_gap:
            assert v.status in ("GAP", "pass")
            assert not (v.status == "pass"), f"{v.target.name}: the known gap has closed; remove `known_gap`"
    # the behavioural targets are real checks, not skipped
    for name in ("active_share", "reporting_share"):
        assert verdicts[name].status == "pass"
    assert verdicts["districts"].mean == 22


@needs_simulator
def test_checker_fails_a_baseline_that_misses(tmp_path):
    out = _run(tmp_path, "off", "--set", "participation.reporting_base=1.5")
    assert targets.main(["--file", str(out)]) == 1
    verdicts = {v.target.name: v for v in targets.check(out, targets.load_targets())}
    assert verdicts["reporting_share"].status == "FAIL"
