"""Output paths of the analysis tools: never over their input, never over a results file.

report.py and plot.py refuse an output path that is one of their input files, or an existing
HDF5 file (a cgsim result is expensive to remake), unless --force is given.
"""
from __future__ import annotations

import os
from pathlib import Path

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


class UnsafeOutput(Exception):
    """The output path would overwrite an input file or an HDF5 file."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _is_hdf5(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(HDF5_SIGNATURE))
    except OSError:
        return False
    return head == HDF5_SIGNATURE or path.suffix.lower() in (".h5", ".hdf5")


def check_output(output, inputs, force: bool = False) -> None:
    """Raise UnsafeOutput when writing `output` would destroy an input or an HDF5 file."""
    output = Path(output)
    if not output.exists():
        return
    for source in inputs:
        if _same_file(output, Path(source)):
            raise UnsafeOutput(f"{output} is the input file; choose another output path with -o")
    if force:
        return
    if _is_hdf5(output):
        raise UnsafeOutput(f"{output} is an existing HDF5 file; choose another output path "
                           "with -o, or use --force to overwrite it")
