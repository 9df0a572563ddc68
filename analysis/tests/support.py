"""What the tests share besides fixtures: the project root and the cgsim program the analysis
runs (cgsim_analysis.readers.project: $CGSIM_BIN, build/cgsim, `cgsim` on the PATH)."""
from __future__ import annotations

import os
from pathlib import Path

from cgsim_analysis.readers import project

REPO = project.PROJECT


def simulator_binary() -> Path | None:
    """The cgsim program, when it exists and is executable; None otherwise."""
    path = Path(project.find_binary())
    if not path.is_absolute():
        path = REPO / path
    return path if path.is_file() and os.access(path, os.X_OK) else None
