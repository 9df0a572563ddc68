"""Plot indicators of a cgsim output file as PNG, PDF or SVG (chosen by the output's suffix).

    /usr/bin/python3 analysis/plot.py OUT.h5 capability_mean -o cap.png [--lang en|id]
    /usr/bin/python3 analysis/plot.py OUT.h5 capability_mean reach need_match -o three.pdf
    /usr/bin/python3 analysis/plot.py OUT.h5 capability_mean --diff pre_collaborative -o d.svg
    /usr/bin/python3 analysis/plot.py OUT.h5 districts/reach          (final-year bars per district)

An indicator is drawn over time, mean and 95% band per scenario; several indicators give one
panel each. `--diff BASELINE` draws each other scenario minus BASELINE, paired by replication,
with the 95% band of that difference. `districts/<name>` draws the final year per district.
Exit code 2 for a missing or non-cgsim file, an unknown indicator or scenario (the message lists
the valid names) or an output suffix other than .png, .pdf, .svg.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..readers import run_file
from ..render import figures
from ..stats import intervals
from ..words.i18n import LANGUAGES, Translator
from .write_file import EXIT_BAD_INPUT, write_file

DISTRICT_PREFIX = "districts/"
FORMATS = ("png", "pdf", "svg")


class UnknownIndicator(ValueError):
    pass


def output_format(output: Path) -> str:
    """The figure format of an output file: its suffix, which must be one of FORMATS."""
    suffix = output.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UnknownIndicator(f"{output}: cannot tell the format from the suffix "
                               f"{output.suffix or '(none)'!r}; use .png, .pdf or .svg")
    return suffix


def differences(frame, baseline: str):
    """Per scenario other than `baseline`: the paired difference scenario - baseline, per
    replication and year (the tidy layout, so intervals.bands gives its mean and 95% band)."""
    wide = frame.pivot_table(index=["indicator", "replication", "time"], columns="scenario",
                             values="value", aggfunc="first")
    out = wide.sub(wide[baseline], axis=0).drop(columns=baseline)
    tidy = out.stack(dropna=True).rename("value").reset_index()
    return tidy[["scenario", "replication", "time", "indicator", "value"]]


def valid_names(path) -> list[str]:
    """Indicator names plot() accepts for this file."""
    indicators = sorted(run_file.indicator_attrs(path, "indicators"))
    districts = sorted(run_file.indicator_attrs(path, "districts"))
    return indicators + [DISTRICT_PREFIX + name for name in districts]


def plot(path, indicators, lang: str = "en", diff: str | None = None):
    """The figure for one or more indicators (or one districts/<name>) of the file; with `diff`,
    every other scenario minus that scenario."""
    tr = Translator(lang)
    indicators = [indicators] if isinstance(indicators, str) else list(indicators)
    with run_file.open_cgsim(path) as f:
        names = valid_names(f)
        for indicator in indicators:
            if indicator not in names:
                raise UnknownIndicator(f"unknown indicator {indicator!r} in {path}. "
                                       f"Valid names: {', '.join(names)}")
        scenarios = run_file.scenarios(f)
        if diff is not None and diff not in scenarios:
            raise UnknownIndicator(f"--diff {diff!r}: no such scenario in {path}. "
                                   f"Scenarios: {', '.join(scenarios)}")
        districts = [i for i in indicators if i.startswith(DISTRICT_PREFIX)]
        if districts:
            if len(indicators) > 1 or diff is not None:
                raise UnknownIndicator("districts/<name> is plotted alone and without --diff")
            name = districts[0][len(DISTRICT_PREFIX):]
            frame = run_file.districts_frame(f)
            frame = frame[frame["indicator"] == name]
            final = intervals.bands(intervals.final_year(frame), by=("scenario", "indicator", "district"))
            return figures.district_figure(final, name, scenarios, tr,
                                           run_file.indicator_attrs(f, "districts"))
        frame = run_file.indicators_frame(f)
        frame = frame[frame["indicator"].isin(indicators)]
        units = run_file.indicator_attrs(f, "indicators")
        if diff is not None:
            frame = differences(frame, diff)
            scenarios = [s for s in scenarios if s != diff]
        bands = intervals.bands(frame)
        if len(indicators) == 1:
            fig = figures.single_trajectory_figure(bands, indicators[0], scenarios, tr, units)
        else:
            fig = figures.trajectories_figure(bands, indicators, scenarios, tr, units,
                                              ncols=min(3, len(indicators)))
        if diff is not None:
            for ax in fig.axes:
                ax.axhline(0, color="#333333", lw=0.8)
                ax.set_ylabel(figures.wrap(tr("diff_label", baseline=diff,
                                              unit=ax.get_ylabel().replace("\n", " ")), 34))
        return fig


def default_output(path: str, indicators: list[str]) -> Path:
    names = "_".join(i.replace("/", "_") for i in indicators)
    return Path(f"{Path(path).stem}_{names}.png")


EPILOG_ID = """Bahasa Indonesia: menggambar satu atau beberapa indikator (PNG, PDF atau SVG sesuai akhiran
berkas keluaran); --diff SKENARIO menggambar selisih terhadap skenario itu; --lang id untuk
label berbahasa Indonesia. Contoh:
  /usr/bin/python3 analysis/plot.py out/c.h5 capability_mean reach -o grafik.pdf --lang id"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="plot.py", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG_ID,
        description="Plot indicators of a cgsim file (PNG, PDF or SVG by the output's suffix).")
    parser.add_argument("file", help="cgsim output file (OUT.h5)")
    parser.add_argument("indicator", nargs="+",
                        help="indicator name(s), or one districts/<name>")
    parser.add_argument("-o", "--output",
                        help="figure to write, .png, .pdf or .svg (default: OUT_<indicator>.png)")
    parser.add_argument("--diff", metavar="BASELINE",
                        help="plot every other scenario minus this one (paired by replication)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--force", action="store_true",
                        help="overwrite an existing HDF5 file given as output (never the input)")
    args = parser.parse_args(argv)
    output = Path(args.output) if args.output else default_output(args.file, args.indicator)
    try:
        kind = output_format(output)
    except UnknownIndicator as err:
        print(f"plot.py: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return write_file("plot.py", output, args.file, args.force,
                      lambda: figures.to_bytes(plot(args.file, args.indicator, args.lang, args.diff), kind, dpi=120),
                      (run_file.CgsimFileError, UnknownIndicator))
