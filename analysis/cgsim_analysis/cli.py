"""One entry point for every tool: `python3 -m cgsim_analysis <command> [arguments]` (from the
project root with PYTHONPATH=analysis), `python3 -m analysis <command>`, or the script
`analysis/<command>.py`; all three run the same main(). A new command is a module in tools/
with a main(argv), listed here and given a script of its name in analysis/.
"""
from __future__ import annotations

import sys

from .tools import (brief, calibrate, discover, forum_rules, levers, load, plausible_schemes, plot, report, results,
                    sensitivity, sensitivity_report, targets, teaching)

TOOLS = (report, brief, plot, load, sensitivity, sensitivity_report, discover, calibrate, plausible_schemes, targets,
         levers, results, forum_rules, teaching)
COMMANDS = {tool.__name__.rsplit(".", 1)[-1]: tool for tool in TOOLS}


def usage(prog: str) -> str:
    width = max(map(len, COMMANDS))
    lines = [f"usage: {prog} <command> [arguments]   ({prog} <command> --help for its options)", "",
             "commands:"]
    lines += [f"  {name:<{width}}  {tool.__doc__.strip().splitlines()[0]}" for name, tool in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None, prog: str = "python3 -m cgsim_analysis") -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]].main(argv[1:])
    if argv and argv[0] in ("-h", "--help"):
        print(usage(prog))
        return 0
    print(usage(prog), file=sys.stderr)
    if argv:
        print(f"\n{prog}: unknown command {argv[0]!r}", file=sys.stderr)
    return 2
