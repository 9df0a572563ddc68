"""Lever audit: every policy lever at a strong setting against its default, in two contexts.

    /usr/bin/python3 analysis/levers.py                       # writes docs/levers.md
    /usr/bin/python3 analysis/levers.py --levers forum.msme_seats regulation.award_value -o /tmp/l.md

For each context (the baseline `pre_collaborative` and SIGER-MU) one `cgsim compare` runs the
context itself and, per lever, a scenario that `extends:` it with the lever at its strong setting
(or, where the context already has the strong setting, at its off setting), with common random
numbers, so every difference is paired by replication. The markdown gives each lever's causal
path in words and the final-year difference on each key indicator (readers/catalog.py) with its
95% interval. Where a lever changes no key indicator, the reason comes from `cgsim validate
--explain-json` (the table of lever paths in src/scenario/lever_paths.cpp, the same one that makes
`cgsim validate` warn); the script keeps no second list of conditions.

Levers are the parameters of the groups in LEVER_GROUPS, less the behavioural constants listed in
NOT_LEVERS; a lever missing from LEVERS (e.g. one added to parameters.def later) is still run, at
an automatic strong setting, and its path text is the parameter's own description.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import h5py
import numpy as np
import yaml

from ..readers import project
from ..readers.catalog import KEY_INDICATORS
from ..stats.intervals import mean_ci

CONTEXTS = {  # name -> scenario file
    "baseline": project.SCENARIOS / "pre_collaborative.yaml",
    "SIGER-MU": project.SCENARIOS / "siger_mu.yaml",
}
LEVER_GROUPS = ("regulation.", "government.", "forum.", "power.", "evaluation.", "organisation.", "coordination.")


@dataclass(frozen=True)
class Lever:
    strong: object  # the setting tested
    off: object  # the setting tested instead where the context already has the strong one
    path: str  # the causal path, in words


# The levers a planner can set, their strong and off settings and how they act (ODD section 7).
LEVERS: dict[str, Lever] = {
    "regulation.binding": Lever(True, False, (
        "A Perda sets obligations (membership, taking part in planning, reporting, adherence to an adopted plan, "
        "and a minimum MSME share if regulation.min_msme_share is set); each company chooses to comply when the "
        "norm of obeying plus the weighted expected fine beats the cost of complying; audited defiers pay the "
        "fine as public revenue.")),
    "regulation.binding_norm": Lever(3.0, 1.0, (
        "The utility of obeying a rule in force (binding Perda or mandatory reporting): more companies choose "
        "to comply, so more join, take part, report and keep the plan where a rule holds.")),
    "regulation.audit_probability": Lever(0.5, 0.0, (
        "Audits make the fine expected (audit probability x fine), which makes complying with a rule in force "
        "worth more; each audit costs the government, audited defiers pay fines (public revenue).")),
    "regulation.sanction_billion_idr": Lever(5.0, 0.0, (
        "A fine for an audited company that defies a rule in force; with audits it raises the expected fine and "
        "so compliance; fines collected are public revenue (government_cost_net).")),
    "regulation.mandatory_reporting": Lever(True, False, (
        "Reporting to the information system becomes an obligation companies choose to meet or defy; reported "
        "programmes are visible, so other companies avoid repeating them, a coordination unit can allocate "
        "their beneficiaries, and evaluation reaches reporting companies.")),
    "regulation.min_msme_share": Lever(0.5, 0.0, (
        "A clause of a binding Perda: a complying company gives at least this share of its CSR budget to MSME "
        "programmes (more MSME money); complying costs more, so fewer may comply.")),
    "regulation.compliance_cost_billion_idr": Lever(0.0, 0.5, (
        "The administrative cost to a company of meeting the obligations in force (simpler procedures lower "
        "it): a lower cost means more companies comply.")),
    "regulation.award_value": Lever(2.0, 0.0, (
        "The regent's CSR award raises the utility of membership, taking part and reporting (what a jury can "
        "see), and reporting members tilt their programmes towards cheap, countable deliveries; the award "
        "programme costs the government.")),
    "regulation.tax_incentive_rate": Lever(0.5, 0.0, (
        "Regional tax relief proportional to a member company's MSME CSR spend: it lowers the net price of MSME "
        "spend, so members give a larger share of CSR to MSMEs (price elasticity), and it is an incentive to "
        "join and take part; the relief paid is a public cost.")),
    "government.facilitation": Lever(0.8, 0.1, (
        "Facilitation capacity raises companies' utility of taking part in planning and, in deliberation, "
        "shares out the floor (facilitated speaking weight); it costs the government.")),
    "government.registry_quality": Lever(0.85, 0.1, (
        "A better CSR/MSME information system makes reporting easier, removes noise from the needs companies "
        "perceive, feeds needs evidence into deliberation and reduces selection and impact-estimate noise; "
        "it costs the government.")),
    "government.coordination_unit": Lever(True, False, (
        "A CSR coordination unit allocates the beneficiaries of reporting (or plan-adhering) companies from a "
        "needs register, avoiding duplicates; it costs the government.")),
    "government.authority": Lever(1.0, 0.15, (
        "The government's power in the forum: its speaking and voting weight when a joint plan is deliberated.")),
    "government.need_weight": Lever(0.9, 0.5, (
        "How far the government's position in the forum follows measured needs rather than RPJMD priorities.")),
    "forum.agenda": Lever("joint_planning", "report_only", (
        "joint_planning: the forum deliberates a joint plan that member companies adhere to; report_only: it "
        "only collects reports and every company plans alone.")),
    "forum.decision_rule": Lever("consensus", "unilateral", (
        "How a joint plan is adopted (weighted majority, supermajority, consensus); unilateral means no joint "
        "plan.")),
    "forum.supermajority_threshold": Lever(0.9, 0.667, (
        "The vote share that must find a draft acceptable under the supermajority rule.")),
    "forum.acceptability_tolerance": Lever(0.6, 0.35, (
        "How far a plan may be from a participant's position for it to accept the plan (drafting and votes).")),
    "forum.msme_seats": Lever(6, 0, (
        "Seats for MSME association representatives: they speak and vote in deliberation, so the plan moves "
        "towards MSME needs (voice also reduces companies' perception noise).")),
    "forum.civil_society_seats": Lever(4, 0, (
        "Seats for universities and NGOs: they deliberate and partner deliveries of the joint plan (higher "
        "delivery quality).")),
    "forum.meetings_per_year": Lever(12, 2, (
        "Forum meetings per year: more chances to deliberate and vote on a plan, more dialogue; each meeting "
        "costs the government.")),
    "forum.rounds_per_meeting": Lever(10, 3, "Deliberation rounds per meeting: more social influence per meeting."),
    "forum.chair": Lever("neutral", "dominant_company", (
        "Who chairs the meeting and drafts the plan: a neutral facilitator drafts from the room's mean position "
        "instead of the dominant company's.")),
    "forum.decision_attempts": Lever(6, 3, "Drafts put to the vote per year before companies fall back to plans of "
                                           "their own."),
    "forum.paid_attendance": Lever(True, False, (
        "MSME representatives' travel and time are paid, so they attend more meetings and are heard.")),
    "forum.transparency": Lever(True, False, (
        "Plans and results are published: reputation gains for visible companies and MSME trust rise.")),
    "forum.max_company_seats": Lever(10, 100, (
        "At most this many companies sit in the forum (the most powerful); the others plan alone.")),
    "power.asymmetry_exponent": Lever(0.5, 2.5, (
        "How steeply influence grows with budget power (companies as equal partners at low values): speaking "
        "and voting weights in deliberation.")),
    "power.msme_representative": Lever(0.3, 0.03, (
        "The power of one MSME representative (e.g. an organised association): its speaking and voting weight.")),
    "power.civil_society": Lever(0.3, 0.05, "The power of one civil-society representative in deliberation."),
    "evaluation.mode": Lever("impact", "output", (
        "impact: programmes' impact is estimated and companies that plan or report, and the government, learn "
        "towards what worked; evidence also strengthens the legitimacy of government and MSME voices.")),
    "organisation.advocacy_support": Lever(0.8, 0.0, (
        "Organising support: more MSMEs join (and fewer leave) district associations; it costs the government.")),
}

# Parameters of the lever groups that describe behaviour, not a choice a planner makes.
NOT_LEVERS = {
    "regulation.award_countable_tilt":
        "how far award-seeking companies steer towards what a jury can count (behaviour)",
    "government.rpjmd_priorities": "the regional plan's priorities (a vector, set by the RPJMD, not by CSR policy)",
    "government.visibility_weight": "how much the government values visible results (behaviour)",
    "forum.mixing_rate": "how strongly participants influence each other (behaviour)",
    "forum.bounded_confidence": "how close positions must be to influence each other (behaviour)",
    "forum.susceptibility": "how open participants are to influence (behaviour)",
    "forum.evidence_pull": "how much needs data pull deliberation (behaviour; the lever is registry_quality)",
    "forum.msme_attendance_unpaid": "attendance of unpaid representatives (behaviour; the lever is paid_attendance)",
    "forum.msme_attendance_paid": "attendance of paid representatives (behaviour; the lever is paid_attendance)",
    "power.facilitation_effect": "how facilitation shares the floor (behaviour; the lever is government.facilitation)",
    "power.legitimacy_weight": "how evidence adds to legitimacy (behaviour)",
    "power.exit_distance": "when a company ignores a plan far from its interest (behaviour)",
    "evaluation.learning_rate": "how fast positions learn from evaluation (behaviour; the lever is evaluation.mode)",
    "evaluation.impact_noise": "noise of impact estimates (behaviour; falls with registry_quality)",
    "evaluation.msme_trust_rate": "how fast MSME trust follows experience (behaviour)",
    "organisation.join_rate": "MSMEs' own propensity to organise (behaviour)",
    "organisation.leave_rate": "MSMEs' own propensity to leave associations (behaviour)",
    "organisation.advocacy_effect": "how much advocacy adds to joining (behaviour; the lever is advocacy_support)",
}


# --- the parameter table, read from the program --------------------------------------------------

@dataclass(frozen=True)
class Param:
    key: str
    default: object
    description: str
    low: float | None
    high: float | None


def parameter_table(binary: str) -> dict[str, Param]:
    text = project.run(binary, "params", "--format", "yaml")
    out: dict[str, Param] = {}
    comment = ""
    for line in text.splitlines():
        if line.startswith("#"):
            comment = line[1:].strip()
            continue
        if ":" not in line or line.startswith(" "):
            continue
        key = line.split(":", 1)[0].strip()
        value = yaml.safe_load(line.split(":", 1)[1])
        rng = re.search(r"range \[([-0-9.e+]+), ([-0-9.e+]+)\]", comment)
        desc = re.sub(r" \([^()]*schedulable:.*\)$", "", comment)
        out[key] = Param(key, value, desc, float(rng[1]) if rng else None, float(rng[2]) if rng else None)
    return out


def automatic_lever(param: Param) -> Lever:
    """A strong setting for a lever the LEVERS table does not know yet."""
    d = param.default
    text = f"(no path written in analysis/levers.py yet) {param.description}."
    if isinstance(d, bool):
        return Lever(not d, d, text)
    if isinstance(d, (int, float)) and param.high is not None:
        high = param.high
        strong = (0.8 * high if d < 0.8 * high else 0.2 * high) if high <= 1 else (max(3 * d, 1) if d >= 0 else 0)
        strong = min(strong, high)
        if isinstance(d, int):
            strong = int(round(strong))
        return Lever(strong, d, text)
    return Lever(d, d, text + " (no automatic setting: not run)")


def audited_levers(params: dict[str, Param]) -> dict[str, Lever]:
    out = {}
    for key, param in params.items():
        if not key.startswith(LEVER_GROUPS) or key in NOT_LEVERS:
            continue
        if isinstance(param.default, (dict, list)) or (isinstance(param.default, str) and key not in LEVERS):
            continue
        out[key] = LEVERS.get(key) or automatic_lever(param)
    return out


# --- running the contexts -----------------------------------------------------------------------

def context_value(binary: str, scenario: Path, key: str) -> object:
    """The value a context gives the lever (its resolved scenario)."""
    if str(scenario) not in _RESOLVED:
        _RESOLVED[str(scenario)] = _resolved(binary, scenario)
    node = _RESOLVED[str(scenario)]
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


_RESOLVED: dict[str, dict] = {}


def _resolved(binary: str, scenario: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.h5"
        project.run(binary, "run", scenario, "-o", out, "-r", "1", "--years", "1", "--set", "population.msmes=50",
                    "--force")
        with h5py.File(out, "r") as f:
            group = next(k for k in f if "indicators" in f[k])
            return yaml.safe_load(f[group].attrs["scenario_yaml"])


def _yaml_value(value: object) -> str:
    return yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()


def lever_scenario(directory: Path, context: Path, key: str, value: object) -> Path:
    name = "lever_" + key.replace(".", "_")
    section, _, leaf = key.rpartition(".")
    body = f"name: {name}\nextends: {context}\n{section}:\n  {leaf}: {_yaml_value(value)}\n"
    path = directory / f"{name}.yaml"
    path.write_text(body)
    return path


def explain(binary: str, files: list[Path]) -> dict[str, dict[str, str]]:
    """file -> {lever key: why it has no path}, from `cgsim validate --explain-json`."""
    text = project.run(binary, "validate", "--explain-json", *files)
    return {entry["file"]: {i["key"]: i["why"] for i in entry["inert"]} for entry in json.loads(text)}


@dataclass
class Effect:
    mean: float
    low: float
    high: float
    exactly_zero: bool


def run_context(binary: str, context: Path, levers: dict[str, Lever], args, tmp: Path):
    """(tested setting per lever, effects per lever and indicator, why-no-path per lever)."""
    files, settings = [], {}
    for key, lever in levers.items():
        current = context_value(binary, context, key)
        value = lever.off if current == lever.strong else lever.strong
        if value == current:
            continue
        settings[key] = (current, value)
        files.append(lever_scenario(tmp, context, key, value))
    out = tmp / f"{context.stem}.h5"
    project.run(binary, "compare", context, *files, "-o", out, "--force", "-r", args.replications, "--years",
                args.years, "--seed", args.seed, "-t", args.threads)
    why = explain(binary, files)
    effects: dict[str, dict[str, Effect]] = {}
    reasons: dict[str, str] = {}
    with h5py.File(out, "r") as f:
        base = f[context.stem]["indicators"]
        for key, path in zip(settings, files):
            group = f["lever_" + key.replace(".", "_")]["indicators"]
            effects[key] = {}
            for ind in KEY_INDICATORS:
                if ind not in base:
                    continue
                d = group[ind][()][:, -1] - base[ind][()][:, -1]
                m, lo, hi = mean_ci(d)
                effects[key][ind] = Effect(m, lo, hi, bool(np.all(d == 0)))
            if key in why.get(str(path), {}):
                reasons[key] = why[str(path)][key]
    return settings, effects, reasons


# --- the markdown -------------------------------------------------------------------------------

def _num(x: float) -> str:
    if math.isnan(x):
        return "-"
    if x == 0:
        return "0"
    return f"{x:+.3g}"


def _cell(e: Effect | None) -> str:
    if e is None:
        return "-"
    if e.exactly_zero:
        return "0 (every replication)"
    text = f"{_num(e.mean)} [{_num(e.low)}, {_num(e.high)}]"
    return f"**{text}**" if (e.low > 0 or e.high < 0) else text


def verdict(effects: dict[str, Effect], reason: str | None) -> str:
    if all(e.exactly_zero for e in effects.values()):
        if reason:
            return f"No effect: {reason}."
        return ("No effect on any key indicator in any replication, although the configuration leaves the "
                "lever a path (`cgsim validate` finds none missing): in these runs it never bound (e.g. a plan was "
                "adopted before extra attempts were needed), or it acts only on what the key indicators do not "
                "measure.")
    clear = [i for i, e in effects.items() if e.low > 0 or e.high < 0]
    if reason:
        moved = ", ".join(f"`{i}`" for i, e in effects.items() if not e.exactly_zero)
        return (f"No path for behaviour ({reason}); only {moved} differ{'s' if ',' not in moved else ''}: an "
                "indicator that reads the setting itself, not an effect on what companies or MSMEs do.")
    if not clear:
        return "Differences in some replications, none clear at 95% with these replications."
    return "Clear effect (95% interval excludes 0) on " + ", ".join(f"`{i}`" for i in clear) + "."


def write_markdown(output: Path, levers: dict[str, Lever], results: dict, args, command: str) -> None:
    lines = [
        "# Lever audit / Audit tuas kebijakan",
        "",
        "Generated by `analysis/levers.py`; do not edit by hand. Each policy lever is set to a strong value "
        "against its context's own value (where the context already has the strong value, it is switched "
        "off instead), with paired replications (common random numbers). Cells: final-year difference "
        "(lever minus context) with its 95% interval; **bold** when the interval excludes 0; "
        "\"0 (every replication)\" when the lever changed nothing at all. Why a lever has no effect comes "
        "from the lever-path table that also makes `cgsim validate` warn (src/scenario/lever_paths.cpp).",
        "",
        "## Run",
        "",
        f"- command: `{command}`",
        f"- replications: {args.replications}, years: {args.years}, seed: {args.seed}",
        "- contexts: " + ", ".join(f"{n} (`{p.relative_to(project.PROJECT)}`)" for n, p in CONTEXTS.items()),
        f"- key indicators: {', '.join(f'`{i}`' for i in KEY_INDICATORS)}",
        f"- written: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        "",
        "## Summary",
        "",
        "| lever | " + " | ".join(CONTEXTS) + " |",
        "|---|" + "---|" * len(CONTEXTS),
    ]
    for key in levers:
        cells = []
        for ctx in CONTEXTS:
            settings, effects, reasons = results[ctx]
            if key not in settings:
                cells.append("not run (setting equals the context's)")
                continue
            cur, val = settings[key]
            eff = effects[key]
            n_clear = sum(1 for e in eff.values() if e.low > 0 or e.high < 0)
            state = ("no effect" if all(e.exactly_zero for e in eff.values()) else f"{n_clear} clear")
            cells.append(f"{_yaml_value(cur)} -> {_yaml_value(val)}: {state}")
        lines.append(f"| `{key}` | " + " | ".join(cells) + " |")
    lines += ["", "## Levers", ""]
    for key, lever in levers.items():
        lines += [f"### `{key}`", "", f"Path: {lever.path}", ""]
        ran = [ctx for ctx in CONTEXTS if key in results[ctx][0]]
        for ctx in CONTEXTS:
            if ctx not in ran:
                lines.append(f"- {ctx}: not run (the strong and off settings equal the context's value).")
        if not ran:
            lines.append("")
            continue
        for ctx in ran:
            settings, effects, reasons = results[ctx]
            cur, val = settings[key]
            lines.append(f"- {ctx}: `{key}` {_yaml_value(cur)} -> {_yaml_value(val)}. "
                         + verdict(effects[key], reasons.get(key)))
        lines += ["", "| indicator | " + " | ".join(ran) + " |", "|---|" + "---|" * len(ran)]
        for ind in KEY_INDICATORS:
            if not any(ind in results[ctx][1][key] for ctx in ran):
                continue
            lines.append(f"| `{ind}` | " + " | ".join(_cell(results[ctx][1][key].get(ind)) for ctx in ran) + " |")
        lines.append("")
    lines += ["## Parameters of these groups that are not levers", "",
              "They describe behaviour, not a choice a planner makes; sweep them as assumptions.", ""]
    lines += [f"- `{k}`: {v}" for k, v in NOT_LEVERS.items()]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="levers.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("-r", "--replications", type=int, default=8)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--levers", nargs="+", help="only these lever keys")
    ap.add_argument("-o", "--output", type=Path, default=project.DOCS / "levers.md")
    args = ap.parse_args(argv)
    binary = project.find_binary()
    levers = audited_levers(parameter_table(binary))
    if args.levers:
        unknown = [k for k in args.levers if k not in levers]
        if unknown:
            print(f"levers.py: not a lever: {', '.join(unknown)} (levers: {', '.join(levers)})", file=sys.stderr)
            return 2
        levers = {k: levers[k] for k in args.levers}
    command = "analysis/levers.py " + " ".join(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        results = {ctx: run_context(binary, path, levers, args, Path(tmp)) for ctx, path in CONTEXTS.items()}
    write_markdown(args.output, levers, results, args, command.strip())
    print(f"wrote {args.output}")
    return 0
