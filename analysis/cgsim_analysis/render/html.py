"""The one HTML kit of the report, the brief and the experiment report: a page with its inline
style sheet, sections, paragraphs, lists, tables and embedded figures. Every page is
self-contained (no external resources), so it can be e-mailed or opened offline. Text is
escaped here; functions whose name says HTML take HTML that is escaped already.
"""
from __future__ import annotations

import base64
import html
import json

from . import figures

# The report (on screen; also the experiment report).
REPORT_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       color: #1f2328; max-width: 1080px; margin: 0 auto; padding: 1.5em 1.2em 4em;
       line-height: 1.5; }
h1 { font-size: 1.6em; border-bottom: 3px solid #0072B2; padding-bottom: .3em; }
h2 { font-size: 1.3em; margin-top: 2.2em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
h3 { font-size: 1.08em; margin-top: 1.4em; }
nav { background: #f6f8fa; padding: .6em 1em; border-radius: 6px; }
nav ol { margin: .2em 0; columns: 2; }
.note { background: #fff8c5; border: 1px solid #d4a72c; padding: .7em 1em; border-radius: 6px; }
.muted { color: #57606a; font-size: .92em; }
figure { margin: 1.2em 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #eaeef2; }
figcaption { color: #57606a; font-size: .92em; margin-top: .3em; }
table { border-collapse: collapse; margin: .8em 0; font-size: .92em; max-width: 100%; }
th, td { border: 1px solid #d0d7de; padding: .3em .6em; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
code { overflow-wrap: anywhere; word-break: break-all; }
th { background: #f6f8fa; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.better { color: #116329; font-weight: 600; }
.worse { color: #a40e26; font-weight: 600; }
.changed { color: #0550ae; font-weight: 600; }
.small, .uncertain, .zero { color: #57606a; }
.unit { color: #57606a; font-size: .85em; }
details { margin: .8em 0; }
summary { cursor: pointer; color: #0969da; }
ul.summary li { margin: .25em 0; }
ul.verdict { list-style: none; padding-left: 1.2em; }
"""

# The policy brief: one or two printed A4 pages.
BRIEF_CSS = """
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


def esc(text) -> str:
    return html.escape(str(text), quote=True)


def paragraph(text: str, css: str = "") -> str:
    return f'<p class="{css}">{esc(text)}</p>' if css else f"<p>{esc(text)}</p>"


def bullets(items, css: str = "") -> str:
    """An unordered list of plain-text items."""
    inner = "".join(f"<li>{esc(item)}</li>" for item in items)
    return f'<ul class="{css}">{inner}</ul>' if css else f"<ul>{inner}</ul>"


def details(summary: str, body_html: str) -> str:
    return f"<details><summary>{esc(summary)}</summary>{body_html}</details>"


def table_html(header: list[str], rows: list[list[str]]) -> str:
    """A table; header cells are plain text, row cells are HTML (escape before)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(cell: str) -> str:
    """A table cell; numbers are right-aligned."""
    # a value, a mean with its interval, a difference: short; a description starting with a digit
    # ("10% of ...") is text and must wrap (numbers do not)
    numeric = cell[:1] in "+-0123456789–—" and "<" not in cell and len(cell) <= 40
    return f'<td class="num">{cell}</td>' if numeric else f"<td>{cell}</td>"


def image(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{esc(alt)}">'


def figure_html(fig, caption: str, css: str = "", data: dict | None = None) -> str:
    """A matplotlib figure embedded as PNG with its caption (the figure is closed). `data` becomes
    a data-* attribute holding JSON (e.g. data-scenario-colours, read by the browser test)."""
    attributes = f' class="{css}"' if css else ""
    for key, value in (data or {}).items():
        attributes += f' data-{key}="{esc(json.dumps(value, ensure_ascii=False))}"'
    picture = image(figures.to_png(fig), caption)
    return f"<figure{attributes}>{picture}<figcaption>{esc(caption)}</figcaption></figure>"


def section(heading: str, body_html: str, anchor: str = "") -> str:
    opening = f'<section id="{anchor}">' if anchor else "<section>"
    return f"{opening}<h2>{esc(heading)}</h2>{body_html}</section>"


def page(lang: str, title: str, css: str, *blocks: str) -> str:
    """A whole HTML document: the title as its heading, then each block of HTML on its own line."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
            f"<h1>{esc(title)}</h1>\n" + "".join(f"{block}\n" for block in blocks)
            + "</body>\n</html>\n")
