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
