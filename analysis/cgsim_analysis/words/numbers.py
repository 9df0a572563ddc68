"""Numbers for people, in English (1,234.5) and Indonesian (1.234,5): one place for how a
value, a setting and a share are written in the reports, the brief and the studies' sentences."""
from __future__ import annotations

import math

MISSING = "—"  # an undefined value (NaN in the file: nothing to measure), docs/output.md


def format_number(x, lang: str = "en", signed: bool = False) -> str:
    """A number for people: about three significant digits, Indonesian separators for id."""
    try:
        x = float(x)
    except (TypeError, ValueError):
        return MISSING
    if not math.isfinite(x):
        return MISSING
    ax = abs(x)
    if ax >= 100:
        digits = 0
    elif ax >= 10:
        digits = 1
    elif ax >= 1 or ax == 0:
        digits = 2
    else:
        digits = min(6, 2 - math.floor(math.log10(ax)))
    text = f"{x:{'+' if signed else ''},.{digits}f}"
    if lang == "id":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def plain_number(x: float, lang: str = "en") -> str:
    """A setting as written (1, 2.5), with the language's decimal comma."""
    text = f"{x:g}"
    return text.replace(".", ",") if lang == "id" else text


def percent(share) -> str:
    """A share as a whole percentage (0.25 -> 25%)."""
    return f"{100 * float(share):.0f}%"
