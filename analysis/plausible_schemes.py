"""Calibrate, then compare the incentive schemes over every plausible parameter set.
Runs cgsim_analysis/tools/plausible_schemes.py, as `python3 -m cgsim_analysis plausible_schemes` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import plausible_schemes
    sys.exit(plausible_schemes.main())
