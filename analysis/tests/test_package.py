"""The package's one entry point: every command runs as `python3 -m cgsim_analysis <command>`,
as `python3 -m analysis <command>` from the project root and as its script analysis/<command>.py,
with the same result."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cgsim_analysis import cli
from .support import REPO


def run(*args: str, pythonpath: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_every_command_has_its_script_and_every_script_a_command():
    scripts = {p.stem for p in (REPO / "analysis").glob("*.py") if not p.stem.startswith("__")}
    assert scripts == set(cli.COMMANDS)


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_every_command_answers_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main([command, "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: {command}.py")


def test_three_ways_to_run_a_command_give_the_same(synthetic_file):
    ways = [run("-m", "cgsim_analysis", "load", str(synthetic_file), pythonpath="analysis"),
            run("-m", "analysis", "load", str(synthetic_file)),
            run("analysis/load.py", str(synthetic_file))]
    assert [w.returncode for w in ways] == [0, 0, 0], [w.stderr for w in ways]
    assert ways[0].stdout == ways[1].stdout == ways[2].stdout
    assert "pre_collaborative" in ways[0].stdout


def test_an_unknown_command_lists_the_commands():
    done = run("-m", "analysis", "nope")
    assert done.returncode == 2
    assert "unknown command 'nope'" in done.stderr and "sensitivity_report" in done.stderr


def test_from_analysis_import_load_still_gives_the_reader(synthetic_file):
    done = run("-c", f"from analysis import load; print(load.scenarios({str(synthetic_file)!r}))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['pre_collaborative', 'siger_mu']"
