"""How the report, the brief and plot.py write their one output file: never over their input or
an HDF5 file (readers/output_paths.py), the reader's warnings printed once, a bad input file is
exit code 2 with a message naming it, a file that cannot be written exit code 1; the path
written is printed."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from ..readers.output_paths import UnsafeOutput, check_output
from ..readers.run_file import CgsimFileError, warnings_to_stderr

EXIT_BAD_INPUT = 2


def write_file(prog: str, output: Path, source, force: bool, make: Callable[[], str | bytes],
               errors: tuple[type[Exception], ...] = (CgsimFileError,)) -> int:
    """Write what make() returns (text as UTF-8, or bytes) to `output`; the exit code."""
    try:
        check_output(output, [source], force)
    except UnsafeOutput as err:
        print(f"{prog}: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with warnings_to_stderr(prog):
            content = make()
    except errors as err:
        print(f"{prog}: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if isinstance(content, bytes):
            output.write_bytes(content)
        else:
            output.write_text(content, encoding="utf-8")
    except OSError as err:
        print(f"{prog}: error: cannot write {output}: {err}", file=sys.stderr)
        return 1
    print(output)
    return 0
