"""Calibration by history matching in waves, with ABC rejection weights from the same runs
(tools/calibrate.py and tools/plausible_schemes.py; the method and its formulas are in
tools/calibrate.py's help): implausibility of every design point against the behaviour targets
of scenarios/data/targets.yaml, the waves' narrowing boxes, and the plausible sets written as a
CSV that an experiment's explicit design reads.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ..readers import project
from ..readers.experiment_file import Experiment, ExperimentFileError, read_experiment
from ..readers.output_paths import check_output
from ..readers.targets_file import Target, load_targets


@dataclass(frozen=True)
class Observation:
    name: str
    indicator: str
    observed: float
    v_observed: float
    years: str  # all | final
    low: float  # the accepted interval of readers/targets_file.py (observed +- 2 sd, or as stated)
    high: float


def observations(targets: list[Target], exp: Experiment) -> tuple[list[Observation], list[str]]:
    """The behaviour targets the experiment can be compared with, and notes on the others."""
    used, notes = [], []
    for t in targets:
        if t.indicator is None or t.kind != "behaviour":
            notes.append(f"{t.name}: not used ({'derived from the set-up' if t.indicator is None else 'kind input'})")
            continue
        if t.indicator not in exp.outcomes:
            notes.append(f"{t.name}: not used (the experiment keeps no indicator {t.indicator})")
            continue
        observed = t.observed if np.isfinite(t.observed) else (t.low + t.high) / 2
        sd = (t.high - t.low) / 4  # observed +- 2 sd, or the interval as +- 2 sd
        used.append(Observation(t.name, t.indicator, observed, sd ** 2, t.years, t.low, t.high))
    return used, notes


def implausibility(exp: Experiment, policy: str, obs: list[Observation], discrepancy: float) -> pd.DataFrame:
    """Per done point: the design values, then per target the simulated mean, V_sim / R and I,
    and the largest I."""
    if policy not in exp.policies:
        raise ExperimentFileError(f"{exp.path}: no policy '{policy}'; policies: {', '.join(exp.policies)}")
    frame = pd.DataFrame(exp.design[exp.done], columns=exp.parameters)
    p = exp.policies.index(policy)
    columns = []
    for o in obs:
        data = exp.outcomes[o.indicator][exp.done][:, p]  # point x replication x year
        per_rep = data[:, :, -1] if o.years == "final" else np.nanmean(data, axis=2)
        reps = np.sum(np.isfinite(per_rep), axis=1)
        mean = np.nanmean(per_rep, axis=1)
        v_sim = np.nanvar(per_rep, axis=1, ddof=1) / reps if per_rep.shape[1] > 1 else np.zeros(len(mean))
        v_model = (discrepancy * o.observed) ** 2
        frame[f"{o.name}_mean"] = mean
        frame[f"{o.name}_I"] = np.abs(mean - o.observed) / np.sqrt(o.v_observed + v_sim + v_model)
        columns.append(f"{o.name}_I")
    frame["max_implausibility"] = frame[columns].max(axis=1) if columns else np.nan
    frame["distance"] = np.sqrt((frame[columns] ** 2).sum(axis=1)) if columns else np.nan
    return frame


def narrowed(points: pd.DataFrame, parameters: list[str], current: dict, original: dict, margin: float) -> dict:
    """The bounding box of the plausible points, widened by `margin` of the current width on
    each side, within the original ranges."""
    out = {}
    for p in parameters:
        lo, hi = current[p]
        pad = margin * (hi - lo)
        out[p] = (max(original[p][0], float(points[p].min()) - pad), min(original[p][1], float(points[p].max()) + pad))
    return out


def abc_weights(runs: pd.DataFrame, boxes: dict[int, dict], original: dict, quantile: float) -> np.ndarray:
    """ABC-rejection weights: the `quantile` share of runs nearest the observations accepted, an
    Epanechnikov kernel in the distance, times prior / proposal density (a uniform prior on the
    original ranges; the proposal is the mixture of the waves' uniform boxes)."""
    d = runs["distance"].to_numpy()
    eps = np.quantile(d, quantile) if len(d) else 0.0
    kernel = np.where(d <= eps, 1 - (d / eps) ** 2 if eps > 0 else 1.0, 0.0)
    volume = {w: np.prod([max(hi - lo, 1e-300) for p, (lo, hi) in box.items() if original[p][1] > original[p][0]])
              for w, box in boxes.items()}
    counts = runs["wave"].value_counts()
    proposal = np.zeros(len(runs))
    for w, box in boxes.items():
        inside = np.ones(len(runs), bool)
        for p, (lo, hi) in box.items():
            inside &= (runs[p] >= lo - 1e-12) & (runs[p] <= hi + 1e-12)
        proposal += counts.get(w, 0) * inside / volume[w]
    weight = kernel / np.where(proposal > 0, proposal, np.inf)
    return weight / weight.sum() if weight.sum() > 0 else weight


# --- running waves -------------------------------------------------------------------------------

def _absolute_paths(doc: dict, base: Path) -> dict:
    def fix(path):
        p = Path(path)
        return str(p if p.is_absolute() else (base / p).resolve())
    if "scenario" in doc:
        doc["scenario"] = fix(doc["scenario"])
    for policy in doc.get("policies") or []:
        if isinstance(policy, dict) and "scenario" in policy:
            policy["scenario"] = fix(policy["scenario"])
    return doc


def ranges_of(exp: Experiment) -> dict:
    return {p: (float(lo), float(hi)) for p, lo, hi in zip(exp.parameters, exp.low, exp.high)}


def write_wave(source: Path, wave: int, ranges: dict | None, workdir: Path) -> Path:
    doc = _absolute_paths(yaml.safe_load(source.read_text()), source.parent)
    doc["name"] = f"{doc.get('name', source.stem)}_wave{wave}"
    doc["seed"] = int(doc.get("seed", 1)) + 1000 * (wave - 1)
    if ranges is not None:
        for section in ("levers", "uncertainties"):
            for key in list((doc.get(section) or {})):
                if key in ranges:
                    spec = doc[section][key] or {}
                    spec.pop("values", None)
                    spec["range"] = [float(v) for v in ranges[key]]
                    doc[section][key] = spec
    path = workdir / f"wave{wave}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def run_experiment(binary: str, experiment: Path, output: Path, threads: int | None) -> None:
    project.run(binary, "experiment", "run", experiment, "-o", output, "--force", *(["-t", threads] if threads else []))


@dataclass
class Calibration:
    runs: pd.DataFrame  # every point of every wave
    plausible: pd.DataFrame
    parameters: list[str]
    observations: list[Observation]
    notes: list[str]
    boxes: dict  # wave -> ranges sampled
    settings: dict


def calibrate(targets_path: Path, source: Path, policy: str | None = None, waves: int = 3, cutoff: float = 3.0,
              discrepancy: float = 0.1, margin: float = 0.1, abc_quantile: float = 0.1,
              workdir: Path | None = None, binary: str | None = None, threads: int | None = None,
              log=print) -> Calibration:
    targets = load_targets(targets_path)
    is_file = source.suffix.lower() in (".h5", ".hdf5")
    frames, boxes, original, ranges = [], {}, None, None
    obs, notes, parameters = [], [], []
    for wave in range(1, (1 if is_file else waves) + 1):
        if is_file:
            path = source
        else:
            workdir.mkdir(parents=True, exist_ok=True)
            spec = write_wave(source, wave, ranges, workdir)
            path = workdir / f"wave{wave}.h5"
            log(f"wave {wave}: running {spec} ...")
            run_experiment(binary, spec, path, threads)
        exp = read_experiment(path)
        if original is None:
            original, parameters = ranges_of(exp), exp.parameters
            obs, notes = observations(targets, exp)
            if not obs:
                raise ExperimentFileError(f"{path}: no target can be compared: the experiment keeps none of the "
                                          f"indicators of {targets_path} ({'; '.join(notes)})")
        boxes[wave] = ranges_of(exp)
        frame = implausibility(exp, policy or exp.policies[0], obs, discrepancy)
        frame.insert(0, "wave", wave)
        frames.append(frame)
        good = frame[frame.max_implausibility <= cutoff]
        log(f"wave {wave}: {len(good)} of {len(frame)} points plausible (max I <= {cutoff}); smallest max I "
            f"{frame.max_implausibility.min():.2f}")
        if good.empty:
            notes.append(f"wave {wave}: no plausible point; the waves stop here")
            break
        ranges = narrowed(good, parameters, boxes[wave], original, margin)
    runs = pd.concat(frames, ignore_index=True)
    runs["abc_weight"] = abc_weights(runs, boxes, original, abc_quantile)
    plausible = runs[runs.max_implausibility <= cutoff].reset_index(drop=True)
    plausible.insert(0, "set", np.arange(1, len(plausible) + 1))
    settings = {"targets": str(targets_path), "source": str(source), "policy": policy, "cutoff": cutoff,
                "discrepancy": discrepancy, "margin": margin, "abc_quantile": abc_quantile,
                "waves_run": len(boxes)}
    return Calibration(runs, plausible, parameters, obs, notes, boxes, settings)


def target_table(cal: Calibration) -> pd.DataFrame:
    """Per target: observed, accepted sd, and the simulated mean's range over the plausible sets."""
    rows = []
    for o in cal.observations:
        values = cal.plausible[f"{o.name}_mean"] if len(cal.plausible) else pd.Series(dtype=float)
        rows.append({"target": o.name, "indicator": o.indicator, "observed": o.observed,
                     "sd_observed": float(np.sqrt(o.v_observed)),
                     "simulated_min": values.min(), "simulated_median": values.median(),
                     "simulated_max": values.max(),
                     "share_in_accepted_interval": float(values.between(o.low, o.high).mean()) if len(values)
                     else float("nan"),
                     "largest_I": float(cal.plausible[f"{o.name}_I"].max()) if len(values) else float("nan")})
    return pd.DataFrame(rows)


def write_outputs(cal: Calibration, output: Path, force: bool = False) -> list[Path]:
    output.parent.mkdir(parents=True, exist_ok=True)
    stem = output.with_suffix("")
    paths = [output, stem.with_name(stem.name + "_runs.csv"), stem.with_name(stem.name + ".json")]
    for p in paths:
        check_output(p, [cal.settings["source"]], force)
    keep = ["set", *cal.parameters, "wave", "max_implausibility", "abc_weight"]
    cal.plausible[keep].to_csv(paths[0], index=False, float_format="%.10g")
    cal.runs.to_csv(paths[1], index=False, float_format="%.10g")
    table = target_table(cal)
    paths[2].write_text(json.dumps({
        "settings": cal.settings, "notes": cal.notes,
        "targets": [{"name": o.name, "indicator": o.indicator, "observed": o.observed,
                     "sd_observed": float(np.sqrt(o.v_observed)), "years": o.years} for o in cal.observations],
        "waves": [{"wave": w, "ranges": box, "points": int((cal.runs.wave == w).sum()),
                   "plausible": int((cal.plausible.wave == w).sum())} for w, box in cal.boxes.items()],
        "plausible_sets": len(cal.plausible),
        "target_table": json.loads(table.to_json(orient="records")),
    }, indent=1))
    return paths
