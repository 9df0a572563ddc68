"""Plot indicators of a cgsim file as PNG, PDF or SVG.
Runs cgsim_analysis/tools/plot.py, as `python3 -m cgsim_analysis plot` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import plot
    sys.exit(plot.main())
