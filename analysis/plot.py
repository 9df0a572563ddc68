"""Plot one indicator of a cgsim output file as a PNG.

    /usr/bin/python3 analysis/plot.py OUT.h5 capability_mean -o cap.png [--lang en|id]
    /usr/bin/python3 analysis/plot.py OUT.h5 districts/reach          (final-year bars per district)

An indicator is drawn over time, mean and 95% band per scenario. `districts/<name>` draws the
final year per district. Exit code 2 for a missing or non-cgsim file or an unknown indicator
(the message lists the valid names).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `analysis` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import figures, load, safe_output, stats  # noqa: E402
from analysis.i18n import LANGUAGES, Translator  # noqa: E402

EXIT_BAD_INPUT = 2
DISTRICT_PREFIX = "districts/"


class UnknownIndicator(ValueError):
    pass


def valid_names(path) -> list[str]:
    """Indicator names plot() accepts for this file."""
    indicators = sorted(load.indicator_attrs(path, "indicators"))
    districts = sorted(load.indicator_attrs(path, "districts"))
    return indicators + [DISTRICT_PREFIX + name for name in districts]


def plot(path, indicator: str, lang: str = "en"):
    """The figure for one indicator (or districts/<name>) of the file."""
    tr = Translator(lang)
    with load.open_cgsim(path) as f:
        names = valid_names(f)
        if indicator not in names:
            raise UnknownIndicator(f"unknown indicator {indicator!r} in {path}. "
                                   f"Valid names: {', '.join(names)}")
        scenarios = load.scenarios(f)
        if indicator.startswith(DISTRICT_PREFIX):
            name = indicator[len(DISTRICT_PREFIX):]
            frame = load.districts_frame(f)
            frame = frame[frame["indicator"] == name]
            final = stats.bands(stats.final_year(frame), by=("scenario", "indicator", "district"))
            return figures.district_figure(final, name, scenarios, tr,
                                           load.indicator_attrs(f, "districts"))
        frame = load.indicators_frame(f)
        bands = stats.bands(frame[frame["indicator"] == indicator])
        return figures.single_trajectory_figure(bands, indicator, scenarios, tr,
                                                load.indicator_attrs(f, "indicators"))


def default_output(path: str, indicator: str) -> Path:
    return Path(f"{Path(path).stem}_{indicator.replace('/', '_')}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plot.py",
                                     description="Plot one indicator of a cgsim file.")
    parser.add_argument("file", help="cgsim output file (OUT.h5)")
    parser.add_argument("indicator", help="indicator name, or districts/<name>")
    parser.add_argument("-o", "--output", help="PNG to write (default: OUT_<indicator>.png)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--force", action="store_true",
                        help="overwrite an existing HDF5 file given as output (never the input)")
    args = parser.parse_args(argv)
    output = Path(args.output) if args.output else default_output(args.file, args.indicator)
    try:
        safe_output.check_output(output, [args.file], args.force)
    except safe_output.UnsafeOutput as err:
        print(f"plot.py: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with load.warnings_to_stderr("plot.py"):
            fig = plot(args.file, args.indicator, args.lang)
    except (load.CgsimFileError, UnknownIndicator) as err:
        print(f"plot.py: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        output.write_bytes(figures.to_png(fig, dpi=120))
    except OSError as err:
        print(f"plot.py: error: cannot write {output}: {err}", file=sys.stderr)
        return 1
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
