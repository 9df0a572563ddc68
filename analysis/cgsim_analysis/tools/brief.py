"""A one- or two-page policy brief of a cgsim comparison, for a decision meeting (Bupati, Bappeda).

    /usr/bin/python3 analysis/brief.py FILE.h5 -o brief.html --lang id
    /usr/bin/python3 analysis/brief.py FILE.h5 -o brief.en.html --lang en --threshold 2

The first scenario of the file is today's situation (the baseline); every other one is an
option. The page says: the question; the options; per option the net yearly cost to the
government (fines counted as revenue), what MSMEs gain regency-wide in rupiah and in businesses
reached, company behaviour and other key measures, each as a difference from the baseline with
its relative change and a verdict against a stated threshold (stats/effects.py); which effects
are not meaningful and why; and one sentence per option on why it works or does not, from the
lever audit's causal paths (words/brief_text.py). Print it from the browser for PDF (A4).

The brief reads the indicators the file has: with `government_cost_net` (or `fines_collected`)
fines are subtracted from the cost, with `msme_csr_total` the CSR money is the MSME budget
companies committed, with `companies_members` the number of member companies is shown; older
files fall back to `government_cost`, `csr_spend` and the shares. Reasons why a lever has no path
come from `cgsim validate --explain-json` (readers/project.py finds it) when it is available.
Exit code 2 (with a message naming the file) when the input is missing or not a cgsim file.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from ..render.html import BRIEF_CSS, bullets, esc, page, paragraph, section
from ..stats import effects
from ..studies.decisions import (MSME_OUTCOMES, Data, cost_net, evaluate, fines_counted, label, measures, read,
                                 relative_text, why_sentence)
from ..words import brief_text
from ..words.i18n import LANGUAGES, Translator
from ..words.numbers import plain_number
from .write_file import write_file


def _cell(effect: effects.Effect, tr) -> str:
    marker = effects.MARKERS[effect.verdict]
    if effect.verdict == "zero":
        return f'<span class="zero">{marker} 0</span>'
    interval = brief_text.TEXT[tr.lang]["interval"].format(low=tr.number(effect.low),
                                                           high=tr.number(effect.high))
    return (f'<span class="{effect.verdict}" title="{esc(interval)}">{marker} '
            f"{esc(tr.number(effect.diff, signed=True))}</span><br>"
            f'<span class="unit">({esc(relative_text(effect, tr))})</span>')


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
        name, unit = label(measure, data, tr)
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


def meaning_section(data: Data, found: dict, tr, threshold: float) -> str:
    """The threshold, then per option: its meaningful effects by name, and the others by
    reason (exactly zero = no path; too small; not certain)."""
    t = brief_text.TEXT[tr.lang]
    baseline = tr.scenario(data.baseline)
    pct = plain_number(threshold, tr.lang)
    rule = t["threshold"].format(pct=pct, baseline=baseline, abs=plain_number(effects.ABS_THRESHOLD, tr.lang))
    parts = [paragraph(rule), "<ul>"]
    shown = [m for m in measures(data) if m.group != "cost"]
    for option in data.options:
        groups: dict[str, list[str]] = {}
        for measure in shown:
            effect = found[(option, measure.key)]
            name = label(measure, data, tr)[0]
            if effect.meaningful:
                change = (relative_text(effect, tr) if np.isfinite(effect.relative)
                          else tr.number(effect.diff, signed=True))
                groups.setdefault("meaningful", []).append(
                    f"{name} {effects.MARKERS[effect.verdict]} {change}")
            else:
                groups.setdefault(effect.verdict, []).append(name)
        outcomes = {label(m, data, tr)[0] for m in shown if m.key in MSME_OUTCOMES}
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
        section(t["h_question"], paragraph(question), "question"),
        section(t["h_options"], f"<ul>{options}</ul>", "options"),
        section(t["h_results"], results_table(data, found, tr), "results"),
        section(t["h_meaning"], meaning_section(data, found, tr, threshold), "meaning"),
        section(t["h_why"], bullets(why_sentence(data, o, found, tr, column) for o in data.options), "why"),
        section(t["h_method"], bullets(method, "note"), "method"),
    ]
    return page(lang, t["title"], BRIEF_CSS, paragraph(t["subtitle"], "subtitle"), "".join(sections),
                paragraph(t["generated"], "note"))


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
    return write_file("brief.py", output, args.file, args.force,
                      lambda: build_brief(args.file, args.lang, args.threshold))
