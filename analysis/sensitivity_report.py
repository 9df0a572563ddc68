"""Figures of the sensitivity analysis (bar charts with intervals, a heat map of contrasts).
The bilingual HTML report on an experiment file is added below them."""
from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FIRST, TOTAL = "#0072B2", "#E69F00"  # Okabe-Ito, as analysis/figures.py


def save_png(fig, path: Path, dpi: int = 100) -> None:
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def _short(parameter: str) -> str:
    return parameter.replace("participation.", "particip.").replace("implementation.", "impl.")


def indices_figure(indices: pd.DataFrame, design_type: str, labels: dict | None = None, max_panels: int = 12):
    """One panel per outcome x target: S1 and ST (Sobol) or mu_star (Morris) per parameter,
    with their 95% intervals as error bars."""
    labels = labels or {}
    value = "ST" if design_type == "sobol" else "mu_star"
    # A constant outcome (no variance: e.g. a cost both policies share) has no indices to draw.
    groups = [(key, g) for key, g in indices.groupby(["outcome", "target"], sort=False)
              if np.isfinite(g[value]).any()][:max_panels]
    if not groups:
        groups = list(indices.groupby(["outcome", "target"], sort=False))[:1]
    ncols = min(3, len(groups))
    nrows = int(np.ceil(len(groups) / ncols))
    k = indices.parameter.nunique()
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 0.9 + (0.32 * k + 0.9) * nrows), squeeze=False,
                             layout="constrained")
    for ax, ((outcome, target), g) in zip(axes.flat, groups):
        pos = np.arange(len(g))
        if design_type == "sobol":
            ax.barh(pos - 0.2, g.S1, 0.4, xerr=np.nan_to_num(g.S1_conf), color=FIRST, label=labels.get("S1", "S1 (first order)"),
                    capsize=2)
            ax.barh(pos + 0.2, g.ST, 0.4, xerr=np.nan_to_num(g.ST_conf), color=TOTAL, label=labels.get("ST", "ST (total)"),
                    capsize=2)
            ax.set_xlim(-0.25, 1.05)  # indices are shares; wider error bars run off the edge (see the CSV)
            ax.axvline(0, color="#4d4d4d", linewidth=0.8)
        else:
            ax.barh(pos, g.mu_star, 0.6, xerr=np.nan_to_num(g.mu_star_conf), color=FIRST, label="mu*", capsize=2)
        ax.set_yticks(pos, [_short(p) for p in g.parameter], fontsize=8)
        ax.invert_yaxis()
        ax.set_title(f"{labels.get(outcome, outcome)}\n{target}", fontsize=9)
        ax.grid(axis="x", alpha=0.3)
    for ax in list(axes.flat)[len(groups):]:
        ax.set_visible(False)
    axes.flat[0].legend(loc="lower right", fontsize=8, frameon=False)
    return fig


def contrasts_heatmap(indices: pd.DataFrame, design_type: str, labels: dict | None = None):
    """Parameters x (outcome, contrast): the total index ST (Sobol), or mu_star scaled to the
    largest in its column (Morris)."""
    labels = labels or {}
    value = "ST" if design_type == "sobol" else "mu_star"
    table = indices.pivot_table(index="parameter", columns=["outcome", "target"], values=value, sort=False)
    if design_type != "sobol":
        table = table / table.max(axis=0).replace(0, np.nan)
    data = np.clip(table.to_numpy(dtype=float), 0, 1)
    fig, ax = plt.subplots(figsize=(1.2 + 0.75 * table.shape[1], 1.0 + 0.36 * table.shape[0]), layout="constrained")
    image = ax.imshow(data, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_yticks(range(table.shape[0]), [_short(p) for p in table.index], fontsize=8)
    ax.set_xticks(range(table.shape[1]), [f"{labels.get(o, o)}\n{t}" for o, t in table.columns], fontsize=7,
                  rotation=60, ha="right")
    for (i, j), v in np.ndenumerate(data):
        if np.isfinite(v):
            ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=7, color="white" if v > 0.6 else "black")
    ax.grid(False)
    fig.colorbar(image, ax=ax, shrink=0.8)
    return fig


# --- the bilingual report on an experiment file --------------------------------------------------

def is_experiment_file(path) -> bool:
    """Whether `path` is an experiment file (root attribute format = cgsim-experiment)."""
    import h5py
    try:
        with h5py.File(path, "r") as f:
            value = f.attrs.get("format", b"")
    except OSError:
        return False
    return (value.decode() if isinstance(value, bytes) else str(value)) == "cgsim-experiment"


def _key_outcomes(exp, limit: int = 6) -> list[str]:
    from analysis.catalog import KEY_INDICATORS, direction
    keys = [k for k in KEY_INDICATORS if k in exp.outcomes and direction(k) != 0]
    others = [k for k in sorted(exp.outcomes) if k not in keys and direction(k) != 0]
    return (keys + others)[:limit]


def _png_html(fig, caption: str) -> str:
    import base64
    import io
    from analysis.report import esc
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{esc(caption)}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>")


def _sensitivity_section(exp, w, outcomes, targets, indices, variance) -> str:
    from analysis.report import paragraph
    from analysis.sensitivity import NOISY_SHARE
    parts = [paragraph(w("gsa_how" if exp.design_type == "sobol" else "gsa_morris_how"))]
    labels = {o: w.indicator(o) for o in outcomes} | {"S1": w("S1"), "ST": w("ST")}
    parts.append(_png_html(indices_figure(indices, exp.design_type, labels), w("fig_indices")))
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
    parts.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>")
    return "".join(parts)


def _esc(text) -> str:
    from analysis.report import esc
    return esc(text)


def _seed_section(exp, w, variance) -> str:
    items = [w("gsa_seed", seed=w.percent(v.seed_share), params=w.percent(v.parameter_share),
               outcome=w.indicator(v.outcome), target=w.target(v.target, exp.policies))
             for v in variance.itertuples() if np.isfinite(v.seed_share)]
    return "<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>"


def _contrast_section(exp, w, outcomes, indices) -> str:
    from analysis.catalog import direction
    from analysis.report import paragraph
    parts = [paragraph(w("contrast_intro"))]
    contrasts = exp.contrasts()
    if not indices.empty:
        sub = indices[indices.target.isin(contrasts)]
        if not sub.empty:
            parts.append(_png_html(contrasts_heatmap(sub, exp.design_type, {o: w.indicator(o) for o in outcomes}),
                                   w("fig_contrasts")))
    items = []
    for target in contrasts:
        a, b = exp.resolve_target(target)
        for outcome in outcomes:
            diff = np.nanmean(exp.values(outcome, target), axis=1)
            ahead = np.mean(direction(outcome) * diff > 0)
            items.append(w("contrast_sign", a=a, b=b, outcome=w.indicator(outcome), share=w.percent(ahead),
                           mean=w.number(np.nanmean(diff))))
    parts.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>")
    return "".join(parts)


def _prim_section(exp, w, outcomes) -> str:
    from analysis.catalog import direction
    from analysis.discover import Question, discover, statement
    from analysis.report import paragraph
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
    return paragraph(w("prim_intro")) + "<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>"


def _ranking_section(exp, w, outcomes, sets: Path | None) -> str:
    from analysis.ranking import ranking
    from analysis.report import paragraph, table_html
    weights = None
    if sets is not None:
        frame = pd.read_csv(sets)
        if "abc_weight" in frame and len(frame) == len(exp.done) and frame.abc_weight.sum() > 0:
            weights = frame.abc_weight.to_numpy()[exp.done]
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
        rows.append([_esc(policy)] + cells)
    note = paragraph(f"( ) = {w('col_weighted')}", "muted") if weighted is not None else ""
    return paragraph(intro) + table_html(header, rows) + note


PARAMETERS_DEF = REPO / "include" / "cgsim" / "scenario" / "parameters.def"


def parameter_meanings(path: Path = PARAMETERS_DEF) -> dict[str, str]:
    """Parameter key -> description, from the parameter table (its last quoted field)."""
    import re
    meanings = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return meanings
    for line in text.splitlines():
        fields = re.findall(r'"((?:[^"\\]|\\.)*)"', line)
        if len(fields) >= 2 and "." in fields[0]:
            meanings[fields[0]] = fields[-1]
    return meanings


def _assumptions_section(exp, w) -> str:
    from analysis.report import paragraph, table_html
    meanings = parameter_meanings()
    rows = [[_esc(p), f"{w.number(lo)} – {w.number(hi)} {_esc(unit if unit != '-' else '')}".strip(),
             _esc(meanings.get(p, ""))]
            for p, lo, hi, unit in zip(exp.parameters, exp.low, exp.high, exp.units)]
    return paragraph(w("assumptions_intro")) + table_html([w("col_parameter"), w("col_range"), w("col_meaning")], rows)


def build_report(path, lang: str = "en", sets: Path | None = None, resamples: int = 500) -> str:
    from analysis.experiment_data import read_experiment
    from analysis.report import CSS, esc, paragraph
    from analysis.sensitivity import analyse
    from analysis.sensitivity_text import Words
    w = Words(lang)
    exp = read_experiment(path)
    outcomes = _key_outcomes(exp)
    targets = exp.contrasts() or exp.policies
    indices, variance = analyse(exp, outcomes, targets, resamples=resamples)
    sections = [(w("gsa_title"), paragraph(w("gsa_intro", k=len(exp.parameters), points=int(exp.done.sum()),
                                                    reps=exp.replications)) +
                 (_sensitivity_section(exp, w, outcomes, targets, indices, variance) if not indices.empty
                  else paragraph(w("gsa_none", design=exp.design_type))))]
    sections.insert(0, (w("assumptions_title"), _assumptions_section(exp, w)))
    sections.append((w("seed_title"), _seed_section(exp, w, variance)))
    if exp.contrasts():
        sections.append((w("contrast_title"), _contrast_section(exp, w, outcomes, indices)))
        sections.append((w("prim_title"), _prim_section(exp, w, outcomes)))
        sections.append((w("rank_title" if sets is not None else "rank_title_points"),
                         _ranking_section(exp, w, outcomes, sets)))
    sections.append((w("h_about"), paragraph(w("about_line", name=exp.name, design=exp.design_type,
                                                    points=int(exp.done.sum()), reps=exp.replications, seed=exp.seed,
                                                    policies=", ".join(exp.policies)))))
    title = w("report_title", name=exp.name)
    body = "".join(f"<section><h2>{esc(h)}</h2>{b}</section>" for h, b in sections if b)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{esc(title)}</h1>\n"
            f"{body}\n</body>\n</html>\n")


def main(argv: list[str] | None = None) -> int:
    """`sensitivity_report.py EXP.h5 -o REPORT.html [--lang en|id] [--sets PLAUSIBLE.csv]`
    (also what `report.py EXP.h5` runs for an experiment file)."""
    import argparse
    from analysis.experiment_data import ExperimentFileError
    from analysis.i18n import LANGUAGES
    from analysis.safe_output import UnsafeOutput, check_output
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
        page = build_report(args.file, args.lang, args.sets)
        output.write_text(page, encoding="utf-8")
    except (ExperimentFileError, UnsafeOutput, OSError) as e:
        print(f"sensitivity_report.py: error: {e}", file=sys.stderr)
        return 2
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
