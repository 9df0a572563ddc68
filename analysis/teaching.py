"""The teaching pack's numbers: --update or --check.
Runs cgsim_analysis/tools/teaching.py, as `python3 -m cgsim_analysis teaching` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import teaching
    sys.exit(teaching.main())
