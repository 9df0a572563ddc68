"""Check a baseline run against the calibration targets.
Runs cgsim_analysis/tools/targets.py, as `python3 -m cgsim_analysis targets` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import targets
    sys.exit(targets.main())
