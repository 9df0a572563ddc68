"""The bilingual HTML report on an experiment file.
Runs cgsim_analysis/tools/sensitivity_report.py, as `python3 -m cgsim_analysis sensitivity_report` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import sensitivity_report
    sys.exit(sensitivity_report.main())
