"""The project around the analysis: its folders, and the cgsim program, found and called one way.

The program is, in this order: $CGSIM_BIN when it is set; build/cgsim in this project (where
`cmake --build build` puts it) when it exists; `cgsim` on the PATH (an installed copy). When
none exists, find_binary() still names build/cgsim, so that the error says where it was expected.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[3]  # analysis/cgsim_analysis/readers/ -> the project
SCENARIOS = PROJECT / "scenarios"
DOCS = PROJECT / "docs"
PARAMETERS_DEF = PROJECT / "include" / "cgsim" / "scenario" / "parameters.def"
BUILT = PROJECT / "build" / "cgsim"


class SimulatorError(RuntimeError):
    """A cgsim command exited with an error; the message holds the command and its stderr."""


def find_binary() -> str:
    """The cgsim program the analysis runs (see the module's docstring)."""
    if "CGSIM_BIN" in os.environ:
        return os.environ["CGSIM_BIN"]
    if BUILT.is_file():
        return str(BUILT)
    return shutil.which("cgsim") or str(BUILT)


def run(binary: str, *args, timeout: float | None = None) -> str:
    """Run `binary args...` capturing its output; its stdout, or SimulatorError naming the command
    with the end of its stderr. A program that cannot start raises OSError."""
    command = [str(binary), *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise SimulatorError(f"{' '.join(command)} failed:\n{done.stderr.strip()[-2000:]}")
    return done.stdout


def run_shown(binary: str, *args, stdout=subprocess.DEVNULL) -> None:
    """Run `binary args...` with its progress (stderr) shown; CalledProcessError when it fails."""
    subprocess.run([str(binary), *map(str, args)], check=True, stdout=stdout)
