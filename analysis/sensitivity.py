"""Sobol or Morris sensitivity indices of an experiment file.
Runs cgsim_analysis/tools/sensitivity.py, as `python3 -m cgsim_analysis sensitivity` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import sensitivity
    sys.exit(sensitivity.main())
