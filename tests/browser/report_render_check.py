"""Browser test of the report and the brief (ctest browser_report_render, LABELS browser).

Writes a synthetic comparison of today and four options (analysis/tests/make_fixture.py, with
the policy-channels indicators added, so the brief has all its rows) in which one option equals
another on every indicator (a lever without a path: identical lines), builds the Indonesian
report and brief from it, and runs tests/browser/report_render.mjs on both in headless Chromium:
no table wider than the window at 1280 and 1700 px, every scenario's line visible, the brief on
at most two A4 pages. Two controls show that the check can fail: a report whose identical lines
are drawn solid on top of each other, and a page with a table wider than the window.

Exit 77 (ctest: skipped) when the browser harness is not installed (scripts/install-browser).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import h5py
import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from analysis.cgsim_analysis.render import figures  # noqa: E402
from analysis.cgsim_analysis.tools import brief, report  # noqa: E402
from analysis.tests.make_fixture import write_synthetic  # noqa: E402

SKIP = 77


def render(page: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["node", str(HERE / "report_render.mjs"), str(page)],
                          capture_output=True, text=True, timeout=300)


def comparison(path: Path) -> Path:
    """Today and the four incentive options of issue 17 (tax_incentive = awards everywhere)."""
    names = ["pre_collaborative", "awards", "tax_incentive", "sanctions_with_audits",
             "binding_perda"]
    write_synthetic(path, names, replications=4, years=6)
    with h5py.File(path, "a") as f:
        for index, scenario in enumerate(names):  # the indicators of the policy-channels model
            group = f[scenario]["indicators"]
            cost = group["government_cost"][()]
            fines = np.full(cost.shape, 0.2 * index)
            for name, values in (("fines_collected", fines), ("government_cost_net", cost - fines),
                                 ("msme_csr_total", np.full(cost.shape, 30.0 + index)),
                                 ("companies_members", np.full(cost.shape, 20.0 + index)),
                                 ("companies_complying_share", np.full(cost.shape, 0.1 * index))):
                group.create_dataset(name, data=values)
        for sub in ("indicators", "districts"):
            for name in list(f["awards"][sub]):
                f["tax_incentive"][sub][name][...] = f["awards"][sub][name][()]
        del f["comparison"]
    return path


def expect(ok: bool, what: str, done: subprocess.CompletedProcess, failures: list[str]) -> None:
    if ok:
        print(f"ok: {what}")
    else:
        failures.append(f"{what}\n{done.stdout}{done.stderr}")


def main() -> int:
    if not shutil.which("node") or not (HERE / "node_modules" / "playwright-core").is_dir():
        print("skipped: the browser harness is not installed (scripts/install-browser)")
        return SKIP
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = comparison(tmp / "c.h5")
        pages = {"report": tmp / "report.id.html", "brief": tmp / "brief.id.html"}
        pages["report"].write_text(report.build_report(data, "id"), encoding="utf-8")
        pages["brief"].write_text(brief.build_brief(data, "id"), encoding="utf-8")
        for what, page in pages.items():
            done = render(page)
            expect(done.returncode == 0, f"{what} renders without overflow or hidden lines", done,
                   failures)
        # control 1: identical lines drawn solid on top of each other must be caught
        same_line = figures._same_line
        figures._same_line = lambda *args: False
        try:
            hidden = tmp / "hidden.html"
            hidden.write_text(report.build_report(data, "id"), encoding="utf-8")
        finally:
            figures._same_line = same_line
        done = render(hidden)
        expect(done.returncode == 1 and "is not visible" in done.stdout,
               "a hidden line is reported", done, failures)
        # control 2: a table wider than the window must be caught
        wide = tmp / "wide.html"
        wide.write_text("<!DOCTYPE html><html><body><table><tr><td style='white-space:nowrap'>"
                        + "lebar " * 400 + "</td></tr></table></body></html>", encoding="utf-8")
        done = render(wide)
        expect(done.returncode == 1 and "wider than the 1280 px window" in done.stdout,
               "a wide table is reported", done, failures)
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
