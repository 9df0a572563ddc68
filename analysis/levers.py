"""Lever audit: writes docs/levers.md.
Runs cgsim_analysis/tools/levers.py, as `python3 -m cgsim_analysis levers` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import levers
    sys.exit(levers.main())
