"""Floor 6 of cgsim_analysis: one module per command, named as its script in analysis/ (report,
brief, plot, load, sensitivity, sensitivity_report, discover, calibrate, plausible_schemes,
targets, levers, results, forum_rules, teaching), each with main(argv) -> exit code; and
write_file.py, how the report, the brief and plot.py write their one output file."""
