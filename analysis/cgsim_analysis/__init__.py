"""cgsim_analysis: the Python half of cgsim (Debian's python3 and python3-* packages only).

Floors, bottom to top; a module imports from its own floor and the floors below, never above
(scripts/check-python checks it, with the import graph free of circles):

    cli, __main__   python3 -m cgsim_analysis <command>: one entry point for every tool
    tools/          one module per command: arguments, messages, exit codes, the documents
    studies/        decisions (options against a baseline), ranking, sensitivity, discovery,
                    calibration, forum rules, the schemes over the plausible sets
    render/         one HTML kit (pages, tables, embedded figures) and the figures
    words/          every label and sentence in English and Indonesian; number formats
    stats/          intervals and paired comparisons, effects, money, Sobol/Morris, PRIM
    readers/        cgsim's run and experiment files, CSV, the targets file, the indicator
                    and parameter catalogues, the project and its cgsim program

From the project root: `PYTHONPATH=analysis python3 -m cgsim_analysis <command>`, or
`python3 -m analysis <command>`, or the scripts `python3 analysis/<command>.py`.
"""
