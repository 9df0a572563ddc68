"""The forum under each decision rule, power asymmetry and length of deliberation.
Runs cgsim_analysis/tools/forum_rules.py, as `python3 -m cgsim_analysis forum_rules` does."""
if __name__ == "__main__":
    import sys
    from cgsim_analysis.tools import forum_rules
    sys.exit(forum_rules.main())
