"""The lever audit runs, pairs each lever with its context, and explains a lever without a path."""
from __future__ import annotations

import re

import pytest

from cgsim_analysis.tools import levers
from .support import simulator_binary

BINARY = simulator_binary()
needs_simulator = pytest.mark.skipif(BINARY is None, reason="no cgsim binary (set CGSIM_BIN)")


def test_every_regulation_parameter_is_a_lever_or_explained():
    # the table covers the regulation levers the contract names; nothing listed twice
    for key in ("regulation.binding", "regulation.audit_probability", "regulation.sanction_billion_idr",
                "regulation.award_value", "regulation.tax_incentive_rate", "regulation.mandatory_reporting"):
        assert key in levers.LEVERS
    assert not set(levers.LEVERS) & set(levers.NOT_LEVERS)
    for key, lever in levers.LEVERS.items():
        assert lever.strong != lever.off, key
        assert len(lever.path) > 20, key


def test_unknown_lever_gets_an_automatic_setting():
    p = levers.Param("regulation.new_rate", 0.0, "A new rate", 0.0, 1.0)
    lever = levers.automatic_lever(p)
    assert lever.strong == pytest.approx(0.8) and lever.off == 0.0
    assert "A new rate" in lever.path
    assert levers.automatic_lever(levers.Param("forum.flag", False, "x", None, None)).strong is True


@needs_simulator
def test_audit_markdown_for_two_levers(tmp_path, monkeypatch):
    monkeypatch.setenv("CGSIM_BIN", str(BINARY))
    out = tmp_path / "levers.md"
    assert levers.main(["--levers", "forum.msme_seats", "regulation.audit_probability", "--replications", "2",
                        "--years", "2", "--seed", "5", "--threads", "1", "-o", str(out)]) == 0
    text = out.read_text()
    assert "replications: 2, years: 2, seed: 5" in text
    for key in ("forum.msme_seats", "regulation.audit_probability"):
        assert f"### `{key}`" in text
        assert levers.LEVERS[key].path in text
    # audits with nothing binding: exactly zero in both contexts, with the reason from cgsim validate
    section = text.split("### `regulation.audit_probability`")[1]
    assert section.count("No effect: ") == 2
    assert "nothing is binding" in section
    # a row per key indicator present, two contexts each
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert len(rows) >= 10 and all(row.count("|") == 4 for row in rows)
    assert all("0 (every replication)" in row for row in rows)
    # MSME seats act in SIGER-MU (a joint-planning forum), but have no behavioural path in the baseline
    seats = text.split("### `forum.msme_seats`")[1].split("### ")[0]
    assert re.search(r"- baseline: `forum.msme_seats` 0 -> 6\. No (path|effect)", seats)
    assert "forum.agenda is report_only" in seats
