"""Matplotlib figures of cgsim results for the report, the brief and plot.py.

Every function takes prepared tidy frames (see stats/intervals.py) and a Translator, and returns a
Figure in the house style; to_png() renders and closes it. Scenarios keep one colour and line
style everywhere. The figures of the studies (render/study_figures.py) share to_png and keep
matplotlib's own style unless a report asks for the house style (use_house_style).
"""
from __future__ import annotations

import functools
import io
import math
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import ticker
from matplotlib.lines import Line2D

from ..words.i18n import Translator

# Okabe-Ito colours (colour-blind safe); the baseline is dark grey.
PALETTE = ["#4d4d4d", "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9",
           "#F0E442", "#000000", "#999999"]
LINESTYLES = ["-", "--", "-.", ":"]
STAGE_COLOURS = ["#d9d9d9", "#9ecae1", "#4292c6", "#08306b"]
KIND_COLOURS = {"plus": "#009E73", "without": "#D55E00"}

HOUSE_STYLE = {
    "font.size": 10,
    "axes.titlesize": 10.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "legend.frameon": False,
    # Names come from scenario and districts files: draw them literally ("a$^$b" is not math).
    "text.parse_math": False,
}


def use_house_style() -> None:
    """Draw every figure from now on in the house style (matplotlib's settings are global)."""
    plt.rcParams.update(HOUSE_STYLE)


def house_style(builder):
    """A figure builder that draws in the house style."""
    @functools.wraps(builder)
    def build(*args, **kwargs):
        use_house_style()
        return builder(*args, **kwargs)
    return build


def scenario_styles(scenarios: list[str]) -> dict[str, dict]:
    return {name: {"color": PALETTE[i % len(PALETTE)],
                   "linestyle": LINESTYLES[(i // len(PALETTE)) % len(LINESTYLES)]}
            for i, name in enumerate(scenarios)}


def to_png(fig, dpi: int = 100) -> bytes:
    """Render and close the figure (layout is done when it is built: no slow bbox_inches)."""
    return to_bytes(fig, "png", dpi)


def to_bytes(fig, kind: str, dpi: int = 100) -> bytes:
    """Render the figure as png, pdf or svg and close it."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=kind, dpi=dpi)
    plt.close(fig)
    return buffer.getvalue()


def wrap(text: str, width: int = 38) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


class _LocalFormatter(ticker.ScalarFormatter):
    """Tick labels with a decimal comma for Indonesian."""

    def __call__(self, x, pos=None):
        return super().__call__(x, pos).replace(".", ",")


def _localise(ax, tr: Translator, axes: str = "xy") -> None:
    if tr.lang != "id":
        return
    if "x" in axes and isinstance(ax.xaxis.get_major_formatter(), ticker.ScalarFormatter):
        ax.xaxis.set_major_formatter(_LocalFormatter())
    if "y" in axes and isinstance(ax.yaxis.get_major_formatter(), ticker.ScalarFormatter):
        ax.yaxis.set_major_formatter(_LocalFormatter())


def _grid(n: int, ncols: int, width: float, height: float, **kwargs):
    ncols = max(1, min(ncols, n))
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(width * ncols, height * nrows),
                             squeeze=False, **kwargs)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, axes


def _legend_columns(fig, labels, ncol: int) -> int:
    longest = max(len(str(label)) for label in labels)
    fits = int(fig.get_figwidth() / (0.5 + 0.075 * longest))  # columns that fit the width
    return max(1, min(ncol, 4, fits))


def _layout(fig, handles=(), labels=(), ncol: int = 4) -> None:
    """Tight layout, leaving room at the top for a figure-wide legend when there is one."""
    if not handles:
        fig.tight_layout()
        return
    ncol = _legend_columns(fig, labels, ncol)
    legend_height = 0.12 + 0.27 * math.ceil(len(handles) / ncol)
    fig.tight_layout(rect=(0, 0, 1, 1.0 - legend_height / fig.get_figheight()))
    fig.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 1.0), ncol=ncol)


# Margins (inches) of small multiples whose labels have a known size: tick labels of a few
# characters, titles and y labels of at most two lines. Fixed margins are much faster than
# tight_layout, which measures every tick label twice.
GRID_MARGINS = {"left": 0.9, "right": 0.15, "bottom": 0.55, "top": 0.5, "wgap": 1.0,
                "hgap": 1.0}


def _grid_layout(fig, axes, handles, labels, ncol: int, **margins) -> None:
    """Place a grid of axes with GRID_MARGINS (or `margins`) and a legend on top."""
    nrows, ncols = axes.shape
    width, height = fig.get_size_inches()
    m = {**GRID_MARGINS, **margins}
    ncol = _legend_columns(fig, labels, ncol)
    top = m["top"] + 0.12 + 0.27 * math.ceil(len(handles) / ncol)
    axis_width = (width - m["left"] - m["right"] - (ncols - 1) * m["wgap"]) / ncols
    axis_height = (height - m["bottom"] - top - (nrows - 1) * m["hgap"]) / nrows
    fig.subplots_adjust(left=m["left"] / width, right=1 - m["right"] / width,
                        bottom=m["bottom"] / height, top=1 - top / height,
                        wspace=m["wgap"] / axis_width, hspace=m["hgap"] / axis_height)
    fig.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 1.0), ncol=ncol)


# --- trajectories --------------------------------------------------------------------------

def draw_trajectory(ax, bands: pd.DataFrame, indicator: str, scenarios: list[str],
                    styles: dict, tr: Translator) -> dict[str, str | None]:
    """Mean line and 95% band of one indicator for each scenario.

    A scenario whose line is the same as an earlier one's (e.g. a lever without a path) is drawn
    dashed, the dashes shifted per copy, so every colour stays visible; its legend entry says
    which scenario it equals (same_as). Returns, per scenario drawn, the scenario it equals or None."""
    data = bands[bands["indicator"] == indicator]
    drawn: list[tuple[str, np.ndarray, np.ndarray]] = []
    equals: dict[str, str | None] = {}
    for name in scenarios:
        rows = data[data["scenario"] == name].sort_values("time")
        if rows.empty:
            continue
        style = dict(styles[name])
        label = tr.scenario(name)
        means = rows["mean"].to_numpy(dtype=float)
        times = rows["time"].to_numpy(dtype=float)
        twins = [other for other, t, m in drawn if _same_line(times, means, t, m)]
        if twins:
            copy = len(twins)
            style["linestyle"] = (3.0 * (copy - 1), (3.0, 3.0 * copy + 3.0))
            label = tr("same_as", scenario=tr.scenario(name), other=tr.scenario(twins[0]))
        ax.plot(times, means, label=label, lw=2, marker="o" if len(rows) <= 12 else None,
                ms=3.5 if not twins else 0, **style)
        ax.fill_between(times, rows["ci_low"], rows["ci_high"], color=style["color"],
                        alpha=0.18, lw=0)
        drawn.append((name, times, means))
        equals[name] = twins[0] if twins else None
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    _localise(ax, tr)
    return equals


def _same_line(t1, m1, t2, m2) -> bool:
    """The same points, to within drawing precision (the line would hide the other)."""
    if len(t1) != len(t2) or not np.array_equal(t1, t2):
        return False
    scale = max(float(np.nanmax(np.abs(np.concatenate([m1, m2])))) if len(m1) else 0.0, 1e-12)
    both = np.isfinite(m1) & np.isfinite(m2)
    return bool(np.array_equal(np.isfinite(m1), np.isfinite(m2))
                and np.all(np.abs(m1[both] - m2[both]) <= 1e-9 * scale))


@house_style
def trajectories_figure(bands: pd.DataFrame, indicators: list[str], scenarios: list[str],
                        tr: Translator, units: dict | None = None, ncols: int = 3,
                        schedules: dict[str, list[int]] | None = None):
    """Small multiples: one panel per indicator, scenarios on shared axes. `schedules` gives,
    per scenario, the years in which its schedule changes a setting: a dotted vertical line in
    the scenario's colour, half a year before the first recorded value of that year."""
    styles = scenario_styles(scenarios)
    fig, axes = _grid(len(indicators), ncols, 4.4, 3.3)
    equals: dict[str, set] = {name: set() for name in scenarios}
    for ax, indicator in zip(axes.flat, indicators):
        for name, twin in draw_trajectory(ax, bands, indicator, scenarios, styles, tr).items():
            equals[name].add(twin)
        draw_schedule_markers(ax, schedules or {}, styles)
        ax.set_title(wrap(tr.indicator(indicator)))
        ax.set_ylabel(wrap(tr.unit(indicator, fallback=_units(units, indicator)), 30))
        ax.set_xlabel(tr("year"))
    handles, labels = legend_entries(scenarios, styles, equals, tr)
    _grid_layout(fig, axes, handles, labels, len(scenarios))
    return fig


def draw_schedule_markers(ax, schedules: dict[str, list[int]], styles: dict) -> None:
    for name, years in schedules.items():
        if name not in styles:
            continue
        for year in years:
            ax.axvline(year - 0.5, color=styles[name]["color"], ls=":", lw=1.6, zorder=0.5,
                       gid=f"schedule:{name}:{year}")


def legend_entries(scenarios, styles, equals: dict[str, set], tr: Translator):
    """One solid entry per scenario; "(same as X)" when its line equals X's in every panel
    (then it is drawn dashed over X's everywhere)."""
    handles, labels = [], []
    for name in scenarios:
        twins = equals.get(name, set())
        if not twins:
            continue
        handles.append(Line2D([], [], lw=2, marker="o", ms=3.5, **styles[name]))
        same = len(twins) == 1 and None not in twins
        labels.append(tr("same_as", scenario=tr.scenario(name),
                         other=tr.scenario(next(iter(twins)))) if same else tr.scenario(name))
    return handles, labels


@house_style
def single_trajectory_figure(bands: pd.DataFrame, indicator: str, scenarios: list[str],
                             tr: Translator, units: dict | None = None):
    fig, ax = plt.subplots(figsize=(6.5 + (2.5 if len(scenarios) > 1 else 0), 4.2))
    draw_trajectory(ax, bands, indicator, scenarios, scenario_styles(scenarios), tr)
    ax.set_title(tr.indicator(indicator))
    ax.set_ylabel(tr.unit(indicator, fallback=_units(units, indicator)))
    ax.set_xlabel(tr("year"))
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5))  # never over the lines
    _layout(fig)
    return fig


def _units(units: dict | None, name: str) -> str:
    return (units or {}).get(name, {}).get("units", "")


# --- districts -----------------------------------------------------------------------------

MAX_BAR_SCENARIOS = 4


@house_style
def district_figure(final: pd.DataFrame, indicator: str, scenarios: list[str], tr: Translator,
                    units: dict | None = None):
    """Final-year value of one per-district indicator, per district and scenario.

    `final` has scenario, indicator, district, mean, ci_low, ci_high. Districts are sorted by
    the first scenario's value so the spread between districts is visible at a glance. Up to
    MAX_BAR_SCENARIOS scenarios are drawn as grouped bars with 95% intervals, more as a
    heat map of the means.
    """
    data = final[final["indicator"] == indicator]
    scenarios = [s for s in scenarios if s in set(data["scenario"])]
    order = (data[data["scenario"] == scenarios[0]].sort_values("mean")["district"].tolist()
             if scenarios else [])
    order += [d for d in data["district"].drop_duplicates() if d not in order]
    label = tr.label(indicator, district=True, fallback_unit=_units(units, indicator))
    if len(scenarios) > MAX_BAR_SCENARIOS:
        return _district_heatmap(data, order[::-1], scenarios, label, tr)
    n_s, n_d = max(1, len(scenarios)), len(order)
    fig, ax = plt.subplots(figsize=(8, 1.2 + n_d * (0.12 * n_s + 0.16)))
    styles = scenario_styles(scenarios)
    height = 0.8 / n_s
    y = np.arange(n_d)
    for i, name in enumerate(scenarios):
        rows = data[data["scenario"] == name].set_index("district").reindex(order)
        offset = (n_s - 1 - i - (n_s - 1) / 2) * height
        err = np.vstack([rows["mean"] - rows["ci_low"], rows["ci_high"] - rows["mean"]])
        err = np.where(np.isfinite(err), err, 0)
        ax.barh(y + offset, rows["mean"], height=height, color=styles[name]["color"],
                label=tr.scenario(name), xerr=err,
                error_kw={"elinewidth": 0.8, "capsize": 1.5, "ecolor": "#333333"})
    ax.set_yticks(y, order)
    ax.set_ylim(-0.6, n_d - 0.4)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(label)
    ax.set_ylabel(tr("district"))
    _localise(ax, tr, "x")
    handles, labels = ax.get_legend_handles_labels()
    longest = max((len(name) for name in order), default=1)
    _grid_layout(fig, np.array([[ax]]), handles, labels, len(scenarios),
                 left=0.6 + 0.075 * longest, right=0.3, top=0.15)
    return fig


def _district_heatmap(data: pd.DataFrame, order: list[str], scenarios: list[str], label: str,
                      tr: Translator):
    """Districts (rows, `order` from the top) by scenarios (columns), means annotated."""
    table = data.pivot_table(index="district", columns="scenario", values="mean")
    table = table.reindex(index=order, columns=scenarios)
    values = table.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(2.6 + 0.8 * len(scenarios), 1.8 + 0.32 * len(order)))
    image = ax.imshow(values, aspect="auto", cmap="viridis")
    finite = values[np.isfinite(values)]
    middle = (finite.min() + finite.max()) / 2 if finite.size else 0
    for (i, j), value in np.ndenumerate(values):
        ax.text(j, i, tr.number(value), ha="center", va="center", fontsize=7.5,
                color="white" if value < middle else "black")
    ax.set_xticks(np.arange(len(scenarios)), [wrap(tr.scenario(s), 24) for s in scenarios],
                  rotation=40, ha="right")
    ax.set_yticks(np.arange(len(order)), order)
    ax.grid(False)
    ax.set_ylabel(tr("district"))
    colourbar = fig.colorbar(image, ax=ax, shrink=0.6)
    colourbar.set_label(label)
    _localise(colourbar.ax, tr, "y")
    _layout(fig)
    return fig


# --- collaboration stage -------------------------------------------------------------------

@house_style
def stages_figure(shares: pd.DataFrame, scenarios: list[str], tr: Translator):
    """Per scenario, stacked bars: share of replications in each stage in each year."""
    stage_names = tr.stages()
    fig, axes = _grid(len(scenarios), 3, 4.4, 3.1, sharey=True)
    for ax, name in zip(axes.flat, scenarios):
        data = shares[shares["scenario"] == name]
        table = data.pivot_table(index="time", columns="stage", values="share").sort_index()
        bottom = np.zeros(len(table))
        for stage, label in enumerate(stage_names):
            values = table[stage].to_numpy() if stage in table.columns else np.zeros(len(table))
            values = np.nan_to_num(values)
            ax.bar(table.index, values, bottom=bottom, width=0.8, color=STAGE_COLOURS[stage],
                   label=f"{stage} {label}", edgecolor="white", lw=0.5)
            bottom += values
        ax.set_title(wrap(tr.scenario(name), 40))
        ax.set_ylim(0, 1)
        ax.set_xlabel(tr("year"))
        ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
        ax.grid(axis="x", visible=False)
        _localise(ax, tr)
    for row in axes:
        row[0].set_ylabel(tr("share_of_replications"))
    handles, labels = axes.flat[0].get_legend_handles_labels()
    _grid_layout(fig, axes, handles, labels, 4, wgap=0.35)  # shared y: no tick labels between
    return fig


# --- pillars -------------------------------------------------------------------------------

@house_style
def pillars_figure(contributions: pd.DataFrame, outcomes: list[str], tr: Translator):
    """Contribution of each pillar: one panel per outcome, bars with 95% intervals.

    `contributions` has label (row text), kind (plus/without), indicator, diff_mean,
    diff_ci_low, diff_ci_high; rows keep the frame's order.
    """
    labels = contributions["label"].drop_duplicates().tolist()
    fig, axes = _grid(len(outcomes), 2, 5.2, 0.9 + 0.42 * len(labels), sharey=True)
    y = np.arange(len(labels))
    for ax, outcome in zip(axes.flat, outcomes):
        data = contributions[contributions["indicator"] == outcome].set_index("label")
        data = data.reindex(labels)
        err = np.vstack([data["diff_mean"] - data["diff_ci_low"],
                         data["diff_ci_high"] - data["diff_mean"]])
        colours = [KIND_COLOURS.get(k, "#777777") for k in data["kind"].fillna("")]
        ax.barh(y, data["diff_mean"], color=colours, xerr=np.where(np.isfinite(err), err, 0),
                error_kw={"elinewidth": 0.9, "capsize": 2.5})
        ax.axvline(0, color="#333333", lw=0.8)
        ax.set_yticks(y, [wrap(label, 40) for label in labels])
        ax.grid(axis="y", visible=False)
        ax.set_title(wrap(tr.indicator(outcome)))
        ax.set_xlabel(wrap(f"{tr('contribution')} ({tr.unit(outcome)})", 45))
        _localise(ax, tr, "x")
    axes.flat[0].invert_yaxis()  # first row on top; the y axis is shared, so only once
    _layout(fig)
    return fig


# --- cost-effectiveness --------------------------------------------------------------------

@house_style
def cost_figure(cost: pd.DataFrame, scenarios: list[str], tr: Translator):
    """Capability and revenue gain per billion IDR of extra public cost, per scenario.

    `scenarios` is every scenario of the file, so colours match the other figures.
    """
    panels = [("capability_per_billion", tr("col_cap_per_billion")),
              ("revenue_per_billion", tr("col_rev_per_billion"))]
    fig, axes = _grid(len(panels), 2, 5.0, 0.9 + 0.4 * len(cost), sharey=True)
    styles = scenario_styles(list(scenarios) + [s for s in cost["scenario"] if s not in scenarios])
    y = np.arange(len(cost))
    for ax, (column, title) in zip(axes.flat, panels):
        values = cost[column].to_numpy(dtype=float)
        ax.barh(y, np.nan_to_num(values), color=[styles[s]["color"] for s in cost["scenario"]])
        for yi, value in zip(y, values):
            if not np.isfinite(value):
                ax.text(0, yi, " " + tr("cost_na"), va="center", fontsize=8, color="#555555")
        ax.set_yticks(y, [wrap(tr.scenario(s), 30) for s in cost["scenario"]])
        ax.axvline(0, color="#333333", lw=0.8)
        ax.grid(axis="y", visible=False)
        ax.set_title(wrap(title, 45))
        _localise(ax, tr, "x")
    axes.flat[0].invert_yaxis()
    _layout(fig)
    return fig
