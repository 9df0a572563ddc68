"""Write a one- or two-page policy brief of a cgsim comparison.
Runs cgsim_analysis/tools/brief.py, as `python3 -m cgsim_analysis brief` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import brief
    sys.exit(brief.main())
