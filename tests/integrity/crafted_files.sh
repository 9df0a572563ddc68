#!/bin/bash
# The crafted-file corpus (tests/integrity/make_corpus.py, built from a real run and from the
# synthetic fixture) through cgsim inspect, analysis/load.py and analysis/report.py: every
# reader gives the verdict in the file's name, with its documented exit code and a message,
# never a traceback or a crash (issue 18, rows 4, 12, 15, 19).
#   tests/integrity/crafted_files.sh BUILD/cgsim
set -uo pipefail
cgsim=$(readlink -f "${1:?usage: crafted_files.sh path/to/cgsim}")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
PY=/usr/bin/python3
"$cgsim" compare "$root/scenarios/pre_collaborative.yaml" "$root/scenarios/siger_mu.yaml" -o "$work/real.h5" \
  -r 2 --years 2 --set population.msmes=300 --set companies.others.count=5 -t 1 >/dev/null 2>&1 ||
  { echo "FAIL: the run for the corpus base failed"; exit 1; }
$PY "$root/tests/integrity/make_corpus.py" "$work/real" --base "$work/real.h5" >/dev/null || exit 1
$PY "$root/tests/integrity/make_corpus.py" "$work/synthetic" >/dev/null || exit 1
$PY "$root/tests/integrity/read_corpus.py" "$cgsim" "$work/real" "$work/synthetic"
