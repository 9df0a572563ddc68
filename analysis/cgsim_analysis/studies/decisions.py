"""Options against a baseline, for a decision (the policy brief and the report's summary): the
measures a meeting weighs (net government cost, MSME revenue and reach, CSR money, key MSME
measures, company behaviour), each option's effect on each with its verdict (stats/effects.py),
and one sentence per option on why it works or does not (the levers it sets, their causal paths
in words/brief_text.py, and `cgsim validate --explain-json` for levers without a path).
"""
from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import yaml

from ..readers import catalog, project, run_file
from ..stats import effects, money
from ..words import brief_text


@dataclass
class Data:
    results: run_file.CgsimResults
    scenarios: list[str]  # baseline first

    @property
    def baseline(self) -> str:
        return self.scenarios[0]

    @property
    def options(self) -> list[str]:
        return self.scenarios[1:]

    def has(self, indicator: str) -> bool:
        return indicator in self.available

    @property
    def available(self) -> set[str]:
        return set(self.results.indicators["indicator"])

    def series(self, scenario: str, indicator: str) -> pd.DataFrame:
        """replication x time table of one indicator."""
        frame = self.results.indicators
        rows = frame[(frame["scenario"] == scenario) & (frame["indicator"] == indicator)]
        return rows.pivot_table(index="replication", columns="time", values="value",
                                aggfunc="first")

    def final(self, scenario: str, indicator: str) -> pd.Series:
        table = self.series(scenario, indicator)
        return table[table.columns.max()] if not table.empty else pd.Series(dtype=float)

    def over_years(self, scenario: str, indicator: str) -> pd.Series:
        table = self.series(scenario, indicator)
        return table.mean(axis=1) if not table.empty else pd.Series(dtype=float)

    def years(self) -> int:
        frame = self.results.indicators
        return int(frame.loc[frame["scenario"] == self.baseline, "time"].nunique())

    def final_year(self) -> str:
        frame = self.results.indicators
        return f"{frame.loc[frame['scenario'] == self.baseline, 'time'].max():g}"

    def replications(self) -> str:
        counts = self.results.indicators.groupby("scenario")["replication"].nunique()
        low, high = int(counts.min()), int(counts.max())
        return str(low) if low == high else f"{low}–{high}"

    def info(self, scenario: str, key: str, default=""):
        info = self.results.info
        if info.empty or key not in info.columns:
            return default
        rows = info[info["scenario"] == scenario]
        return rows[key].iloc[0] if len(rows) else default

    def scenario_yaml(self, scenario: str) -> dict:
        text = self.info(scenario, "scenario_yaml", "")
        try:
            parsed = yaml.safe_load(text) if isinstance(text, str) and text else {}
        except yaml.YAMLError:
            return {}
        return parsed if isinstance(parsed, dict) else {}


def read(path) -> Data:
    results = run_file.load(path)
    if results.indicators.empty:
        raise run_file.CgsimFileError(f"{path}: no scenario has a finished replication; nothing to brief")
    present = set(results.indicators["scenario"])
    scenarios = [s for s in results.scenarios if s in present]
    scenarios = catalog.main_scenarios(scenarios)
    if len(scenarios) < 2:
        raise run_file.CgsimFileError(f"{path}: a brief compares options with a baseline, but the "
                                      "file has only one scenario with results")
    return Data(results, scenarios)


# --- the measures ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Measure:
    key: str  # a TEXT key (row_...) or an indicator name
    unit: str  # a TEXT key (unit_...) or "" for the indicator's own unit
    direction: int
    values: Callable[[Data, str], pd.Series]  # per replication
    group: str = "msme"  # "cost", "msme", "companies"


def cost_net(data: Data, scenario: str) -> pd.Series:
    """Yearly net government cost, mean over the simulated years, per replication (money.py)."""
    return money.yearly_net_cost(data.results.indicators, scenario)


def fines_counted(data: Data) -> bool:
    return money.fines_counted(data.available)


def revenue_total(data: Data, scenario: str) -> pd.Series:
    """Regency-wide MSME revenue in the final year, billion IDR (million IDR per MSME x MSMEs)."""
    return data.final(scenario, "revenue_mean") * data.final(scenario, "msmes_alive") / 1000.0


def reached(data: Data, scenario: str) -> pd.Series:
    return data.final(scenario, "reach") * data.final(scenario, "msmes_alive")


def csr_total(data: Data, scenario: str) -> pd.Series:
    name = "msme_csr_total" if data.has("msme_csr_total") else "csr_spend"
    return data.final(scenario, name)


def _indicator(name: str) -> Callable[[Data, str], pd.Series]:
    return lambda data, scenario: data.final(scenario, name)


def measures(data: Data) -> list[Measure]:
    out = [Measure("row_cost_extra", "unit_bn_year", 0, cost_net, "cost")]
    if data.has("revenue_mean") and data.has("msmes_alive"):
        out.append(Measure("row_revenue_total", "unit_bn_year", 1, revenue_total))
    if data.has("reach") and data.has("msmes_alive"):
        out.append(Measure("row_reached", "unit_people", 1, reached))
    if data.has("msme_csr_total") or data.has("csr_spend"):
        out.append(Measure("row_csr_total", "unit_bn_year", 0, csr_total))
    for name in ("capability_mean", "need_match", "duplication_rate", "trust_msme_government",
                 "acceptability_msme"):
        if data.has(name):
            out.append(Measure(name, "", catalog.direction(name), _indicator(name)))
    for name in ("companies_members", "companies_active_share", "companies_reporting_share",
                 "companies_complying_share"):
        if data.has(name):
            out.append(Measure(name, "", 0, _indicator(name), "companies"))
    return out


def evaluate(data: Data, threshold: float) -> dict[tuple[str, str], effects.Effect]:
    """(option, measure key) -> Effect."""
    out = {}
    for measure in measures(data):
        base = measure.values(data, data.baseline)
        for option in data.options:
            other = measure.values(data, option)
            common = base.index.intersection(other.index)
            out[(option, measure.key)] = effects.classify(
                base.loc[common].to_numpy(), other.loc[common].to_numpy(), measure.direction,
                threshold, discrete=measure.key in effects.DISCRETE)
    return out


# --- why: the levers each option sets --------------------------------------------------------

SKIP_KEYS = ("name", "description", "simulation.", "population.", "sectors.", "companies.")


def flatten(tree: dict, prefix: str = "") -> dict[str, object]:
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict) and key != "schedule":
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def changed_levers(data: Data, option: str) -> list[str]:
    """Parameter keys whose value in the option differs from the baseline, schedules included."""
    base, other = flatten(data.scenario_yaml(data.baseline)), flatten(data.scenario_yaml(option))
    keys = [k for k, v in other.items() if k != "schedule" and base.get(k) != v
            and not k.startswith(SKIP_KEYS) and k not in SKIP_KEYS]
    for change in other.get("schedule") or []:
        if isinstance(change, dict):
            keys += [k for k in (change.get("set") or {}) if k not in keys]
    return keys


def inert_keys(data: Data, option: str) -> set[str]:
    """Keys `cgsim validate --explain-json` finds without a path in the option (empty set when
    the program is not available)."""
    binary = project.find_binary()
    text = data.info(option, "scenario_yaml", "")
    if not text or not Path(binary).is_file():
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{option}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            entries = json.loads(project.run(binary, "validate", "--explain-json", path, timeout=60))
        except project.SimulatorError:
            entries = []
        except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError):
            return set()
    return {item["key"] for entry in entries for item in entry.get("inert", [])}


def _joined(parts: list[str], tr) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return "; ".join(parts[:-1]) + f"; {brief_text.TEXT[tr.lang]['and']} " + parts[-1]


def why_sentence(data: Data, option: str, found: dict, tr, column: int) -> str:
    t = brief_text.TEXT[tr.lang]
    title = tr.scenario(option)
    keys = changed_levers(data, option)
    known = [brief_text.LEVERS[k][column] for k in keys if k in brief_text.LEVERS]
    if not keys:
        return t["why_no_lever"].format(baseline=tr.scenario(data.baseline))
    shown = known or keys
    if len(shown) > MAX_LEVERS:  # one sentence: the first levers, then how many more
        shown = shown[:MAX_LEVERS - 1] + [t["more_levers"].format(n=len(shown) - MAX_LEVERS + 1)]
    sentence = t["why_levers"].format(option=title, levers=_joined(shown, tr))
    inert = [k for k in keys if k in inert_keys(data, option)]
    outcomes = [found[(option, m.key)] for m in measures(data) if m.key in MSME_OUTCOMES]
    if inert:
        needs = [brief_text.NEEDS.get(k, brief_text.DELIBERATION_NEED)[column] for k in inert]
        sentence += " " + t["why_no_path"].format(needs="; ".join(dict.fromkeys(needs)))
    if outcomes and all(e.verdict == "zero" for e in outcomes):
        sentence += " " + t["why_all_zero"].format(baseline=tr.scenario(data.baseline))
        moved = [f"{label(m, data, tr)[0]} {relative_text(found[(option, m.key)], tr)}"
                 for m in measures(data)
                 if m.group == "companies" and found[(option, m.key)].meaningful]
        if moved:
            sentence += " " + t["why_companies"].format(items=", ".join(moved))
    return sentence


MAX_LEVERS = 6  # levers named in an option's sentence

# What reaches MSMEs: when all of these are exactly unchanged, nothing reached them.
MSME_OUTCOMES = ("row_revenue_total", "row_reached", "row_csr_total", "capability_mean",
                 "need_match", "duplication_rate")


def label(measure: Measure, data: Data, tr) -> tuple[str, str]:
    t = brief_text.TEXT[tr.lang]
    name = t[measure.key] if measure.key in t else tr.indicator(measure.key)
    unit = t[measure.unit] if measure.unit else tr.unit(
        measure.key, fallback=data.results.units.get(measure.key, {}).get("units", ""))
    return name, unit


def relative_text(effect: effects.Effect, tr) -> str:
    if not np.isfinite(effect.relative):
        return brief_text.TEXT[tr.lang]["relative_na"]
    return tr.number(100 * effect.relative, signed=True) + "%"
