"""Describe a cgsim output file.
Runs cgsim_analysis/tools/load.py, as `python3 -m cgsim_analysis load` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import load
    sys.exit(load.main())
