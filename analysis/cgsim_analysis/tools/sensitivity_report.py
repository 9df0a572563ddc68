"""The bilingual HTML report on an experiment file: sensitivity, contrasts, discovery, rankings.

    /usr/bin/python3 analysis/sensitivity_report.py EXP.h5 -o REPORT.html [--lang en|id] [--sets PLAUSIBLE.csv]

On a file of `cgsim experiment run`: the assumptions varied, what drives the results (Sobol or
Morris indices), chance against assumptions, the contrasts between policies, scenario discovery
and which policy comes first (weighted by the ABC weights when --sets gives the plausible sets of
a calibration). report.py writes the same for an experiment file.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from ..readers.catalog import KEY_INDICATORS, direction, parameter_meanings
from ..readers.csv_table import CsvError, read_table
from ..readers.experiment_file import ExperimentFileError, read_experiment
from ..readers.output_paths import UnsafeOutput, check_output
from ..render.figures import use_house_style
from ..render.html import REPORT_CSS, bullets, esc, figure_html, page, paragraph, section, table_html
from ..render.study_figures import contrasts_heatmap, indices_figure
from ..studies.discovery import Question, discover, statement
from ..studies.ranking import ranking
from ..studies.sensitivity import NOISY_SHARE, analyse
from ..words.i18n import LANGUAGES
from ..words.study_text import Words


def _key_outcomes(exp, limit: int = 6) -> list[str]:
    keys = [k for k in KEY_INDICATORS if k in exp.outcomes and direction(k) != 0]
    others = [k for k in sorted(exp.outcomes) if k not in keys and direction(k) != 0]
    return (keys + others)[:limit]


def _sensitivity_section(exp, w, outcomes, targets, indices, variance) -> str:
    parts = [paragraph(w("gsa_how" if exp.design_type == "sobol" else "gsa_morris_how"))]
    labels = {o: w.indicator(o) for o in outcomes} | {"S1": w("S1"), "ST": w("ST")}
    parts.append(figure_html(indices_figure(indices, exp.design_type, labels), w("fig_indices")))
    items = []
    value = "ST" if exp.design_type == "sobol" else "mu_star"
    for (outcome, target), g in indices.groupby(["outcome", "target"], sort=False):
        if not np.isfinite(g[value]).any():
            continue
        top = g.loc[g[value].idxmax()]
        v = variance[(variance.outcome == outcome) & (variance.target == target)].iloc[0]
        names = dict(outcome=w.indicator(outcome), target=w.target(target, exp.policies), parameter=top.parameter)
        if exp.design_type == "sobol":
            # S1 <= ST in truth; estimates can cross by their error, so the alone-share is capped at ST.
            items.append(w("gsa_top", **names, share=w.percent(min(max(top.S1, 0), top.ST)), total=w.percent(top.ST)))
        else:
            items.append(w("gsa_top_morris", **names, value=w.number(top.mu_star)))
        if v.parameter_share < NOISY_SHARE:
            items.append(w("noisy", outcome=names["outcome"], target=names["target"], share=w.percent(NOISY_SHARE)))
    parts.append(bullets(items))
    return "".join(parts)


def _seed_section(exp, w, variance) -> str:
    items = [w("gsa_seed", seed=w.percent(v.seed_share), params=w.percent(v.parameter_share),
               outcome=w.indicator(v.outcome), target=w.target(v.target, exp.policies))
             for v in variance.itertuples() if np.isfinite(v.seed_share)]
    return bullets(items)


def _contrast_section(exp, w, outcomes, indices) -> str:
    parts = [paragraph(w("contrast_intro"))]
    contrasts = exp.contrasts()
    if not indices.empty:
        sub = indices[indices.target.isin(contrasts)]
        if not sub.empty:
            labels = {o: w.indicator(o) for o in outcomes}
            parts.append(figure_html(contrasts_heatmap(sub, exp.design_type, labels), w("fig_contrasts")))
    items = []
    for target in contrasts:
        a, b = exp.resolve_target(target)
        for outcome in outcomes:
            diff = np.nanmean(exp.values(outcome, target), axis=1)
            ahead = np.mean(direction(outcome) * diff > 0)
            items.append(w("contrast_sign", a=a, b=b, outcome=w.indicator(outcome), share=w.percent(ahead),
                           mean=w.number(np.nanmean(diff))))
    parts.append(bullets(items))
    return "".join(parts)


def _prim_section(exp, w, outcomes) -> str:
    items = []
    for target in exp.contrasts():
        for outcome in outcomes[:3]:
            q = Question(outcome, target, ">" if direction(outcome) > 0 else "<", 0.0)
            yes, box, _ = discover(exp, q)
            items.append(statement(q, box, yes, exp, w.lang))
            diff = np.nanmean(exp.values(outcome, target), axis=1)
            if yes.all() and np.ptp(diff) > 1e-12 * max(1.0, abs(diff).max()):
                # Better everywhere: where is the gain largest (above its median)?
                median = float(np.median(diff))
                q = Question(outcome, target, q.op, median)
                yes, box, _ = discover(exp, q)
                items.append(statement(q, box, yes, exp, w.lang))
    if not items:
        return ""
    return paragraph(w("prim_intro")) + bullets(items)


def _ranking_section(exp, w, outcomes, sets: Path | None) -> str:
    weights = None
    if sets is not None:
        table = read_table(sets)
        if "abc_weight" in table.columns and len(table) == len(exp.done):
            column = table.numbers("abc_weight")
            weights = column[exp.done] if np.nansum(column) > 0 else None
    table = ranking(exp, outcomes)
    if table.empty:
        return ""
    weighted = ranking(exp, outcomes, weights) if weights is not None else None
    intro = w("rank_intro" if sets is not None else "rank_intro_points", sets=int(exp.done.sum()))
    header = [w("col_policy")] + [w.indicator(o) for o in table.indicator.unique()]
    rows = []
    for policy in exp.policies:
        cells = []
        for outcome in table.indicator.unique():
            pick = (table.indicator == outcome) & (table.policy == policy)
            text = w.percent(table[pick].share_first.iloc[0])
            if weighted is not None:
                text += f" ({w.percent(weighted[pick].share_first.iloc[0])})"
            cells.append(text)
        rows.append([esc(policy)] + cells)
    note = paragraph(f"( ) = {w('col_weighted')}", "muted") if weighted is not None else ""
    return paragraph(intro) + table_html(header, rows) + note


def _assumptions_section(exp, w) -> str:
    meanings = parameter_meanings()
    rows = [[esc(p), f"{w.number(lo)} – {w.number(hi)} {esc(unit if unit != '-' else '')}".strip(),
             esc(meanings.get(p, ""))]
            for p, lo, hi, unit in zip(exp.parameters, exp.low, exp.high, exp.units)]
    return paragraph(w("assumptions_intro")) + table_html([w("col_parameter"), w("col_range"), w("col_meaning")], rows)


def build_report(path, lang: str = "en", sets: Path | None = None, resamples: int = 500) -> str:
    use_house_style()
    w = Words(lang)
    exp = read_experiment(path)
    outcomes = _key_outcomes(exp)
    targets = exp.contrasts() or exp.policies
    indices, variance = analyse(exp, outcomes, targets, resamples=resamples)
    points = int(exp.done.sum())
    drivers = (_sensitivity_section(exp, w, outcomes, targets, indices, variance) if not indices.empty
               else paragraph(w("gsa_none", design=exp.design_type)))
    sections = [(w("assumptions_title"), _assumptions_section(exp, w)),
                (w("gsa_title"), paragraph(w("gsa_intro", k=len(exp.parameters), points=points,
                                             reps=exp.replications)) + drivers),
                (w("seed_title"), _seed_section(exp, w, variance))]
    if exp.contrasts():
        sections.append((w("contrast_title"), _contrast_section(exp, w, outcomes, indices)))
        sections.append((w("prim_title"), _prim_section(exp, w, outcomes)))
        sections.append((w("rank_title" if sets is not None else "rank_title_points"),
                         _ranking_section(exp, w, outcomes, sets)))
    sections.append((w("h_about"), paragraph(w("about_line", name=exp.name, design=exp.design_type, points=points,
                                               reps=exp.replications, seed=exp.seed,
                                               policies=", ".join(exp.policies)))))
    body = "".join(section(heading, html) for heading, html in sections if html)
    return page(lang, w("report_title", name=exp.name), REPORT_CSS, body)


def main(argv: list[str] | None = None) -> int:
    """`sensitivity_report.py EXP.h5 -o REPORT.html [--lang en|id] [--sets PLAUSIBLE.csv]`
    (also what `report.py EXP.h5` runs for an experiment file)."""
    ap = argparse.ArgumentParser(prog="sensitivity_report.py",
                                 description="A bilingual HTML report on an experiment file: sensitivity, "
                                             "contrasts, scenario discovery and rankings.")
    ap.add_argument("file", type=Path, help="an experiment file (cgsim experiment run)")
    ap.add_argument("-o", "--output", type=Path, help="HTML file to write (default: EXP.html)")
    ap.add_argument("--lang", choices=LANGUAGES, default="en")
    ap.add_argument("--sets", type=Path, help="the plausible sets (calibrate.py) the experiment ran: ABC weights")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args(argv)
    output = args.output or args.file.with_suffix(".html")
    try:
        check_output(output, [args.file], args.force)
        text = build_report(args.file, args.lang, args.sets)
        output.write_text(text, encoding="utf-8")
    except (ExperimentFileError, CsvError, UnsafeOutput, OSError) as e:
        print(f"sensitivity_report.py: error: {e}", file=sys.stderr)
        return 2
    print(output)
    return 0
