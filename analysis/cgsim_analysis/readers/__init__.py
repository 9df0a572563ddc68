"""Floor 1 of cgsim_analysis: what comes in. cgsim's run and compare files (run_file.py) and
experiment files (experiment_file.py), CSV tables, the calibration targets, the indicator and
parameter catalogues, the project's folders and its cgsim program (project.py), and which
output paths are safe to write."""
