"""python3 -m analysis <command> [arguments], from the project root: the same commands as
python3 -m cgsim_analysis (cgsim_analysis/cli.py)."""
import sys

from .cgsim_analysis.cli import main

sys.exit(main(prog="python3 -m analysis"))
