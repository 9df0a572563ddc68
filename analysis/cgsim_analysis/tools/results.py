"""Regenerate docs/results.md: what the model says, with 95% intervals, for the shipped scenarios.

    /usr/bin/python3 analysis/results.py [--replications 20] [--seed 2024] [--cgsim build/cgsim]

Runs `cgsim compare` on the baseline against SIGER-MU, the pillar scenarios, the regulation
options alone and layered on SIGER-MU, the coordination unit with realistic and perfect
information, and SIGER-MU over 10, 20 and 30 years (same seed, common random numbers), then
writes docs/results.md from the files' comparison groups, ending with a plain-language section on
what drives each headline difference whose figures are read from those same files. Anyone can
rerun it and get the same numbers (same seed, same binary).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from ..readers import project
from ..readers.catalog import KEY_INDICATORS
from ..readers.run_file import comparison_frame, cost_effectiveness_frame
from ..studies.forum_rules import forum_rules_table
from ..studies.plausible_schemes import run as plausible_schemes

SCENARIOS = project.SCENARIOS

KEY = list(KEY_INDICATORS)
# Company behaviour and the money: shown in every table below the key indicators.
BEHAVIOUR = ["companies_members", "companies_active_share", "companies_reporting_share", "companies_complying_share",
             "msme_csr_total", "fines_collected", "government_cost_net"]
SCHEMES = ["tax_incentive", "awards", "sanctions_with_audits", "binding_perda"]
HORIZONS = [10, 20, 30]
HORIZON_ROWS = ["capability_mean", "revenue_mean", "reach", "need_match", "duplication_rate", "benefit_gini_districts",
                "csr_impact_capability_per_bn", "collaboration_index", "government_cost_net"]

GROUPS = {
    "SIGER-MU against today": ["siger_mu.yaml"],
    "Each pillar added to today": [f"pillars/baseline_plus_{p}.yaml"
                                   for p in ("engagement", "planning", "institutions", "evaluation")],
    "Regulation and incentive options against today": sorted(
        str(p.relative_to(SCENARIOS)) for p in (SCENARIOS / "regulation").glob("*.yaml")),
}
ABLATION = [f"pillars/siger_mu_without_{p}.yaml" for p in ("engagement", "planning", "institutions", "evaluation")]


def run_compare(cgsim: str, baseline: str, others: list[str], out: Path, replications: int, seed: int,
                extra: tuple[str, ...] = ()) -> Path:
    files = [f if Path(f).is_absolute() else str(SCENARIOS / f) for f in [baseline, *others]]
    project.run_shown(cgsim, "compare", *files, "-o", out, "--force", "--replications", replications, "--seed", seed,
                      "--format", "csv", *extra)
    return out


def variant(directory: Path, name: str, extends: Path, settings: dict, description: str) -> str:
    """A scenario file that extends `extends` with `settings`, for a comparison no shipped file holds."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.yaml"
    text = {"name": name, "description": description, "extends": str(extends), **settings}
    path.write_text(yaml.safe_dump(text, sort_keys=False), encoding="utf-8")
    return str(path)


def scheme_on_siger_mu(directory: Path, scheme: str) -> str:
    """The scheme's regulation package (its `regulation:` settings only) on top of SIGER-MU."""
    source = yaml.safe_load((SCENARIOS / "regulation" / f"{scheme}.yaml").read_text(encoding="utf-8"))
    return variant(directory, f"siger_mu+{scheme}", SCENARIOS / "siger_mu.yaml",
                   {"regulation": source["regulation"]}, f"SIGER-MU with the regulation settings of {scheme}.yaml")


def fmt(value: float) -> str:
    if value != value:
        return "n/a"
    return f"{value:.1f}" if abs(value) >= 100 else f"{value:.3g}"


def table(path: Path) -> list[str]:
    frame = comparison_frame(path)
    cost = cost_effectiveness_frame(path)
    scenarios = list(dict.fromkeys(frame["scenario"]))
    lines = ["| indicator | " + " | ".join(scenarios) + " |", "|---" * (len(scenarios) + 1) + "|"]
    for name in KEY + BEHAVIOUR:
        row = frame[frame["indicator"] == name].set_index("scenario")
        cells = []
        for i, s in enumerate(scenarios):
            r = row.loc[s]
            cell = f"{fmt(r['mean'])} [{fmt(r['ci_low'])}, {fmt(r['ci_high'])}]"
            if i > 0:
                star = " *" if r["diff_excludes_zero"] else ""
                cell += f"<br>Δ {fmt(r['diff_mean'])} [{fmt(r['diff_ci_low'])}, {fmt(r['diff_ci_high'])}]{star}"
            cells.append(cell)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    if cost is not None:
        c = cost.set_index("scenario")
        cells = ["—" if i == 0 else fmt(c.loc[s, "capability_per_billion"]) for i, s in enumerate(scenarios)]
        lines.append("| capability_mean gained per bn IDR of extra public cost | " + " | ".join(cells) + " |")
    return lines


def horizon_table(files: dict[int, Path]) -> list[str]:
    frames = {n: comparison_frame(p).set_index(["scenario", "indicator"]) for n, p in files.items()}
    lines = ["| indicator | " + " | ".join(f"{n} years: today → SIGER-MU (Δ)" for n in files) + " |",
             "|---" * (len(files) + 1) + "|"]
    for name in HORIZON_ROWS:
        cells = []
        for n, f in frames.items():
            base, sig = f.loc[("pre_collaborative", name)], f.loc[("siger_mu", name)]
            star = " *" if sig["diff_excludes_zero"] else ""
            cells.append(f"{fmt(base['mean'])} → {fmt(sig['mean'])} "
                         f"(Δ {fmt(sig['diff_mean'])} [{fmt(sig['diff_ci_low'])}, {fmt(sig['diff_ci_high'])}]{star})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _d(frame, scenario: str, indicator: str) -> str:
    r = frame.loc[(scenario, indicator)]
    return f"{fmt(r['diff_mean'])} [{fmt(r['diff_ci_low'])}, {fmt(r['diff_ci_high'])}]"


def _m(frame, scenario: str, indicator: str) -> str:
    return fmt(frame.loc[(scenario, indicator)]["mean"])


def drivers(files: dict[str, Path], horizons: dict[int, Path]) -> list[str]:
    """Plain-language attribution of the headline effects, with the figures read from the runs above."""
    f = {t: comparison_frame(p).set_index(["scenario", "indicator"]) for t, p in files.items()}
    main, reg = f["SIGER-MU against today"], f["Regulation and incentive options against today"]
    unit = f["The coordination unit: its own data, perfect information, none"]
    pillars, without = f["Each pillar added to today"], f["What each pillar contributes: SIGER-MU without it"]
    layered = f["The incentive schemes layered on SIGER-MU"]
    long = comparison_frame(horizons[max(horizons)]).set_index(["scenario", "indicator"])
    return [
        "## What drives the difference", "",
        "Figures are paired differences with 95% intervals from the tables above (same seed, same runs).", "",
        "- **Fewer repeated and duplicated programmes** come from the coordination unit serving the "
        "beneficiaries of coordinated companies from its own needs register, and from reporting: a reported "
        "programme is visible in the CSR information system, so other companies look elsewhere. Duplication "
        f"moves by {_d(main, 'siger_mu', 'duplication_rate')} under SIGER-MU; without the unit "
        f"by {_d(unit, 'siger_mu_no_unit', 'duplication_rate')}, with a perfectly informed unit by "
        f"{_d(unit, 'siger_mu_perfect_unit', 'duplication_rate')}. The gap between the realistic and the perfect "
        "unit is what survey capacity, measurement error and the one-year data lag cost.",
        "- **Need match** depends on what the unit can know: "
        f"{_d(unit, 'siger_mu', 'need_match')} with its own surveys, "
        f"{_d(unit, 'siger_mu_perfect_unit', 'need_match')} with perfect information, "
        f"{_d(unit, 'siger_mu_no_unit', 'need_match')} without a unit (against today).",
        "- **MSME influence on the plan** needs a forum that plans jointly and MSME seats: MSME representatives "
        "speak and vote in deliberation (docs/ODD.md 7.3–7.4). SIGER-MU: "
        f"{_d(main, 'siger_mu', 'msme_influence')}; SIGER-MU without the engagement pillar: "
        f"{_d(without, 'siger_mu_without_engagement', 'msme_influence')} against SIGER-MU.",
        "- **The tax incentive** lowers the net price of MSME spend for member companies, who then give a "
        f"larger share of CSR to MSMEs: MSME CSR money {_d(reg, 'tax_incentive', 'msme_csr_total')} bn IDR a year, "
        f"reach {_d(reg, 'tax_incentive', 'reach')}, capability {_d(reg, 'tax_incentive', 'capability_mean')}, at a "
        f"net public cost of {_d(reg, 'tax_incentive', 'government_cost_net')} bn IDR a year. With the default "
        "price elasticity of 1 the relief paid equals the extra MSME money: the companies' own outlay does not "
        "change, the regency pays for all of the increase (docs/ODD.md 7.1). The extra money is placed as companies "
        f"placed it before (need match {_d(reg, 'tax_incentive', 'need_match')}); on SIGER-MU, where a unit places "
        f"coordinated deliveries, reach {_d(layered, 'siger_mu+tax_incentive', 'reach')}.",
        "- **Awards** reward what a jury can see: they raise the utility of membership and reporting (reporting "
        f"share {_d(reg, 'awards', 'companies_reporting_share')}), and reporting members tilt their programmes "
        "towards cheap, countable deliveries (repeat trainings "
        f"{_d(reg, 'awards', 'repeat_training_share')}; reach {_d(reg, 'awards', 'reach')}).",
        "- **Sanctions with audits** make complying worth more than defying for more companies (complying share "
        f"{_d(reg, 'sanctions_with_audits', 'companies_complying_share')}); audited defiers pay fines, public "
        f"revenue of {_d(reg, 'sanctions_with_audits', 'fines_collected')} bn IDR a year. In a report-only forum "
        "compliance buys membership and reporting, not a joint plan: reporting share "
        f"{_d(reg, 'sanctions_with_audits', 'companies_reporting_share')}, duplication "
        f"{_d(reg, 'sanctions_with_audits', 'duplication_rate')}.",
        "- **A binding Perda** with joint planning and no audits works through the norm of obeying alone: "
        f"complying share {_d(reg, 'binding_perda', 'companies_complying_share')}; complying companies keep the "
        f"adopted plan (need match {_d(reg, 'binding_perda', 'need_match')}). Without MSME seats the plan is the "
        f"companies' and the government's: MSME influence {_d(reg, 'binding_perda', 'msme_influence')}.",
        "- **Each pillar alone** adds little where its mechanism needs another pillar: engagement (MSME seats) "
        "acts only when the forum plans jointly (planning pillar); the coordination unit (institutions) needs "
        f"reporting or a plan to see deliveries. Engagement alone, capability: "
        f"{_d(pillars, 'baseline_plus_engagement', 'capability_mean')}; planning alone: "
        f"{_d(pillars, 'baseline_plus_planning', 'capability_mean')}.",
        f"- **Over {max(horizons)} years** the capability gap between SIGER-MU and today is "
        f"{_d(long, 'siger_mu', 'capability_mean')} (today {_m(long, 'pre_collaborative', 'capability_mean')}, "
        f"SIGER-MU {_m(long, 'siger_mu', 'capability_mean')}).",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="results.py", description=__doc__.splitlines()[0])
    ap.add_argument("--replications", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--cgsim", default=project.find_binary())
    ap.add_argument("-o", "--output", default=str(project.DOCS / "results.md"))
    args = ap.parse_args(argv)
    out_dir = project.PROJECT / "out" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    version = project.run(args.cgsim, "--version").strip()
    doc = ["# What the model says (generated)", "",
           f"Generated by `/usr/bin/python3 analysis/results.py --replications {args.replications} --seed {args.seed}` "
           f"with {version}. Do not edit by hand: rerun the script.", "",
           "Final-year means over paired replications (common random numbers) with 95% confidence intervals;",
           "Δ = paired difference against the first column with its 95% interval (paired t); * = the interval",
           "excludes zero. Indicators are defined in docs/ODD.md section 7.12; units in docs/output.md.", ""]
    tmp = out_dir / "variants"
    siger = SCENARIOS / "siger_mu.yaml"
    jobs = [(title, "pre_collaborative.yaml", others, "") for title, others in GROUPS.items()]
    jobs.append(("The incentive schemes layered on SIGER-MU", "siger_mu.yaml",
                 [scheme_on_siger_mu(tmp, s) for s in SCHEMES],
                 "Each scheme's `regulation:` settings (from scenarios/regulation/) added to SIGER-MU; "
                 "differences are against SIGER-MU alone."))
    jobs.append(("What each pillar contributes: SIGER-MU without it", "siger_mu.yaml", ABLATION, ""))
    jobs.append(("The coordination unit: its own data, perfect information, none", "pre_collaborative.yaml",
                 ["siger_mu.yaml",
                  variant(tmp, "siger_mu_perfect_unit", siger, {"coordination": {"perfect_information": True}},
                          "SIGER-MU with a perfectly informed coordination unit (an upper bound)"),
                  variant(tmp, "siger_mu_no_unit", siger, {"government": {"coordination_unit": False}},
                          "SIGER-MU without a coordination unit")],
                 "SIGER-MU's unit works from its own needs surveys and the deliveries it is told of (docs/ODD.md "
                 "7.5); `siger_mu_perfect_unit` sees every MSME's true state at no survey cost; `siger_mu_no_unit` "
                 "has no unit. Differences are against today."))
    files: dict[str, Path] = {}
    for k, (title, baseline, others, note) in enumerate(jobs):
        path = run_compare(args.cgsim, baseline, others, out_dir / f"results_{k}.h5", args.replications, args.seed)
        files[title] = path
        doc += [f"## {title}", "", *([note, ""] if note else []), *table(path), ""]
        print(f"done: {title}", file=sys.stderr)
    horizons = {n: run_compare(args.cgsim, "pre_collaborative.yaml", ["siger_mu.yaml"],
                               out_dir / f"results_horizon_{n}.h5", args.replications, args.seed,
                               ("--years", str(n))) for n in HORIZONS}
    doc += ["## SIGER-MU against today over 10, 20 and 30 years", "",
            "The same comparison run for each horizon (final-year values; Δ = SIGER-MU − today, paired).", "",
            *horizon_table(horizons), ""]
    print("done: horizons", file=sys.stderr)
    doc += ["## The forum under each decision rule, power asymmetry and length of deliberation", "",
            f"`/usr/bin/python3 analysis/forum_rules.py --replications {args.replications} --seed {args.seed}`: "
            "SIGER-MU with each `forum.decision_rule`, `power.asymmetry_exponent` 1 (low) or 3 (high), "
            "`forum.rounds_per_meeting` 1 (short) or 20 (long), under SIGER-MU's neutral chair and under "
            "today's dominant-company chair. Each cell: mean over replications of each replication's mean "
            "over the simulated years, with its 95% t interval. Acceptability is measured against each "
            "participant's interest (docs/ODD.md 7.4); without a plan it is that of what the companies "
            "spend alone, and MSME influence is 0.", "",
            *forum_rules_table(args.cgsim, args.replications, args.seed), ""]
    print("done: forum rules", file=sys.stderr)
    doc += drivers(files, horizons)
    # the incentive schemes over the calibration's plausible parameter sets
    doc += plausible_schemes(out_dir / "plausible", binary=args.cgsim)
    print("done: schemes over the plausible sets", file=sys.stderr)
    Path(args.output).write_text("\n".join(doc) + "\n", encoding="utf-8")
    print(args.output)
    return 0
