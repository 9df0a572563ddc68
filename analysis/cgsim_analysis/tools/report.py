"""Write a self-contained HTML report of a cgsim output file for regional planners.

    /usr/bin/python3 analysis/report.py OUT.h5 -o REPORT.html [--lang en|id]

The page has no external resources: figures are embedded as base64 PNG and the CSS is inline.
Exit code 2 (with a message naming the file) when the input is missing or not a cgsim file.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from ..readers import catalog, run_file
from ..readers.experiment_file import is_experiment_file
from ..render import figures
from ..render.html import REPORT_CSS, bullets, details, esc, figure_html, page, paragraph, section, table_html
from ..stats import effects, intervals, money
from ..studies import decisions
from ..words.i18n import LANGUAGES, Translator
from . import sensitivity_report
from .write_file import write_file


# --- what the report is about --------------------------------------------------------------

@dataclass
class Context:
    results: run_file.CgsimResults
    tr: Translator
    comparison: pd.DataFrame  # tidy, as run_file.comparison_frame
    comparison_from_file: bool

    @cached_property
    def scenarios(self) -> list[str]:
        """Scenarios with at least one finished replication, in file order."""
        present = set(self.results.indicators["scenario"])
        return [s for s in self.results.scenarios if s in present]

    @property
    def baseline(self) -> str:
        return self.scenarios[0]

    @cached_property
    def main(self) -> list[str]:
        """The baseline and every scenario that is not a pillar ablation."""
        return catalog.main_scenarios(self.scenarios)

    @cached_property
    def ablations(self) -> list[str]:
        return [s for s in self.scenarios[1:] if catalog.parse_ablation(s) is not None]

    def present(self, indicators) -> list[str]:
        available = set(self.results.indicators["indicator"])
        return [name for name in indicators if name in available]

    @cached_property
    def data(self) -> decisions.Data:
        """The baseline and the options that are not pillar ablations, as the brief sees them."""
        return decisions.Data(self.results, self.main)

    def final_year(self) -> str:
        return self.data.final_year()

    def replications(self) -> str:
        return self.data.replications()

    def units(self, name: str) -> str:
        return self.results.units.get(name, {}).get("units", "")

    def title(self, scenario: str) -> str:
        return self.tr.scenario(scenario)

    @cached_property
    def exactly_zero(self) -> set[tuple[str, str]]:
        """(scenario, indicator) pairs whose final-year difference from the baseline is exactly
        0 in every paired replication: the policy has no path to that indicator."""
        final = intervals.final_year(self.results.indicators)
        wide = final.pivot_table(index=["indicator", "replication"], columns="scenario",
                                 values="value", aggfunc="first")
        out = set()
        if self.baseline not in wide.columns:
            return out
        for scenario in self.scenarios[1:]:
            if scenario not in wide.columns:
                continue
            both = wide[[self.baseline, scenario]].dropna()
            same = (both[scenario] == both[self.baseline]).groupby(level="indicator").all()
            out |= {(scenario, name) for name, flag in same.items() if flag}
        return out

    @cached_property
    def schedules(self) -> dict[str, list[int]]:
        """Per scenario: the years in which its schedule changes a setting."""
        out = {}
        for scenario in self.results.info.get("scenario", []):
            changes = self.data.scenario_yaml(scenario).get("schedule")
            years = sorted({int(c["year"]) for c in changes or []
                            if isinstance(c, dict) and isinstance(c.get("year"), int)})
            if years:
                out[scenario] = years
        return out

    def verdict(self, scenario: str, indicator: str, row) -> str:
        """effects.py's verdict of one comparison row (better, worse, changed, small,
        uncertain, zero)."""
        if row is None:
            return "uncertain"
        if (scenario, indicator) in self.exactly_zero and indicator not in effects.DISCRETE:
            return "zero"  # a discrete indicator can stay equal although the policy acts
        base = _row(self.comparison, self.baseline, indicator)
        base_mean = float(base["mean"]) if base is not None else float("nan")
        return effects.verdict_from_row(row, base_mean, catalog.direction(indicator), False)

    def relative(self, indicator: str, row) -> str:
        base = _row(self.comparison, self.baseline, indicator)
        rel = effects.relative_change(float(row["diff_mean"]),
                                      float(base["mean"]) if base is not None else float("nan"))
        return self.tr.number(100 * rel, signed=True) + "%" if np.isfinite(rel) else "—"


def make_context(path, lang: str) -> Context:
    """Load the file; use its /comparison group, or compute the comparison when it has none."""
    results = run_file.load(path)
    if results.indicators.empty:
        raise run_file.CgsimFileError(f"{path}: no scenario has a finished replication; nothing to report")
    present = set(results.indicators["scenario"])
    scenarios = [s for s in results.scenarios if s in present]
    if results.comparison is not None and len(results.comparison):
        comparison, from_file = results.comparison, True
    else:
        comparison, from_file = intervals.paired_comparison(results.indicators, scenarios), False
    return Context(results, Translator(lang), intervals.without_intervals_below_two(
        comparison, results.indicators), from_file)


def _row(frame: pd.DataFrame, scenario: str, indicator: str):
    match = frame[(frame["scenario"] == scenario) & (frame["indicator"] == indicator)]
    return None if match.empty else match.iloc[0]


def _ordered_indicators(ctx: Context, key_only: bool) -> list[str]:
    """The key indicators and company behaviour (members, active, reporting); with
    key_only=False every other indicator of the table after them."""
    in_table = ctx.comparison["indicator"].drop_duplicates().tolist()
    key = [n for n in catalog.KEY_INDICATORS + catalog.COMPANY_BEHAVIOUR if n in in_table]
    return key if key_only else key + [n for n in in_table if n not in key]


MARKERS = effects.MARKERS


# --- sections ------------------------------------------------------------------------------

def section_summary(ctx: Context) -> str:
    tr, parts = ctx.tr, []
    if not ctx.results.complete:
        parts.append(paragraph(tr("incomplete_note", reps=_replication_counts(ctx)), "note"))
    if len(ctx.scenarios) == 1:
        years = ctx.final_year()
        parts.append(paragraph(tr("single_scenario", scenario=ctx.title(ctx.baseline),
                                  years=years)))
        parts.append(paragraph(tr("final_values", year=years)))
        items = []
        for name in _ordered_indicators(ctx, key_only=True):
            row = _row(ctx.comparison, ctx.baseline, name)
            items.append(f"<li>{esc(tr.indicator(name))}: {esc(_mean_ci(row, tr))}</li>")
        parts.append(f'<ul class="summary">{"".join(items)}</ul>')
        return "".join(parts)
    parts.append(paragraph(tr("summary_intro", n=len(ctx.scenarios) - 1,
                              baseline=ctx.title(ctx.baseline), reps=ctx.replications(),
                              year=ctx.final_year())))
    reasons = _reasons(ctx)
    for scenario in ctx.main[1:]:
        heading = tr("summary_vs", scenario=ctx.title(scenario), baseline=ctx.title(ctx.baseline))
        parts.append(f"<h3>{esc(heading)}</h3>")
        parts.append(_scenario_summary(ctx, scenario))
        if scenario in reasons:
            parts.append(f'<p><b>{esc(tr("why_label"))}</b> {esc(reasons[scenario])}</p>')
    parts.append(paragraph(tr("how_sure", pct=f"{effects.THRESHOLD_PCT:g}",
                              abs=tr.number(effects.ABS_THRESHOLD))))
    if ctx.comparison_from_file:
        parts.append(paragraph(tr("source_file"), "muted"))
    else:
        parts.append(paragraph(tr("source_computed"), "muted"))
    if ctx.ablations:
        parts.append(paragraph(tr("ablation_note", n=len(ctx.ablations),
                                  section=tr("h_pillars")), "muted"))
    return "".join(parts)


def _replication_counts(ctx: Context) -> str:
    counts = ctx.results.indicators.groupby("scenario", sort=False)["replication"].nunique()
    return ", ".join(f"{name}: {counts.get(name, 0)}" for name in ctx.results.scenarios)


def _reasons(ctx: Context) -> dict[str, str]:
    """Per option, the brief's sentence on why it works or does not (its levers' causal paths)."""
    if len(ctx.main) < 2:
        return {}
    found = decisions.evaluate(ctx.data, effects.THRESHOLD_PCT)
    column = 0 if ctx.tr.lang == "en" else 1
    return {s: decisions.why_sentence(ctx.data, s, found, ctx.tr, column) for s in ctx.data.options}


SUMMARY_GROUPS = {"better": "clearly_better", "worse": "clearly_worse",
                  "changed": "clearly_changed", "small": "small_effect", "uncertain": "not_clear",
                  "zero": "zero_effect"}


def _scenario_summary(ctx: Context, scenario: str) -> str:
    """The scenario's key indicators by verdict, and the one net cost figure."""
    tr = ctx.tr
    groups: dict[str, list[str]] = {verdict: [] for verdict in SUMMARY_GROUPS}
    for name in _ordered_indicators(ctx, key_only=True):
        if name in catalog.COST_INDICATORS:
            continue  # money: the cost sentence below
        row = _row(ctx.comparison, scenario, name)
        verdict = ctx.verdict(scenario, name, row)
        if verdict in ("uncertain", "zero"):
            groups[verdict].append(tr.indicator(name))
        else:
            groups[verdict].append(
                f"{MARKERS[verdict]} {tr.indicator(name)} "
                f"{tr.number(row['diff_mean'], signed=True)} ({ctx.relative(name, row)}; "
                f"{_interval(tr, row['diff_ci_low'], row['diff_ci_high'])})")
    items = []
    for verdict, names in groups.items():
        if not names:
            continue
        text = tr(SUMMARY_GROUPS[verdict], pct=f"{effects.THRESHOLD_PCT:g}") \
            if verdict == "small" else tr(SUMMARY_GROUPS[verdict])
        label = f'<span class="{verdict}">{esc(text)}</span>'
        if verdict in ("uncertain", "zero"):
            items.append(f"<li>{label}: {esc('; '.join(names))}.</li>")
        else:
            inner = "".join(f"<li>{esc(n)}</li>" for n in names)
            items.append(f'<li>{label}:<ul class="verdict">{inner}</ul></li>')
    cost = _extra_cost(ctx, scenario)
    if cost is not None:
        sentence = tr("extra_cost_sentence", cost=tr.number(cost, signed=True),
                      definition=_cost_definition(ctx))
        items.append(f"<li>{esc(sentence)}</li>")
    return f'<ul class="summary">{"".join(items)}</ul>'


def _cost_definition(ctx: Context) -> str:
    key = ("cost_definition_fines" if money.fines_counted(set(ctx.results.indicators["indicator"]))
           else "cost_definition_no_fines")
    years = ctx.results.indicators.loc[ctx.results.indicators["scenario"] == ctx.baseline,
                                       "time"].nunique()
    return ctx.tr(key, years=years)


def _extra_cost(ctx: Context, scenario: str):
    """The extra net government cost (money.py), billion IDR per year; None without costs."""
    if "government_cost" not in set(ctx.results.indicators["indicator"]):
        return None
    value = money.extra_net_cost(ctx.results.indicators, ctx.baseline, scenario)
    return value if np.isfinite(value) else None


def _interval(tr: Translator, low, high) -> str:
    if not (np.isfinite(low) and np.isfinite(high)):
        return tr("no_interval")
    return tr("interval", low=tr.number(low), high=tr.number(high))


def _mean_ci(row, tr: Translator) -> str:
    """'mean (low to high)' of a comparison row, or just the mean when there is no interval."""
    if row is None:
        return "—"
    return f"{tr.number(row['mean'])} ({_interval(tr, row['ci_low'], row['ci_high'])})"


def section_how_to_read(ctx: Context) -> str:
    tr = ctx.tr
    items = [tr("read_bands"), tr("read_diff"), tr("read_direction")]
    return bullets(items)


def section_trajectories(ctx: Context) -> str:
    tr, parts = ctx.tr, []
    frame = ctx.results.indicators
    frame = frame[frame["scenario"].isin(ctx.main)]
    schedules = {s: years for s, years in ctx.schedules.items() if s in ctx.main}
    for indicators, caption in ((catalog.MSME_OUTCOMES, "fig_msme"),
                                (catalog.FORUM_AND_TRUST, "fig_forum"),
                                (catalog.GOVERNANCE, "fig_governance")):
        present = ctx.present(indicators)
        if not present:
            continue
        bands = intervals.bands(frame[frame["indicator"].isin(present)])
        fig = figures.trajectories_figure(bands, present, ctx.main, tr, ctx.results.units,
                                          schedules=schedules)
        parts.append(trajectory_html(fig, tr(caption), ctx))
    if schedules:
        changes = ", ".join(tr("schedule_item", scenario=ctx.title(s), year=y)
                            for s, years in schedules.items() for y in years)
        parts.append(paragraph(tr("schedule_note", changes=changes), "muted"))
    return "".join(parts)


def trajectory_html(fig, caption: str, ctx: Context) -> str:
    """A trajectory figure with the scenarios' colours as data, so the browser test can check
    that every scenario's line shows (tests/browser/report_render.mjs)."""
    styles = figures.scenario_styles(ctx.main)
    colours = {ctx.title(s): styles[s]["color"] for s in ctx.main}
    return figure_html(fig, caption, "trajectories", {"scenario-colours": colours})


def section_comparison(ctx: Context) -> str:
    tr = ctx.tr
    if len(ctx.scenarios) == 1:
        return _single_table(ctx, key_only=True) + details(tr("show_all"),
                                                           _single_table(ctx, key_only=False))
    parts = []
    for scenario in ctx.scenarios[1:]:
        body = (_comparison_table(ctx, scenario, key_only=True)
                + details(tr("show_all"), _comparison_table(ctx, scenario, key_only=False)))
        title = tr("table_vs", scenario=ctx.title(scenario), baseline=ctx.title(ctx.baseline))
        if scenario in ctx.main:
            parts.append(f"<h3>{esc(title)}</h3>" + body)
        else:
            parts.append(details(title, body))
    return "".join(parts)


def _indicator_cell(ctx: Context, name: str) -> str:
    unit = ctx.tr.unit(name, fallback=ctx.units(name))
    return f'{esc(ctx.tr.indicator(name))}<br><span class="unit">{esc(unit)}</span>'


def _comparison_table(ctx: Context, scenario: str, key_only: bool) -> str:
    tr = ctx.tr
    header = [tr("col_indicator"), tr("col_baseline", baseline=ctx.title(ctx.baseline)),
              ctx.title(scenario), tr("col_difference"), tr("col_relative"),
              tr("col_interval"), tr("col_clear")]
    rows = []
    for name in _ordered_indicators(ctx, key_only):
        base, row = _row(ctx.comparison, ctx.baseline, name), _row(ctx.comparison, scenario, name)
        if row is None:
            continue
        verdict = ctx.verdict(scenario, name, row)
        rows.append([
            _indicator_cell(ctx, name),
            esc(_mean_ci(base, tr)),
            esc(_mean_ci(row, tr)),
            esc(tr.number(row["diff_mean"], signed=True)),
            esc(ctx.relative(name, row)),
            esc(_interval(tr, row["diff_ci_low"], row["diff_ci_high"])),
            f'<span class="{verdict}">{MARKERS[verdict]} {esc(tr("v_" + verdict))}</span>',
        ])
    return table_html(header, rows)


def _single_table(ctx: Context, key_only: bool) -> str:
    tr = ctx.tr
    rows = [[_indicator_cell(ctx, name),
             esc(_mean_ci(_row(ctx.comparison, ctx.baseline, name), tr))]
            for name in _ordered_indicators(ctx, key_only)]
    return table_html([tr("col_indicator"), f"{ctx.title(ctx.baseline)}: {tr('col_mean_ci')}"],
                      rows)


def section_districts(ctx: Context) -> str:
    tr = ctx.tr
    frame = ctx.results.districts
    frame = frame[frame["scenario"].isin(ctx.main)]
    if frame.empty:
        return ""
    final = intervals.bands(intervals.final_year(frame), by=("scenario", "indicator", "district"))
    year = f"{intervals.final_year(frame)['time'].max():g}"
    parts = [paragraph(tr("district_intro"))]
    for name in catalog.DISTRICT_CHARTS:
        if name not in set(final["indicator"]):
            continue
        fig = figures.district_figure(final, name, ctx.main, tr, ctx.results.district_units)
        kind = ("fig_district" if len(ctx.main) <= figures.MAX_BAR_SCENARIOS
                else "fig_district_means")  # a heat map shows means only
        caption = tr(kind, indicator=tr.indicator(name, district=True), year=year)
        parts.append(f"<h3>{esc(tr.indicator(name, district=True))}</h3>")
        parts.append(figure_html(fig, caption))
        parts.append(_district_ranges(final, name, ctx))
    return "".join(parts)


def _district_ranges(final: pd.DataFrame, name: str, ctx: Context) -> str:
    tr, items = ctx.tr, []
    for scenario in ctx.main:
        rows = final[(final["scenario"] == scenario) & (final["indicator"] == name)].dropna(
            subset=["mean"])
        if rows.empty:
            continue
        low, high = rows.loc[rows["mean"].idxmin()], rows.loc[rows["mean"].idxmax()]
        items.append(tr("district_range", scenario=ctx.title(scenario),
                        indicator=tr.indicator(name, district=True),
                        low=tr.number(low["mean"]), low_district=low["district"],
                        high=tr.number(high["mean"]), high_district=high["district"]))
    return bullets(items)


def section_stages(ctx: Context) -> str:
    tr = ctx.tr
    frame = ctx.results.indicators
    frame = frame[(frame["indicator"] == catalog.STAGE_INDICATOR)
                  & frame["scenario"].isin(ctx.main)]
    if frame.empty:
        return ""
    shares = intervals.stage_distribution(frame, catalog.N_STAGES)
    fig = figures.stages_figure(shares, ctx.main, tr)
    stages = ", ".join(f"{i} {name}" for i, name in enumerate(tr.stages()))
    return figure_html(fig, tr("fig_stages")) + paragraph(tr("stages_caption", stages=stages),
                                                          "muted")


def pillar_contributions(ctx: Context) -> tuple[pd.DataFrame, list[str]]:
    """Paired final-year contributions of each pillar, and notes on unusable scenarios."""
    tr, scenarios = ctx.tr, ctx.scenarios
    pairs, meta, notes = [], [], []
    for name in ctx.ablations:
        ablation = catalog.parse_ablation(name)
        if ablation.kind == "plus":
            reference = ablation.reference if ablation.reference in scenarios else ctx.baseline
            pair = (reference, name)  # gain when the pillar is added
        elif ablation.reference in scenarios:
            reference = ablation.reference
            pair = (name, reference)  # loss when the pillar is removed
        else:
            notes.append(tr("pillar_missing_reference", scenario=ctx.title(name),
                            reference=ctx.title(ablation.reference)))
            continue
        how = tr(f"pillar_{ablation.kind}", reference=ctx.title(reference))
        label = f"{tr.pillar(ablation.pillar)}: {how}"
        pairs.append(pair)
        meta.append((pair, label, ablation))
    outcomes = ctx.present(catalog.PILLAR_OUTCOMES)
    diffs = intervals.paired_differences(ctx.results.indicators, pairs, outcomes)
    rows = []
    order = {p: i for i, p in enumerate(catalog.PILLARS)}
    for (base, other), label, ablation in sorted(
            meta, key=lambda m: (m[2].kind != "plus", order[m[2].pillar])):
        match = diffs[(diffs["base"] == base) & (diffs["other"] == other)]
        for _, row in match.iterrows():
            rows.append({"label": label, "kind": ablation.kind, "pillar": ablation.pillar,
                         **row.to_dict()})
    return pd.DataFrame(rows), notes


def section_pillars(ctx: Context) -> str:
    if not ctx.ablations:
        return ""
    tr = ctx.tr
    contributions, notes = pillar_contributions(ctx)
    parts = [paragraph(tr("pillar_intro"))]
    if not contributions.empty:
        outcomes = [o for o in catalog.PILLAR_OUTCOMES if o in set(contributions["indicator"])]
        fig = figures.pillars_figure(contributions, outcomes, tr)
        parts.append(figure_html(fig, tr("fig_pillars")))
        parts.append(bullets(_largest(contributions, o, tr) for o in outcomes))
    parts.extend(paragraph(note, "muted") for note in notes)
    return "".join(parts)


def _largest(contributions: pd.DataFrame, outcome: str, tr: Translator) -> str:
    rows = contributions[contributions["indicator"] == outcome]
    score = rows["diff_mean"] * (catalog.direction(outcome) or 1)
    best = rows.loc[score.idxmax()]
    how = best["label"].split(": ", 1)[1]
    return tr("pillar_largest", indicator=tr.indicator(outcome), pillar=tr.pillar(best["pillar"]),
              how=how, value=tr.number(best["diff_mean"], signed=True))


def cost_table(ctx: Context) -> pd.DataFrame:
    """Per scenario other than the baseline: the extra net government cost (money.py) and the
    final-year capability and revenue gains per billion IDR of it (NaN without extra cost)."""
    rows = []
    for scenario in ctx.scenarios[1:]:
        extra = _extra_cost(ctx, scenario)
        extra = float("nan") if extra is None else extra
        gains = []
        for name in ("capability_mean", "revenue_mean"):
            row = _row(ctx.comparison, scenario, name)
            gain = float(row["diff_mean"]) if row is not None else float("nan")
            gains.append(gain / extra if np.isfinite(extra) and extra > 1e-12 else float("nan"))
        rows.append((scenario, extra, *gains))
    return pd.DataFrame(rows, columns=["scenario", "extra_public_cost", "capability_per_billion",
                                       "revenue_per_billion"])


def section_cost(ctx: Context) -> str:
    if len(ctx.scenarios) < 2 or "government_cost" not in set(ctx.results.indicators["indicator"]):
        return ""
    tr = ctx.tr
    cost = cost_table(ctx)
    rows = [[esc(ctx.title(r["scenario"])), esc(tr.number(r["extra_public_cost"], signed=True)),
             esc(_per_billion(r["capability_per_billion"], tr)),
             esc(_per_billion(r["revenue_per_billion"], tr))] for _, r in cost.iterrows()]
    parts = [paragraph(tr("cost_intro")),
             table_html([tr("col_scenario"), tr("col_extra_cost"), tr("col_cap_per_billion"),
                         tr("col_rev_per_billion")], rows)]
    values = cost[["capability_per_billion", "revenue_per_billion"]].to_numpy(float)
    finite = np.isfinite(values)
    if not finite.any():
        parts.append(paragraph(tr("cost_no_chart_na"), "note"))
    elif np.all(values[finite] == 0):
        parts.append(paragraph(tr("cost_no_chart_zero"), "note"))  # an empty chart says nothing
    elif finite.any(axis=1).sum() > 1:  # a chart only helps to compare several scenarios
        parts.append(figure_html(figures.cost_figure(cost, ctx.scenarios, tr), tr("fig_cost")))
    return "".join(parts)


def _per_billion(value, tr: Translator) -> str:
    return tr.number(value) if np.isfinite(value) else tr("cost_na")


def section_about(ctx: Context) -> str:
    tr, results = ctx.tr, ctx.results
    info = results.info.set_index("scenario") if len(results.info) else pd.DataFrame()
    rows = []
    for name in results.scenarios:
        attrs = info.loc[name] if name in info.index else {}
        description = tr.scenario_description(name, str(attrs.get("description", "")))
        rows.append([f"{esc(ctx.title(name))}<br><code>{esc(name)}</code>", esc(description),
                     esc(attrs.get("replications", "")), esc(attrs.get("years", "")),
                     esc(attrs.get("seed", ""))])
    scenario_table = table_html([tr("col_scenario"), tr("col_description"),
                                 tr("col_replications"), tr("col_years"), tr("col_seed")], rows)
    facts = [(tr("about_file"), results.path.name),
             (tr("about_version"), results.attrs.get("cgsim_version", "")),
             (tr("about_created"), results.attrs.get("created_utc", "")),
             (tr("about_command"), results.attrs.get("command_line", "")),
             (tr("about_complete"), tr("yes") if results.complete else tr("no"))]
    fact_list = "".join(f"<li><b>{esc(k)}:</b> <code>{esc(v)}</code></li>" for k, v in facts)
    return (f"<h3>{esc(tr('h_scenarios'))}</h3>{scenario_table}<ul>{fact_list}</ul>")


SECTIONS = [
    ("summary", "h_summary", section_summary),
    ("how-to-read", "h_how_to_read", section_how_to_read),
    ("trajectories", "h_trajectories", section_trajectories),
    ("comparison", "h_comparison", section_comparison),
    ("districts", "h_districts", section_districts),
    ("stages", "h_stages", section_stages),
    ("pillars", "h_pillars", section_pillars),
    ("cost", "h_cost", section_cost),
    ("about", "h_about", section_about),
]


def build_report(path, lang: str = "en") -> str:
    """The report as one HTML string."""
    ctx = make_context(path, lang)
    tr = ctx.tr
    bodies = [(anchor, tr(heading), builder(ctx)) for anchor, heading, builder in SECTIONS]
    bodies = [(a, h, b) for a, h, b in bodies if b]
    toc = "".join(f'<li><a href="#{a}">{esc(h)}</a></li>' for a, h, _ in bodies)
    return page(lang, tr("title"), REPORT_CSS,
                f'<nav aria-label="{esc(tr("toc"))}"><b>{esc(tr("toc"))}</b><ol>{toc}</ol></nav>',
                "".join(section(h, b, a) for a, h, b in bodies),
                paragraph(tr("generated_by", file=ctx.results.path.name), "muted"))


EPILOG_ID = """Bahasa Indonesia: menulis laporan HTML mandiri dari berkas cgsim (grafik tertanam, tanpa
sumber eksternal). Gunakan --lang id untuk bahasa Indonesia. Contoh:
  /usr/bin/python3 analysis/report.py out/insentif.h5 -o out/laporan.html --lang id"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="report.py",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG_ID,
        description="Write a self-contained HTML report of a cgsim file.")
    parser.add_argument("file", help="cgsim output file (OUT.h5)")
    parser.add_argument("-o", "--output", help="HTML file to write (default: OUT.html)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the report (en English, id Bahasa Indonesia)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite an existing HDF5 file given as output (never the input)")
    args = parser.parse_args(argv)
    output = Path(args.output) if args.output else Path(args.file).with_suffix(".html")
    if is_experiment_file(args.file):  # an experiment file gets the experiment report
        return sensitivity_report.main([args.file, "-o", str(output), "--lang", args.lang]
                                       + (["--force"] if args.force else []))
    return write_file("report.py", output, args.file, args.force, lambda: build_report(args.file, args.lang))
