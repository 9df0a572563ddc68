"""Calibration by history matching in waves, with ABC weights.
Runs cgsim_analysis/tools/calibrate.py, as `python3 -m cgsim_analysis calibrate` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import calibrate
    sys.exit(calibrate.main())
