"""Figures of the studies: sensitivity indices with their intervals, a heat map of what drives
the contrasts between policies (tools/sensitivity.py, the experiment report) and PRIM's
coverage/density trade-off (tools/discover.py). In matplotlib's own style: the experiment report
switches to the house style first (figures.use_house_style), the PNGs of the tools do not."""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..stats.prim import Box

FIRST, TOTAL = "#0072B2", "#E69F00"  # Okabe-Ito, as render/figures.py


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
            ax.barh(pos - 0.2, g.S1, 0.4, xerr=np.nan_to_num(g.S1_conf), color=FIRST,
                    label=labels.get("S1", "S1 (first order)"), capsize=2)
            ax.barh(pos + 0.2, g.ST, 0.4, xerr=np.nan_to_num(g.ST_conf), color=TOTAL,
                    label=labels.get("ST", "ST (total)"), capsize=2)
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


def tradeoff_figure(trajectory: list[Box], box: Box | None):
    fig, ax = plt.subplots(figsize=(5, 3.6), layout="constrained")
    cov = [b.coverage for b in trajectory]
    den = [b.density for b in trajectory]
    points = ax.scatter(cov, den, c=[len(b.restricted) for b in trajectory], cmap="viridis", s=14)
    fig.colorbar(points, ax=ax, label="restricted parameters")
    if box is not None:
        ax.scatter([box.coverage], [box.density], marker="*", s=150, color="#D55E00", label="chosen box")
        ax.legend(frameon=False, loc="lower left")
    ax.set_xlabel("coverage")
    ax.set_ylabel("density")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    return fig
