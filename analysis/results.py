"""Regenerate docs/results.md.
Runs cgsim_analysis/tools/results.py, as `python3 -m cgsim_analysis results` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import results
    sys.exit(results.main())
