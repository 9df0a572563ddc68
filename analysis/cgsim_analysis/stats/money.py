"""The one yearly government cost figure of the brief and the report.

Net government cost of a scenario, per replication: the yearly public cost of the governance
levers in force less the fines collected (public revenue), averaged over the simulated years, in
billion IDR per year. The file's `government_cost_net` is used when it has one; else
`government_cost` minus `fines_collected` when fines are recorded; else `government_cost` alone
(files of models without fines), and `fines_counted` says which.
"""
from __future__ import annotations

import pandas as pd


def _table(frame: pd.DataFrame, scenario: str, indicator: str) -> pd.DataFrame:
    rows = frame[(frame["scenario"] == scenario) & (frame["indicator"] == indicator)]
    return rows.pivot_table(index="replication", columns="time", values="value", aggfunc="first")


def fines_counted(indicators: set[str]) -> bool:
    return "government_cost_net" in indicators or "fines_collected" in indicators


def yearly_net_cost(frame: pd.DataFrame, scenario: str) -> pd.Series:
    """Per replication: mean over years of (government cost - fines), billion IDR per year."""
    available = set(frame["indicator"].unique())
    if "government_cost_net" in available:
        return _table(frame, scenario, "government_cost_net").mean(axis=1)
    cost = _table(frame, scenario, "government_cost")
    if "fines_collected" in available:
        cost = cost - _table(frame, scenario, "fines_collected")
    return cost.mean(axis=1)


def extra_net_cost(frame: pd.DataFrame, baseline: str, scenario: str) -> float:
    """Mean over replications of the scenario's yearly net cost minus the baseline's (paired)."""
    base, other = yearly_net_cost(frame, baseline), yearly_net_cost(frame, scenario)
    common = base.index.intersection(other.index)
    return float((other.loc[common] - base.loc[common]).mean()) if len(common) else float("nan")
