"""Floor 5 of cgsim_analysis: the analyses behind the tools. Options against a baseline
(decisions.py) and over many points (ranking.py), global sensitivity (sensitivity.py), scenario
discovery (discovery.py), calibration by history matching (calibration.py), the forum under each
rule (forum_rules.py), the incentive schemes over the plausible sets (plausible_schemes.py)."""
