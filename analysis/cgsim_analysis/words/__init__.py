"""Floor 3 of cgsim_analysis: every word a reader sees, in English and Indonesian. The report's
labels, indicator names and units (i18n.py), the brief's sentences (brief_text.py), the studies'
sentences (study_text.py), and how numbers are written (numbers.py)."""
