"""python3 -m cgsim_analysis <command> [arguments] (cli.py)."""
import sys

from .cli import main

sys.exit(main())
