#!/bin/bash
# Crash consistency (issue 18, row 3): many runs killed with SIGKILL at random moments; every
# leftover must be either readable with exactly the finished replications (each equal, value for
# value, to the same replication of an uninterrupted run) or rejected by every reader with a
# clear message. Also: SIGHUP stops a run like SIGTERM and keeps the finished replications.
#   tests/integrity/kill_nine.sh BUILD/cgsim [KILLS]
set -uo pipefail
cgsim=$(readlink -f "${1:?usage: kill_nine.sh path/to/cgsim [kills]}")
kills=${2:-100}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
small=(--years 2 --set population.msmes=50 --set companies.others.count=5 -t 1)
S="$root/scenarios/pre_collaborative.yaml"
"$cgsim" run "$S" -o "$work/ref.h5" -r 100 "${small[@]}" >/dev/null 2>&1 || { echo "FAIL: reference run"; exit 1; }

# SIGHUP: handled like SIGTERM (exit 130, finished replications kept and readable).
"$cgsim" run "$S" -o "$work/hup.h5" -r 100000 "${small[@]}" >/dev/null 2>&1 & pid=$!
for _ in $(seq 100); do [ -f "$work/hup.h5.partial" ] && break; sleep 0.1; done
sleep 0.3; kill -HUP $pid; wait $pid; code=$?
[ $code -eq 130 ] || { echo "FAIL: SIGHUP gave exit $code, expected 130 (interrupted, finished replications kept)"; exit 1; }
"$cgsim" inspect "$work/hup.h5.partial" >/dev/null; [ $? -eq 1 ] || { echo "FAIL: the file kept after SIGHUP is not readable as incomplete"; exit 1; }

# The kills: delays spread over the run's life (creation, first rows, many rows, the end).
for ((k = 0; k < kills; k++)); do
  mkdir "$work/k$k"
  "$cgsim" run "$S" -o "$work/k$k/x.h5" -r 100 "${small[@]}" >/dev/null 2>&1 & pid=$!
  sleep "$(awk -v k=$k -v n=$kills 'BEGIN { srand(k + 1); printf "%.3f", 0.02 + 1.2 * (k / n) * rand() + 0.1 * rand() }')"
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  for f in "$work/k$k"/x.h5 "$work/k$k"/x.h5.partial; do
    [ -f "$f" ] || continue
    "$cgsim" inspect "$f" >"$f.inspect" 2>&1; echo $? >"$f.code"
  done
done
CGSIM_ROOT="$root" /usr/bin/python3 - "$work" "$kills" <<'PY'
import os, re, sys, warnings
from pathlib import Path
import numpy as np
sys.path.insert(0, os.environ["CGSIM_ROOT"])
from analysis import load

work, kills = Path(sys.argv[1]), int(sys.argv[2])
warnings.simplefilter("ignore", load.IncompleteFileWarning)
ref = load.indicators_frame(work / "ref.h5").set_index(["replication", "indicator", "time"])["value"]
counts = {"readable": 0, "rejected": 0, "none": 0}
rows = 0
for k in range(kills):
    files = [f for f in (work / f"k{k}" / "x.h5", work / f"k{k}" / "x.h5.partial") if f.exists()]
    if not files:
        counts["none"] += 1
    for f in files:
        code = int(Path(f"{f}.code").read_text())
        said = Path(f"{f}.inspect").read_text()
        try:
            frame = load.indicators_frame(f)
        except load.CgsimFileError as err:
            if code != 3 or "cgsim inspect:" not in said:
                sys.exit(f"FAIL: {f.name} (kill {k}): load.py rejects it ({err}) but inspect exits {code}")
            counts["rejected"] += 1
            continue
        if code not in (0, 1):
            sys.exit(f"FAIL: {f.name} (kill {k}): load.py reads it but inspect exits {code}: {said}")
        finished = frame["replication"].nunique()
        m = re.search(r"pre_collaborative: (\d+) replications", said)
        counted = int(m.group(1)) if m else 0  # killed before the scenario group was made
        if counted != finished:
            sys.exit(f"FAIL: kill {k}: inspect counts {counted} replications, load.py {finished}")
        got = frame.set_index(["replication", "indicator", "time"])["value"]
        expected = ref.loc[got.index]
        same = (got.values == expected.values) | (np.isnan(got.values) & np.isnan(expected.values))
        if not same.all():
            sys.exit(f"FAIL: kill {k}: {int((~same).sum())} values of finished replications differ "
                     "from the uninterrupted run (an unfinished row was read)")
        counts["readable"] += 1
        rows += finished
print(f"kill -9 x {kills}: {counts['readable']} leftovers readable ({rows} finished replications, "
      f"all equal to the uninterrupted run), {counts['rejected']} rejected with a message, "
      f"{counts['none']} killed before creating a file")
PY
