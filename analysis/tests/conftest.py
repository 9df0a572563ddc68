"""Test files for the analysis layer.

`cgsim_file` is a small file from the real simulator when its binary exists ($CGSIM_BIN, else
build/cgsim under the repository root, else cgsim on the PATH), otherwise a synthetic file written by
make_fixture.py. CGSIM_FIXTURE chooses: `auto` (default: the real simulator when it exists;
if it fails or writes no file, the synthetic file, with a warning), `real` (the simulator must
work) or `synthetic`. Which one was used is printed at the end of the run.
"""
from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import NamedTuple

import pytest

from .make_fixture import ABLATION_SCENARIOS, write_synthetic
from .support import REPO, simulator_binary

SIMULATOR_ARGS = ["compare", "scenarios/pre_collaborative.yaml", "scenarios/siger_mu.yaml",
                  "--replications", "3", "--years", "4", "--seed", "1",
                  "--set", "population.msmes=3000"]
SOURCE: list[str] = []  # what produced cgsim_file, for the summary line


def run_simulator(binary: Path, output: Path) -> str | None:
    """Run the small comparison; None when it worked, else what went wrong."""
    command = [str(binary), SIMULATOR_ARGS[0], *SIMULATOR_ARGS[1:3], "-o", str(output),
               *SIMULATOR_ARGS[3:]]
    try:
        proc = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"{' '.join(command)}: {err}"
    if proc.returncode != 0 or not output.exists():
        return (f"{' '.join(command)} exited {proc.returncode}"
                f"{'' if output.exists() else ' and wrote no file'}: {proc.stderr.strip()[-1000:]}")
    return None


@pytest.fixture(scope="session")
def cgsim_file(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("cgsim") / "c.h5"
    mode = os.environ.get("CGSIM_FIXTURE", "auto")
    binary = simulator_binary() if mode != "synthetic" else None
    if binary is None and mode == "real":
        pytest.fail("CGSIM_FIXTURE=real but no simulator binary (CGSIM_BIN, build/cgsim or cgsim on the PATH)")
    if binary is not None:
        problem = run_simulator(binary, output)
        if problem is None:
            SOURCE.append(f"real simulator {binary}")
            print(f"cgsim test file: {SOURCE[-1]}")
            return output
        if mode == "real":
            pytest.fail(f"simulator failed: {problem}")
        warnings.warn(f"simulator failed, using the synthetic file instead: {problem}")
        SOURCE.append(f"synthetic (make_fixture.py) because the simulator failed: {problem}")
    else:
        SOURCE.append("synthetic (make_fixture.py; no simulator binary)")
    write_synthetic(output)
    print(f"cgsim test file: {SOURCE[-1]}")
    return output


@pytest.fixture(scope="session")
def synthetic_file(tmp_path_factory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("synthetic") / "s.h5")


@pytest.fixture(scope="session")
def ablation_file(tmp_path_factory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("ablation") / "a.h5", ABLATION_SCENARIOS)


@pytest.fixture(scope="session")
def incomplete_file(tmp_path_factory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("incomplete") / "i.h5", incomplete=True)


@pytest.fixture(scope="session")
def single_file(tmp_path_factory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("single") / "one.h5", ["siger_mu"],
                           comparison=False)


class BuiltReport(NamedTuple):
    path: Path
    page: str  # the HTML
    printed: str  # what report.py printed


REPORT_JOBS = {"en": ("cgsim_file", "en"), "id": ("cgsim_file", "id"),
               "single": ("single_file", "id")}


@pytest.fixture(scope="session", autouse=True)
def _report_processes(request, tmp_path_factory):
    """Start report.py for every REPORT_JOBS entry as soon as the session starts, so that the
    reports (a few seconds each) are built while the other tests run. Only when some
    selected test uses the `reports` fixture."""
    if not any("reports" in item.fixturenames for item in request.session.items):
        yield {}
        return
    directory = tmp_path_factory.mktemp("reports")
    running = {}
    for key, (source, lang) in REPORT_JOBS.items():
        path = directory / f"{key}.html"
        command = [sys.executable, str(REPO / "analysis" / "report.py"),
                   str(request.getfixturevalue(source)), "-o", str(path), "--lang", lang]
        running[key] = (path, subprocess.Popen(command, stdout=subprocess.PIPE,
                                               stderr=subprocess.PIPE, text=True))
    yield running
    for _, proc in running.values():
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.fixture(scope="session")
def reports(_report_processes) -> dict[str, BuiltReport]:
    """The reports written by the real script: cgsim_file in English ("en") and Indonesian
    ("id"), single_file in Indonesian ("single")."""
    out = {}
    for key, (path, proc) in _report_processes.items():
        printed, errors = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"report.py {key} failed: {errors}"
        out[key] = BuiltReport(path, path.read_text(encoding="utf-8"), printed)
    return out


def pytest_terminal_summary(terminalreporter):
    if SOURCE:
        terminalreporter.write_line(f"cgsim test file: {SOURCE[-1]}")
