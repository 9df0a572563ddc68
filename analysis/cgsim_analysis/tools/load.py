"""Describe a cgsim output file: its version, whether it is complete, scenarios and indicators.

    /usr/bin/python3 analysis/load.py OUT.h5
"""
from __future__ import annotations

import argparse
import sys

from ..readers.run_file import CgsimFileError, load, warnings_to_stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="load.py", description="Describe a cgsim output file.")
    parser.add_argument("file")
    args = parser.parse_args(argv)
    try:
        with warnings_to_stderr("load.py"):
            results = load(args.file)
    except CgsimFileError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{results.path}: cgsim {results.attrs.get('cgsim_version')}, "
          f"{'complete' if results.complete else 'INCOMPLETE'}")
    for _, row in results.info.iterrows():
        print(f"  {row['scenario']}: {row.get('replications', '?')} replications, "
              f"{row.get('years', '?')} years")
    print(f"  indicators: {results.indicators['indicator'].nunique()}, "
          f"district indicators: {results.districts['indicator'].nunique()}, "
          f"comparison: {'yes' if results.comparison is not None else 'no'}")
    return 0
