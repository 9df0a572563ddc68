"""Floor 2 of cgsim_analysis: statistics on arrays and tidy frames, no files. Student-t intervals
and paired comparisons (intervals.py), whether an effect is meaningful (effects.py), the one net
government cost (money.py), Sobol and Morris estimators (gsa.py), PRIM (prim.py)."""
