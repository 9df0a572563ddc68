"""Write a small synthetic cgsim output file exactly as docs/output.md describes (format_version 1).

Used by the tests when the real simulator (build/cgsim) is not built, for the malformed-file
tests, and for developing the analysis scripts:

    /usr/bin/python3 analysis/tests/make_fixture.py /tmp/c.h5
    /usr/bin/python3 analysis/tests/make_fixture.py /tmp/a.h5 --ablation --replications 5 --years 10
    /usr/bin/python3 analysis/tests/make_fixture.py /tmp/i.h5 --incomplete

The numbers are invented but plausible: a scenario's "strength" (0 for the baseline, 1 for the
full SIGER-MU programme, a pillar's weight for ablations) moves every indicator in the
desirable direction, and replication r shares its noise across scenarios (common random
numbers). The /comparison group is computed here independently of cgsim_analysis/stats/, with a
t table, so tests can check the analysis code against it.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import h5py
import numpy as np

DISTRICTS = [
    "Belida Darat", "Benakat", "Empat Petulai Dangku", "Gelumbang", "Gunung Megang", "Kelekar",
    "Lawang Kidul", "Lembak", "Lubai", "Lubai Ulu", "Muara Belida", "Muara Enim", "Panang Enim",
    "Rambang", "Rambang Niru", "Semende Darat Laut", "Semende Darat Tengah",
    "Semende Darat Ulu", "Sungai Rotan", "Tanjung Agung", "Ujan Mas",
]
PILLAR_WEIGHTS = {"engagement": 0.25, "planning": 0.35, "institutions": 0.2, "evaluation": 0.2}
DEFAULT_SCENARIOS = ["pre_collaborative", "siger_mu"]
ABLATION_SCENARIOS = (DEFAULT_SCENARIOS
                      + [f"baseline_plus_{p}" for p in PILLAR_WEIGHTS]
                      + [f"siger_mu_without_{p}" for p in PILLAR_WEIGHTS])

# two-sided 95% t quantiles t_{0.975, df}
T975 = {1: 12.7062, 2: 4.30265, 3: 3.18245, 4: 2.77645, 5: 2.57058, 6: 2.44691, 7: 2.36462,
        8: 2.30600, 9: 2.26216, 10: 2.22814, 11: 2.20099, 12: 2.17881, 13: 2.16037,
        14: 2.14479, 15: 2.13145, 19: 2.09302, 20: 2.08596, 29: 2.04523, 30: 2.04227}

UNITS = {  # indicator: (units, description) as in docs/output.md
    "capability_mean": ("share 0..1", "mean capability of alive MSMEs over the 5 dimensions"),
    "capability_production": ("share 0..1", "mean of one capability dimension"),
    "capability_management": ("share 0..1", "mean of one capability dimension"),
    "capability_market": ("share 0..1", "mean of one capability dimension"),
    "capability_legal": ("share 0..1", "mean of one capability dimension"),
    "capability_finance": ("share 0..1", "mean of one capability dimension"),
    "revenue_mean": ("million IDR per year", "MSME revenue over the year"),
    "revenue_median": ("million IDR per year", "MSME revenue over the year"),
    "msmes_alive": ("count", "alive MSMEs at year end"),
    "formal_share": ("share", "alive MSMEs with a business licence (NIB)"),
    "organised_share": ("share", "alive MSMEs in an association"),
    "reach": ("share", "alive MSMEs served at least once this year"),
    "duplication_rate": ("share", "deliveries to an MSME that already got that type this year"),
    "need_match": ("share", "how well deliveries hit MSMEs' largest gaps (1 = always)"),
    "repeat_training_share": ("share", "trainings to MSMEs trained in the previous two years "
                                       "without mentoring"),
    "benefit_gini_districts": ("Gini 0..1", "inequality of CSR spend per MSME across districts"),
    "benefit_gini_msmes": ("Gini 0..1", "inequality of cumulative benefit across MSMEs"),
    "forum_budget_share": ("share", "CSR budget spent according to a forum plan"),
    "msme_voice_share": ("share", "MSME representatives' share of influence in the forum's "
                                  "decision"),
    "decision_success": ("0/1", "the forum adopted a plan"),
    "decision_acceptability": ("share", "mean acceptability of the plan to participants"),
    "decision_equity": ("share (sd)", "standard deviation of acceptability (lower is fairer)"),
    "acceptability_government": ("share", "1 - distance(plan, the government's interest)"),
    "acceptability_companies": ("share", "mean over companies of 1 - distance(plan, own interest)"),
    "acceptability_msme": ("share", "1 - distance(plan, MSME representatives' interest)"),
    "msme_influence": ("share (-1..1)", "how far the plan moved towards MSMEs' interest"),
    "deliberation_rounds": ("count", "deliberation rounds held"),
    "companies_active_share": ("share", "operating member companies taking part in planning"),
    "companies_reporting_share": ("share", "operating member companies reporting to the "
                                           "registry"),
    "trust_government_company": ("share", "mean stakeholder trust between government and "
                                          "companies"),
    "trust_msme_company": ("share", "mean trust of MSMEs in companies"),
    "trust_msme_government": ("share", "mean trust of MSMEs in government"),
    "csr_spend": ("billion IDR per year", "CSR spent on MSME programmes"),
    "csr_impact_capability_per_bn": ("capability points per billion IDR",
                                     "capability gained against the no-CSR counterfactual per billion IDR"),
    "csr_impact_revenue_per_bn": ("billion IDR per billion IDR",
                                  "revenue gained against the no-CSR counterfactual per billion IDR"),
    "government_cost": ("billion IDR per year", "public cost of the governance levers in force"),
    "collaboration_index": ("share", "composite of measured collaboration (ODD 7.11)"),
    "collaboration_stage": ("0..3", "0 pre-collaborative, 1 nascent, 2 developing, "
                                    "3 collaborative"),
}
DISTRICT_UNITS = {
    "spend": ("billion IDR per year", "CSR spent on MSMEs of the district"),
    "reach": ("share", "alive MSMEs of the district served this year"),
    "capability_mean": ("share", "mean capability of the district's alive MSMEs"),
    "msmes": ("count", "alive MSMEs in the district"),
}


def strength(name: str, index: int, count: int) -> float:
    """How far a scenario is from the baseline (0) towards the full programme (1)."""
    if index == 0:
        return 0.0
    for pillar, weight in PILLAR_WEIGHTS.items():
        if name.endswith(f"_plus_{pillar}"):
            return weight
        if name.endswith(f"_without_{pillar}"):
            return 1.0 - weight
    if name == "siger_mu":
        return 1.0
    return index / max(1, count - 1)


def simulate(s: float, replications: int, years: int, seed: int, msmes: int):
    """Indicators [R, T] and per-district indicators [R, T, D] of one scenario."""
    R, T, D = replications, years, len(DISTRICTS)
    frac = np.arange(1, T + 1) / T
    ind, dist = {}, {}
    noise_rng = [np.random.default_rng([seed, r]) for r in range(R)]
    common = np.stack([g.normal(0, 1, size=(T, 8)) for g in noise_rng])  # shared across scenarios
    own = np.random.default_rng([seed, 99, int(s * 1000)]).normal(0, 1, size=(R, T, 8))
    eps = 0.8 * common + 0.3 * own
    grow = s * frac[None, :]

    def share(x):
        return np.clip(x, 0.0, 1.0)

    cap = 0.35 + 0.05 * frac[None, :] + 0.15 * grow + 0.01 * eps[..., 0]
    ind["capability_mean"] = share(cap)
    for k, dim in enumerate(["production", "management", "market", "legal", "finance"]):
        ind[f"capability_{dim}"] = share(cap + 0.03 * (k - 2) + 0.01 * eps[..., k % 8])
    ind["revenue_mean"] = 30 + 60 * cap + 1.5 * eps[..., 1]
    ind["revenue_median"] = 0.8 * ind["revenue_mean"]
    ind["msmes_alive"] = np.rint(msmes * (1 - 0.02 * np.arange(1, T + 1)[None, :] * (1 - 0.5 * s))
                                 + 5 * eps[..., 2])
    ind["formal_share"] = share(0.2 + 0.3 * grow + 0.01 * eps[..., 3])
    ind["organised_share"] = share(0.1 + 0.3 * grow + 0.01 * eps[..., 4])
    ind["reach"] = share(0.15 + 0.2 * grow + 0.01 * eps[..., 5])
    ind["duplication_rate"] = share(0.3 - 0.2 * grow + 0.01 * eps[..., 6])
    ind["need_match"] = share(0.4 + 0.35 * grow + 0.015 * eps[..., 7])
    ind["repeat_training_share"] = share(0.35 - 0.25 * grow + 0.01 * eps[..., 0])
    ind["benefit_gini_districts"] = share(0.45 - 0.2 * grow + 0.01 * eps[..., 1])
    ind["benefit_gini_msmes"] = share(0.6 - 0.15 * grow + 0.01 * eps[..., 2])
    ind["forum_budget_share"] = share(0.6 * grow + 0.01 * s * eps[..., 3])
    ind["msme_voice_share"] = share(0.05 + 0.25 * grow + 0.01 * eps[..., 4])
    ind["decision_success"] = (0.2 + 0.7 * s + 0.2 * eps[..., 5] > 0.5).astype(float)
    ind["decision_acceptability"] = share(0.4 + 0.3 * grow + 0.02 * eps[..., 6])
    ind["decision_equity"] = share(0.2 - 0.08 * grow + 0.01 * eps[..., 7])
    ind["acceptability_government"] = share(0.6 + 0.1 * grow + 0.01 * eps[..., 1])
    ind["acceptability_companies"] = share(0.5 + 0.05 * grow + 0.01 * eps[..., 2])
    ind["acceptability_msme"] = share(0.4 + 0.2 * grow + 0.01 * eps[..., 3])
    ind["msme_influence"] = share(0.1 * grow + 0.01 * eps[..., 4])
    ind["deliberation_rounds"] = np.maximum(0, np.rint(1 + 3 * s + 0.5 * eps[..., 0]))
    ind["companies_active_share"] = share(0.2 + 0.6 * grow + 0.02 * eps[..., 1])
    ind["companies_reporting_share"] = share(0.3 + 0.5 * grow + 0.02 * eps[..., 2])
    ind["trust_government_company"] = share(0.45 + 0.2 * grow + 0.01 * eps[..., 3])
    ind["trust_msme_company"] = share(0.35 + 0.2 * grow + 0.01 * eps[..., 4])
    ind["trust_msme_government"] = share(0.4 + 0.2 * grow + 0.01 * eps[..., 5])
    ind["csr_spend"] = 25 + 0.5 * eps[..., 6]
    ind["csr_impact_capability_per_bn"] = 20 + 40 * grow + 1.0 * eps[..., 7]
    ind["csr_impact_revenue_per_bn"] = 0.5 + 1.0 * grow + 0.05 * eps[..., 7]
    ind["government_cost"] = (0.5 + 1.5 * s if s > 0 else 0.0) + 0.02 * s * eps[..., 0] \
        + np.zeros((R, T))
    ind["collaboration_index"] = share(0.15 + 0.6 * grow + 0.03 * eps[..., 1])
    ind["collaboration_stage"] = np.clip(np.floor(ind["collaboration_index"] * 4), 0, 3)

    district_rng = np.random.default_rng([seed, 7])
    remote = np.linspace(0, 1, D)[district_rng.permutation(D)]  # distance from company sites
    pop = district_rng.uniform(0.5, 1.5, D)
    pop = pop / pop.sum()
    concentrated = np.exp(-3 * remote)
    weights = (1 - 0.7 * s) * concentrated / concentrated.sum() + 0.7 * s * pop
    d_eps = 0.05 * eps[..., 2][..., None]
    dist["spend"] = ind["csr_spend"][..., None] * weights[None, None, :] * (1 + d_eps)
    relative = 0.4 + 1.2 * weights / weights.max()
    dist["reach"] = share(ind["reach"][..., None] * relative[None, None])
    dist["capability_mean"] = share(ind["capability_mean"][..., None]
                                    + 0.08 * (0.5 - remote)[None, None] * (1 - 0.6 * s) + d_eps / 5)
    dist["msmes"] = np.rint(ind["msmes_alive"][..., None] * pop[None, None])
    return ind, dist


def paired_stats(base: np.ndarray, other: np.ndarray):
    """Final-year mean, CI, paired difference and CI (t table, independent of cgsim_analysis.stats)."""
    def ci(x):
        n = len(x)
        m = float(np.mean(x))
        if n < 2:
            return m, math.nan, math.nan
        half = T975.get(n - 1, 1.96) * float(np.std(x, ddof=1)) / math.sqrt(n)
        return m, m - half, m + half

    n = min(len(base), len(other))
    mean, lo, hi = ci(other)
    d_mean, d_lo, d_hi = ci(other[:n] - base[:n])
    return mean, lo, hi, d_mean, d_lo, d_hi, int(d_lo > 0 or d_hi < 0)


def _string_attr(value: str, fixed: bool):
    return np.bytes_(value.encode()) if fixed else value


def _string_data(values: list[str], fixed: bool):
    if fixed:
        return np.array([v.encode() for v in values], dtype=f"S{max(1, max(map(len, values)))}")
    return np.array(values, dtype=h5py.string_dtype())


def write_synthetic(path, scenarios=None, replications: int = 3, years: int = 4, seed: int = 1,
                    msmes: int = 3000, incomplete: bool = False, comparison: bool = True,
                    fixed_strings: bool = False, shuffled: bool = False) -> Path:
    """Write the file and return its path.

    An incomplete file (complete = 0) has no /comparison group, and its last scenario was
    interrupted while appending its last replication: that replication's row is in the
    indicators/ datasets but not in districts/ nor in the `replication` scale.
    `shuffled` writes the rows in the order 1, 0, 2, ... as a parallel run may finish them.
    """
    path = Path(path)
    scenarios = list(scenarios or DEFAULT_SCENARIOS)
    fs = fixed_strings
    order = list(range(replications))
    if shuffled and replications > 1:
        order[0], order[1] = 1, 0
    results = {}
    with h5py.File(path, "w") as f:
        f.attrs["cgsim_version"] = _string_attr("0.0.0-synthetic", fs)
        f.attrs["format_version"] = np.int32(1)
        f.attrs["created_utc"] = _string_attr("2025-01-01T00:00:00Z", fs)
        f.attrs["command_line"] = _string_attr(
            "make_fixture.py (synthetic) " + " ".join(scenarios), fs)
        f.attrs["complete"] = np.int32(0 if incomplete else 1)
        f.attrs["scenarios"] = _string_attr("\n".join(scenarios), fs)
        for index, name in enumerate(scenarios):
            ind, dist = simulate(strength(name, index, len(scenarios)), replications, years,
                                 seed, msmes)
            results[name] = ind
            interrupted = incomplete and index == len(scenarios) - 1 and replications > 1
            finished = order[:-1] if interrupted else order
            _write_scenario(f, name, {k: v[order] for k, v in ind.items()},
                            {k: v[finished] for k, v in dist.items()}, finished, years, seed, fs)
        if comparison and not incomplete:
            _write_comparison(f, scenarios, results, replications, fs)
    return path


def _write_scenario(f, name, ind, dist, finished, years, seed, fs):
    """Rows of `ind` and `dist` are in writing order; `finished` labels the finished ones."""
    g = f.create_group(name)
    g.attrs["scenario_yaml"] = _string_attr(f"name: {name}\nyears: {years}\nseed: {seed}\n", fs)
    g.attrs["seed"] = np.int64(seed)
    g.attrs["replications"] = np.int64(len(finished))
    g.attrs["years"] = np.int64(years)
    g.attrs["steps_per_year"] = np.int64(12)
    g.attrs["description"] = _string_attr(f"synthetic scenario {name}", fs)
    g["time"] = np.arange(1, years + 1, dtype=np.float64)
    g.create_dataset("replication", data=np.asarray(finished, dtype=np.int64), maxshape=(None,),
                     chunks=(64,))
    g["district"] = _string_data(DISTRICTS, fs)
    for scale in ("time", "replication", "district"):
        g[scale].make_scale(scale)
    for sub, data, units, shape in (("indicators", ind, UNITS, (None, years)),
                                    ("districts", dist, DISTRICT_UNITS,
                                     (None, years, len(DISTRICTS)))):
        sg = g.create_group(sub)
        for key, values in data.items():
            chunks = (1,) + values.shape[1:]
            ds = sg.create_dataset(key, data=values.astype(np.float64), chunks=chunks,
                                   maxshape=shape, compression="gzip")
            ds.attrs["units"] = _string_attr(units[key][0], fs)
            ds.attrs["description"] = _string_attr(units[key][1], fs)
            for axis, scale in enumerate(("replication", "time", "district")[:values.ndim]):
                ds.dims[axis].attach_scale(g[scale])


def _write_comparison(f, scenarios, results, replications, fs):
    indicators = list(results[scenarios[0]])
    shape = (len(scenarios), len(indicators))
    out = {k: np.zeros(shape) for k in ("mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high")}
    excl = np.zeros(shape, dtype=np.int8)
    base = results[scenarios[0]]
    for s, name in enumerate(scenarios):
        for i, ind in enumerate(indicators):
            stats = paired_stats(base[ind][:, -1], results[name][ind][:, -1])
            out["mean"][s, i], out["ci_low"][s, i], out["ci_high"][s, i] = stats[:3]
            if s > 0:
                (out["diff_mean"][s, i], out["diff_ci_low"][s, i],
                 out["diff_ci_high"][s, i], excl[s, i]) = stats[3:]
    g = f.create_group("comparison")
    g.attrs["baseline"] = _string_attr(scenarios[0], fs)
    g.attrs["replications"] = np.int64(replications)
    g.attrs["confidence"] = 0.95
    g.attrs["method"] = _string_attr("paired t over replications, common random numbers, "
                                     "final year", fs)
    g["scenario"] = _string_data(scenarios, fs)
    g["indicator"] = _string_data(indicators, fs)
    for key, values in out.items():
        g[key] = values
    g["diff_excludes_zero"] = excl
    cost = np.array([float(np.mean(results[n]["government_cost"] - base["government_cost"]))
                     for n in scenarios])
    cap_gain = out["diff_mean"][:, indicators.index("capability_mean")]
    rev_gain = out["diff_mean"][:, indicators.index("revenue_mean")]
    with np.errstate(divide="ignore", invalid="ignore"):
        g["extra_public_cost"] = cost
        g["capability_per_billion"] = np.where(cost > 0, cap_gain / cost, np.nan)
        g["revenue_per_billion"] = np.where(cost > 0, rev_gain / cost, np.nan)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--scenarios", help="comma-separated names, the first is the baseline")
    parser.add_argument("--ablation", action="store_true",
                        help="baseline, siger_mu and the eight pillar ablation scenarios")
    parser.add_argument("--replications", type=int, default=3)
    parser.add_argument("--years", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incomplete", action="store_true")
    parser.add_argument("--no-comparison", action="store_true")
    parser.add_argument("--fixed-strings", action="store_true",
                        help="store strings as fixed-length byte strings")
    parser.add_argument("--shuffled", action="store_true",
                        help="write replication rows in the order 1, 0, 2, ...")
    args = parser.parse_args(argv)
    names = args.scenarios.split(",") if args.scenarios else (
        ABLATION_SCENARIOS if args.ablation else DEFAULT_SCENARIOS)
    path = write_synthetic(args.output, names, args.replications, args.years, args.seed,
                           incomplete=args.incomplete, comparison=not args.no_comparison,
                           fixed_strings=args.fixed_strings, shuffled=args.shuffled)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
