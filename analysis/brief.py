"""A one- or two-page policy brief of a cgsim comparison, for a decision meeting (Bupati, Bappeda).

    /usr/bin/python3 analysis/brief.py FILE.h5 -o brief.html --lang id
    /usr/bin/python3 analysis/brief.py FILE.h5 -o brief.en.html --lang en --threshold 2

The first scenario of the file is today's situation (the baseline); every other one is an
option. The page says: the question; the options; per option the net yearly cost to the
government (fines counted as revenue), what MSMEs gain regency-wide in rupiah and in businesses
reached, company behaviour and other key measures, each as a difference from the baseline with
its relative change and a verdict against a stated threshold (analysis/effects.py); which effects
are not meaningful and why; and one sentence per option on why it works or does not, from the
lever audit's causal paths (analysis/brief_text.py). Print it from the browser for PDF (A4).

The brief reads the indicators the file has: with `government_cost_net` (or `fines_collected`)
fines are subtracted from the cost, with `msme_csr_total` the CSR money is the MSME budget
companies committed, with `companies_members` the number of member companies is shown; older
files fall back to `government_cost`, `csr_spend` and the shares. Reasons why a lever has no path
come from `cgsim validate --explain-json` ($CGSIM_BIN or build/cgsim) when it is available.
Exit code 2 (with a message naming the file) when the input is missing or not a cgsim file.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):  # run as a script: make `analysis` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import yaml  # noqa: E402

from analysis import brief_text, catalog, effects, load, money, safe_output  # noqa: E402
from analysis.i18n import LANGUAGES, Translator  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
EXIT_BAD_FILE = 2

CSS = """
@page { size: A4; margin: 13mm 12mm; }
body { font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: #1f2328;
       font-size: 10pt; line-height: 1.35; max-width: 186mm; margin: 0 auto; padding: 4mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; border-bottom: 2.5px solid #0072B2; padding-bottom: 1mm; }
.subtitle { color: #57606a; margin: 0 0 3mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; color: #0b3d66; }
p { margin: 1mm 0; }
ul { margin: 1mm 0; padding-left: 5mm; }
li { margin: .6mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8.6pt;
        page-break-inside: avoid; }
th, td { border: 1px solid #d0d7de; padding: 1mm 1.3mm; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f1f4f8; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th.measure { width: 27%; }
.unit { color: #57606a; font-size: .9em; }
.better { color: #116329; font-weight: 600; }
.worse { color: #a40e26; font-weight: 600; }
.changed { color: #0550ae; font-weight: 600; }
.small, .uncertain, .zero { color: #57606a; }
tr.group td { background: #fafbfc; font-weight: 600; }
.note { color: #57606a; font-size: 8.6pt; }
section { page-break-inside: avoid; }
@media print {
  body { font-size: 8.8pt; padding: 0; max-width: none; }
  h1 { font-size: 13pt; } h2 { font-size: 10pt; margin: 2.5mm 0 1mm; }
  table { font-size: 7.6pt; } th, td { padding: .5mm 1mm; }
  .note { font-size: 7.4pt; }
}
"""


# --- the file -------------------------------------------------------------------------------

@dataclass
class Data:
    results: load.CgsimResults
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
            parsed = yaml.safe_load(text) if text else {}
        except yaml.YAMLError:
            return {}
        return parsed if isinstance(parsed, dict) else {}


def read(path) -> Data:
    results = load.load(path)
    if results.indicators.empty:
        raise load.CgsimFileError(f"{path}: no scenario has a finished replication; "
                                  "nothing to brief")
    present = set(results.indicators["scenario"])
    scenarios = [s for s in results.scenarios if s in present]
    scenarios = catalog.main_scenarios(scenarios)
    if len(scenarios) < 2:
        raise load.CgsimFileError(f"{path}: a brief compares options with a baseline, but the "
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
    binary = Path(os.environ.get("CGSIM_BIN", REPO / "build" / "cgsim"))
    text = data.info(option, "scenario_yaml", "")
    if not text or not binary.is_file():
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{option}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            result = subprocess.run([str(binary), "validate", "--explain-json", str(path)],
                                    capture_output=True, text=True, timeout=60)
            entries = json.loads(result.stdout) if result.returncode == 0 else []
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
        moved = [f"{_label(m, data, tr)[0]} {_relative(found[(option, m.key)], tr)}"
                 for m in measures(data)
                 if m.group == "companies" and found[(option, m.key)].meaningful]
        if moved:
            sentence += " " + t["why_companies"].format(items=", ".join(moved))
    return sentence


MAX_LEVERS = 6  # levers named in an option's sentence

# What reaches MSMEs: when all of these are exactly unchanged, nothing reached them.
MSME_OUTCOMES = ("row_revenue_total", "row_reached", "row_csr_total", "capability_mean",
                 "need_match", "duplication_rate")


# --- HTML ------------------------------------------------------------------------------------

def esc(text) -> str:
    return html.escape(str(text), quote=True)


def _label(measure: Measure, data: Data, tr) -> tuple[str, str]:
    t = brief_text.TEXT[tr.lang]
    name = t[measure.key] if measure.key in t else tr.indicator(measure.key)
    unit = t[measure.unit] if measure.unit else tr.unit(
        measure.key, fallback=data.results.units.get(measure.key, {}).get("units", ""))
    return name, unit


def _relative(effect: effects.Effect, tr) -> str:
    if not np.isfinite(effect.relative):
        return brief_text.TEXT[tr.lang]["relative_na"]
    return tr.number(100 * effect.relative, signed=True) + "%"


def _cell(effect: effects.Effect, tr) -> str:
    marker = effects.MARKERS[effect.verdict]
    if effect.verdict == "zero":
        return f'<span class="zero">{marker} 0</span>'
    interval = brief_text.TEXT[tr.lang]["interval"].format(low=tr.number(effect.low),
                                                           high=tr.number(effect.high))
    return (f'<span class="{effect.verdict}" title="{esc(interval)}">{marker} '
            f"{esc(tr.number(effect.diff, signed=True))}</span><br>"
            f'<span class="unit">({esc(_relative(effect, tr))})</span>')


def results_table(data: Data, found: dict, tr) -> str:
    t = brief_text.TEXT[tr.lang]
    baseline = tr.scenario(data.baseline)
    head = [f'<th class="measure">{esc(t["col_measure"])}</th>',
            f"<th>{esc(t['col_today'].format(baseline=baseline))}</th>"]
    head += [f"<th>{esc(tr.scenario(o))}</th>" for o in data.options]
    rows = []
    # the cost row first: each option's own net cost, then the extra against the baseline
    cost = [cost_net(data, s) for s in data.scenarios]
    unit = esc(t["unit_bn_year"])
    rows.append(f'<tr><td>{esc(t["row_cost"])}<br><span class="unit">{unit}</span></td>'
                + "".join(f'<td class="num">{esc(tr.number(c.mean()))}</td>' for c in cost)
                + "</tr>")
    for measure in measures(data):
        name, unit = _label(measure, data, tr)
        base = measure.values(data, data.baseline)
        shown = "—" if measure.group == "cost" else tr.number(base.mean())  # extra over itself
        cells = [f'<td>{esc(name)}<br><span class="unit">{esc(unit)}</span></td>',
                 f'<td class="num">{esc(shown)}</td>']
        cells += [f'<td class="num">{_cell(found[(o, measure.key)], tr)}</td>'
                  for o in data.options]
        rows.append(f'<tr data-group="{measure.group}">' + "".join(cells) + "</tr>")
    return (f'<table class="results"><thead><tr>{"".join(head)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>'
            f'<p class="note">{esc(t["marker_legend"].format(baseline=baseline))}</p>')


def _plain(x: float, tr) -> str:
    """A setting as written (1, 2.5), with the language's decimal comma."""
    text = f"{x:g}"
    return text.replace(".", ",") if tr.lang == "id" else text


def meaning_section(data: Data, found: dict, tr, threshold: float) -> str:
    """The threshold, then per option: its meaningful effects by name, and the others by
    reason (exactly zero = no path; too small; not certain)."""
    t = brief_text.TEXT[tr.lang]
    baseline = tr.scenario(data.baseline)
    pct = _plain(threshold, tr)
    rule = t["threshold"].format(pct=pct, baseline=baseline, abs=_plain(effects.ABS_THRESHOLD, tr))
    parts = [f"<p>{esc(rule)}</p>", "<ul>"]
    shown = [m for m in measures(data) if m.group != "cost"]
    for option in data.options:
        groups: dict[str, list[str]] = {}
        for measure in shown:
            effect = found[(option, measure.key)]
            name = _label(measure, data, tr)[0]
            if effect.meaningful:
                change = (_relative(effect, tr) if np.isfinite(effect.relative)
                          else tr.number(effect.diff, signed=True))
                groups.setdefault("meaningful", []).append(
                    f"{name} {effects.MARKERS[effect.verdict]} {change}")
            else:
                groups.setdefault(effect.verdict, []).append(name)
        outcomes = {_label(m, data, tr)[0] for m in shown if m.key in MSME_OUTCOMES}
        zero = groups.get("zero", [])
        if outcomes and outcomes <= set(zero):  # every MSME outcome: say it in three words
            zero = [t["all_msme_measures"]] + [z for z in zero if z not in outcomes]
        sentences = [t["meaningful"].format(items=", ".join(groups["meaningful"]))
                     if "meaningful" in groups else t["meaningful_none"]]
        if zero:
            sentences.append(t["exactly_zero"].format(items=", ".join(zero)))
        if "small" in groups:
            sentences.append(t["too_small"].format(pct=pct, items=", ".join(groups["small"])))
        if "uncertain" in groups:
            sentences.append(t["uncertain"].format(items=", ".join(groups["uncertain"])))
        parts.append(f"<li><b>{esc(tr.scenario(option))}.</b> {esc(' '.join(sentences))}</li>")
    parts.append("</ul>")
    return "".join(parts)


def build_brief(path, lang: str = "id", threshold: float = effects.THRESHOLD_PCT) -> str:
    data = read(path)
    tr = Translator(lang)
    t = brief_text.TEXT[lang]
    column = LANGUAGES.index(lang)
    found = evaluate(data, threshold)
    baseline = tr.scenario(data.baseline)
    options = "".join(
        f"<li><b>{esc(tr.scenario(s))}</b>"
        + (f": {esc(d)}" if (d := tr.scenario_description(s, str(data.info(s, 'description'))))
           else "") + "</li>" for s in data.scenarios)
    why = "".join(f"<li>{esc(why_sentence(data, o, found, tr, column))}</li>"
                  for o in data.options)
    question = (t["question_one"].format(option=tr.scenario(data.options[0]), baseline=baseline)
                if len(data.options) == 1 else
                t["question"].format(n=len(data.options), baseline=baseline))
    fines = t["cost_fines"] if fines_counted(data) else t["cost_no_fines"]
    method = [t["cost_def"].format(fines=fines, years=data.years(), baseline=baseline),
              t["revenue_def"].format(year=data.final_year()), t["reached_def"],
              t["csr_def_total"] if data.has("msme_csr_total") else t["csr_def_spend"],
              t["method"].format(reps=data.replications(), baseline=baseline,
                                 seed=data.info(data.baseline, "seed", "?")),
              t["source"].format(file=data.results.path.name,
                                 version=data.results.attrs.get("cgsim_version", "?"))]
    sections = [
        ("question", t["h_question"], f"<p>{esc(question)}</p>"),
        ("options", t["h_options"], f"<ul>{options}</ul>"),
        ("results", t["h_results"], results_table(data, found, tr)),
        ("meaning", t["h_meaning"], meaning_section(data, found, tr, threshold)),
        ("why", t["h_why"], f"<ul>{why}</ul>"),
        ("method", t["h_method"],
         '<ul class="note">' + "".join(f"<li>{esc(m)}</li>" for m in method) + "</ul>"),
    ]
    body = "".join(f'<section id="{a}"><h2>{esc(h)}</h2>{b}</section>' for a, h, b in sections)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(t['title'])}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f"<h1>{esc(t['title'])}</h1>\n<p class=\"subtitle\">{esc(t['subtitle'])}</p>\n"
            f"{body}\n<p class=\"note\">{esc(t['generated'])}</p>\n</body>\n</html>\n")

EPILOG_ID = """Bahasa Indonesia: menulis ringkasan kebijakan satu sampai dua halaman A4 (HTML; cetak dari
peramban untuk PDF) dari berkas `cgsim compare`: skenario pertama adalah kondisi saat ini, yang
lain adalah opsi. --lang id (bawaan) untuk bahasa Indonesia, --threshold untuk ambang efek yang
berarti (persen dari nilai skenario dasar). Contoh:
  /usr/bin/python3 analysis/brief.py out/insentif.h5 -o out/ringkasan.html --lang id"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="brief.py",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG_ID,
        description="Write a one- or two-page policy brief (HTML, print to PDF on A4) of a cgsim "
                    "comparison: the first scenario is today, the others are the options.")
    parser.add_argument("file", help="cgsim output file of `cgsim compare` (OUT.h5)")
    parser.add_argument("-o", "--output", help="HTML file to write (default: OUT.brief.html)")
    parser.add_argument("--lang", choices=LANGUAGES, default="id",
                        help="language (id Bahasa Indonesia, the default; en English)")
    parser.add_argument("--threshold", type=float, default=effects.THRESHOLD_PCT,
                        help="smallest relative change, in percent of the baseline's value, that "
                             "counts as meaningful (default %(default)s)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite an existing HDF5 file given as output (never the input)")
    args = parser.parse_args(argv)
    output = Path(args.output) if args.output else Path(args.file).with_suffix(".brief.html")
    if not args.threshold >= 0:
        parser.error("--threshold must be a number >= 0")
    try:
        safe_output.check_output(output, [args.file], args.force)
    except safe_output.UnsafeOutput as err:
        print(f"brief.py: error: {err}", file=sys.stderr)
        return EXIT_BAD_FILE
    try:
        with load.warnings_to_stderr("brief.py"):
            page = build_brief(args.file, args.lang, args.threshold)
    except load.CgsimFileError as err:
        print(f"brief.py: error: {err}", file=sys.stderr)
        return EXIT_BAD_FILE
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as err:
        print(f"brief.py: error: cannot write {output}: {err}", file=sys.stderr)
        return 1
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
