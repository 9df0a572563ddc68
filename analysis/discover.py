"""Scenario discovery (PRIM) on an experiment file.
Runs cgsim_analysis/tools/discover.py, as `python3 -m cgsim_analysis discover` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import discover
    sys.exit(discover.main())
