"""Floor 4 of cgsim_analysis: one kit for what the tools write. html.py (pages, sections, tables,
embedded figures, the report's and the brief's style sheets), figures.py (the report's figures in
the house style), study_figures.py (the figures of sensitivity and scenario discovery)."""
import matplotlib

matplotlib.use("Agg")  # figures are written to files, never shown: no display needed
