"""Write a self-contained HTML report of a cgsim file (or the experiment report of an experiment file).
Runs cgsim_analysis/tools/report.py, as `python3 -m cgsim_analysis report` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import report
    sys.exit(report.main())
