"""cgsim's analysis tools. The code is the package cgsim_analysis (analysis/cgsim_analysis/,
README.md); the scripts beside this file (report.py, brief.py, ...) and `python3 -m analysis`
run its commands.

`from analysis import load` (from the project root) still gives the reader of run and compare
files, cgsim_analysis.readers.run_file, as it did before the package existed.
"""
from importlib import import_module


def __getattr__(name: str):
    if name == "load":  # loaded on first use, so that `python3 -m analysis` reads nothing twice
        return import_module(".cgsim_analysis.readers.run_file", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
