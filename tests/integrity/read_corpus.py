"""Run every file of a crafted corpus through cgsim inspect, load.py and report.py and check
each reader's verdict against the one in the file's name (ok__* readable, reject__* refused
with the documented exit code and a message naming the file, never a traceback).

    /usr/bin/python3 tests/integrity/read_corpus.py CGSIM DIR...

load.py and report.py run in this process (their main functions), so that the corpus takes
seconds, not minutes.
"""
from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.cgsim_analysis.tools import load, report  # noqa: E402


def run_main(main, argv) -> tuple[int, str]:
    """(exit code, stderr) of a tool's main(); a traceback is code -1."""
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(argv)
    except Exception:  # noqa: BLE001 - any escape is the failure this test looks for
        return -1, traceback.format_exc()
    return code, err.getvalue()


def check(cgsim: str, path: Path, html: Path) -> list[str]:
    verdict = path.name.split("__")[0]
    inspect = subprocess.run([cgsim, "inspect", str(path)], capture_output=True, text=True,
                             timeout=60)
    l_code, l_err = run_main(load.main, [str(path)])
    r_code, r_err = run_main(report.main, [str(path), "-o", str(html)])
    name = f"{path.parent.name}/{path.name}"
    problems = []
    if inspect.returncode < 0 or inspect.returncode >= 128:
        problems.append(f"{name}: cgsim inspect crashed ({inspect.returncode})")
    for tool, code, err in (("load.py", l_code, l_err), ("report.py", r_code, r_err)):
        if code == -1:
            problems.append(f"{name}: {tool} traceback:\n{err}")
    if problems:
        return problems
    if verdict == "ok":
        wanted = (inspect.returncode in (0, 1), l_code == 0, r_code == 0)
    else:
        wanted = (inspect.returncode == 3 and path.name in inspect.stderr,
                  l_code == 2 and path.name in l_err, r_code == 2 and path.name in r_err)
    for tool, good, said in zip(("inspect", "load.py", "report.py"), wanted,
                                (inspect.stderr, l_err, r_err)):
        if not good:
            problems.append(f"{name}: {tool} does not say '{verdict}': {said.strip()[-300:]}")
    return problems


def main(argv: list[str]) -> int:
    cgsim, dirs = argv[0], argv[1:]
    problems, count = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for directory in dirs:
            for path in sorted(Path(directory).glob("*.h5")):
                count += 1
                problems += check(cgsim, path, Path(tmp) / "r.html")
    for p in problems:
        print(f"FAIL: {p}")
    if not problems:
        print(f"crafted files: {count} files; inspect, load.py and report.py give the expected verdicts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
