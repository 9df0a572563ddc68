"""The calibration targets (scenarios/data/targets.yaml): observed facts a calibrated baseline
should reproduce, each with its accepted interval (observed +- 2 sd, or the stated [low, high])."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .project import SCENARIOS

TARGETS = SCENARIOS / "data" / "targets.yaml"


@dataclass(frozen=True)
class Target:
    name: str
    low: float
    high: float
    observed: float
    unit: str
    kind: str  # behaviour | input
    source: str
    indicator: str | None = None  # compare_with
    derived: str | None = None
    years: str = "all"  # all | final
    tuned_by: str = ""  # a parameter set to reproduce this figure (so a pass is not evidence)
    known_gap: str = ""  # why the model does not reproduce this figure yet (documented, not hidden)


def load_targets(path: Path = TARGETS) -> list[Target]:
    """The targets of the YAML file, with their accepted intervals; errors name the file and entry."""
    data = yaml.safe_load(path.read_text())
    out = []
    for i, t in enumerate(data.get("targets", [])):
        where = f"{path}: targets[{i}] ({t.get('name', '?')})"
        if ("compare_with" in t) == ("derived" in t):
            raise ValueError(f"{where}: give exactly one of compare_with or derived")
        if "interval" in t:
            low, high = (float(v) for v in t["interval"])
            observed = float(t.get("observed", "nan"))
        elif "observed" in t and "sd" in t:
            observed, sd = float(t["observed"]), float(t["sd"])
            low, high = observed - 2 * sd, observed + 2 * sd
        else:
            raise ValueError(f"{where}: expected `observed` with `sd`, or `interval: [low, high]`")
        kind = t.get("kind", "behaviour")
        if kind not in ("behaviour", "input"):
            raise ValueError(f"{where}: kind must be behaviour or input, not {kind!r}")
        out.append(Target(t["name"], low, high, observed, str(t.get("unit", "")), kind, str(t.get("source", "")),
                          t.get("compare_with"), t.get("derived"), str(t.get("years", "all")),
                          str(t.get("tuned_by", "")), str(t.get("known_gap", ""))))
    return out
