#!/bin/bash
# cgsim experiment from the command line: serial, threads, MPI (3 ranks), 2 shards + merge and an
# interrupted run resumed all give the same numbers; bad input is refused with a clear message.
# usage: cli.sh CGSIM SOURCE_DIR MPI(ON|OFF)
set -uo pipefail
CGSIM=$1; SRC=$2; MPI=$3
PY=/usr/bin/python3
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
E=$SRC/scenarios/experiments/smoke.yaml

same() { # same A.h5 B.h5: every numeric dataset but the wall-clock ones is bit-identical
  $PY - "$1" "$2" <<'PY' || fail "$1 and $2 differ"
import sys, h5py, numpy as np
def data(path):
    out = {}
    with h5py.File(path, "r") as f:
        f.visititems(lambda n, o: out.__setitem__(n, o[()]) if isinstance(o, h5py.Dataset) and o.dtype.kind in "fiub" and "elapsed" not in n else None)
    return out
a, b = data(sys.argv[1]), data(sys.argv[2])
assert a.keys() == b.keys(), (a.keys(), b.keys())
for k in a:
    assert a[k].shape == b[k].shape and np.array_equal(a[k], b[k], equal_nan=True), k
assert (a["done"] == 1).all()
PY
}

$CGSIM experiment validate "$E" >"$T/log" 2>&1 || { cat "$T/log"; fail "validate smoke"; }
grep -q "2 policies x 4 design points (latin_hypercube) x 2 replications = 16 runs" "$T/log" || fail "validate: $(cat "$T/log")"
$CGSIM experiment run "$E" -o "$T/serial.h5" -t 1 >"$T/log" 2>&1 || { cat "$T/log"; fail "serial run"; }
$CGSIM experiment run "$E" -o "$T/threads.h5" -t 3 >"$T/log" 2>&1 || { cat "$T/log"; fail "threaded run"; }
same "$T/serial.h5" "$T/threads.h5"
for i in 1 2; do
  $CGSIM experiment run "$E" --shard $i/2 -o "$T/part$i.h5" >"$T/log" 2>&1 || { cat "$T/log"; fail "shard $i/2"; }
done
$CGSIM experiment merge "$T/part1.h5" "$T/part2.h5" -o "$T/merged.h5" >"$T/log" 2>&1 || { cat "$T/log"; fail "merge"; }
same "$T/serial.h5" "$T/merged.h5"
if [ "$MPI" = ON ]; then
  command -v mpirun >/dev/null || fail "built with MPI but mpirun is missing (scripts/install-deps installs openmpi-bin)"
  for n in 1 2 3; do
    # Open MPI keeps some memory until exit by design; leak reports would be about it, not cgsim.
    ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0 mpirun --oversubscribe --allow-run-as-root -n $n $CGSIM experiment run "$E" -o "$T/mpi$n.h5" >"$T/log" 2>&1 \
      || { cat "$T/log"; fail "mpirun -n $n"; }
    same "$T/serial.h5" "$T/mpi$n.h5"
  done
fi

# Interrupted and resumed: an experiment long enough to be stopped half-way.
sed -e 's/points: 4/points: 40/' -e "s#\.\./#$SRC/scenarios/#" "$E" >"$T/long.yaml"
$CGSIM experiment run "$T/long.yaml" -o "$T/long_serial.h5" >"$T/log" 2>&1 || { cat "$T/log"; fail "long serial"; }
$CGSIM experiment run "$T/long.yaml" -o "$T/long.h5" -t 1 --progress >"$T/int.log" 2>&1 &
pid=$!
for _ in $(seq 200); do   # wait until some rows are written, then Ctrl-C
  sleep 0.05
  grep -qE "(^|[^0-9])([3-9]|[1-3][0-9]) of 40 points written" "$T/int.log" && break
done
kill -INT $pid; wait $pid; rc=$?
[ $rc -eq 130 ] || { cat "$T/int.log"; fail "interrupted run exited $rc, expected 130"; }
grep -q -- "--resume" "$T/int.log" || fail "the interruption message does not say how to resume"
$CGSIM experiment run "$T/long.yaml" -o "$T/long.h5" >"$T/log" 2>&1 && fail "a new run over an interrupted one was accepted"
grep -q "resume" "$T/log" || fail "no hint to --resume: $(cat "$T/log")"
sed 's/seed: 7/seed: 8/' "$T/long.yaml" >"$T/changed.yaml"
$CGSIM experiment run "$T/changed.yaml" -o "$T/long.h5" --resume >"$T/log" 2>&1 && fail "resume with a changed experiment accepted"
grep -q "different experiment" "$T/log" || fail "resume with a changed experiment: $(cat "$T/log")"
$CGSIM experiment run "$T/long.yaml" -o "$T/long.h5" --resume >"$T/log" 2>&1 || { cat "$T/log"; fail "resume"; }
same "$T/long_serial.h5" "$T/long.h5"

# Bad input: each a clear error, exit code 3 for a bad experiment file.
bad() { # bad NAME EXPECTED_WORDS YAML_TEXT
  printf '%s\n' "$3" >"$T/$1.yaml"
  $CGSIM experiment run "$T/$1.yaml" -o "$T/$1.h5" >"$T/log" 2>&1; rc=$?
  [ $rc -eq 3 ] || fail "$1: exit $rc, expected 3: $(cat "$T/log")"
  grep -q "$2" "$T/log" || fail "$1: message lacks '$2': $(cat "$T/log")"
  [ ! -e "$T/$1.h5" ] && [ ! -e "$T/$1.h5.partial" ] || fail "$1: an output file was written"
}
P="scenario: $SRC/scenarios/pre_collaborative.yaml"
bad unknown_key "did you mean 'replications'" "$P
replicatoins: 2
design: {type: full_factorial}"
bad out_of_range "outside the parameter table's range" "$P
levers:
  regulation.tax_incentive_rate: {range: [0, 2]}
design: {type: latin_hypercube, points: 3}"
bad power_of_two "power of two, got 12" "$P
uncertainties:
  implementation.elite_capture: {}
design: {type: sobol, base_points: 12}"
bad too_large "the design would have 1000000000000 points" "$P
uncertainties:
  implementation.elite_capture: {}
  implementation.fatigue: {}
  participation.commitment_weight: {}
  participation.coordination_cost: {}
design: {type: full_factorial, levels: 1000}"
bad missing_scenario "scenario file not found" "scenario: nowhere.yaml
design: {type: full_factorial}"
$CGSIM experiment merge "$T/part1.h5" "$T/part1.h5" -o "$T/twice.h5" >"$T/log" 2>&1 && fail "merge of one part twice accepted"
grep -q "is in both" "$T/log" || fail "merge twice: $(cat "$T/log")"
$CGSIM experiment merge "$T/part1.h5" "$T/long_serial.h5" -o "$T/mixed.h5" >"$T/log" 2>&1 && fail "merge of two experiments accepted"
grep -q "another experiment" "$T/log" || fail "merge mixed: $(cat "$T/log")"
[ ! -e "$T/mixed.h5" ] || fail "a refused merge wrote its output"
echo "experiment CLI ok"
