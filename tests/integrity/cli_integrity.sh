#!/bin/bash
# The command line under concurrency, hostile files and odd input (issue 18): each block names
# the row of the issue's table it reproduces; the script fails on the first broken expectation.
#   tests/integrity/cli_integrity.sh BUILD/cgsim
# With KEEP_GOING=1 it reports every broken expectation instead of stopping at the first.
set -uo pipefail
cgsim=$(readlink -f "${1:?usage: cli_integrity.sh path/to/cgsim}")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
PY=/usr/bin/python3
S="$root/scenarios/pre_collaborative.yaml"
B="$root/scenarios/siger_mu.yaml"
small=(--set population.msmes=300 --set companies.others.count=5 -t 1)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); [ -n "${KEEP_GOING:-}" ] || exit 1; }
has() { grep -q -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "$3"; }; }

# Row 1: a second run on the same output fails at once; the first finishes and is readable.
"$cgsim" run "$S" -o same.h5 -r 100000 --years 2 "${small[@]}" >a.out 2>&1 & first=$!
for _ in $(seq 50); do [ -f same.h5.partial ] && break; sleep 0.1; done
"$cgsim" run "$S" -o same.h5 -r 2 --years 2 "${small[@]}" >b.out 2>&1 && fail "row 1: the second writer succeeded"
has b.out "another cgsim is writing same.h5 (pid $first)" "row 1: the second writer's message"
kill -INT $first; wait $first; [ $? -eq 130 ] || fail "row 1: the first run did not stop cleanly"
"$cgsim" inspect same.h5.partial >i.out 2>&1; [ $? -eq 1 ] || fail "row 1: the first run's file is unreadable"

# Row 8: a kept .partial is not truncated by a rerun without --force.
kept=$(md5sum <same.h5.partial)
"$cgsim" run "$S" -o same.h5 -r 1 --years 1 "${small[@]}" >c.out 2>&1 && fail "row 8: the rerun went ahead"
has c.out "use --force" "row 8: the message points at --force"
[ "$(md5sum <same.h5.partial)" = "$kept" ] || fail "row 8: the kept .partial changed"

# Row 2: a planted symlink is never written through.
echo precious >precious.txt; ln -s "$work/precious.txt" out.h5.partial
"$cgsim" run "$S" -o out.h5 -r 1 --years 1 "${small[@]}" >d.out 2>&1 && fail "row 2: ran through a planted symlink"
[ "$(cat precious.txt)" = precious ] || fail "row 2: the symlink's target was overwritten"

# Row 9: a file that appears during the run is not replaced.
"$cgsim" run "$S" -o t.h5 -r 100000 --years 2 "${small[@]}" >e.out 2>&1 & run=$!
for _ in $(seq 50); do [ -f t.h5.partial ] && break; sleep 0.1; done
echo "someone else's" >t.h5
# Row 18: inspect on a file being written names it and says so.
"$cgsim" inspect t.h5.partial >f.out 2>&1; [ $? -eq 3 ] || fail "row 18: inspect of a file being written"
has f.out "t.h5.partial: being written by cgsim (pid $run)" "row 18: inspect names the file and the writer"
kill -TERM $run; wait $run
[ "$(cat t.h5)" = "someone else's" ] || fail "row 9: the file that appeared was replaced"

# Row 5: one replication: no interval, nothing flagged.
"$cgsim" compare "$S" "$B" -r 1 --years 2 "${small[@]}" -o c1.h5 --format csv >c1.csv 2>c1.err ||
  fail "row 5: compare -r 1 failed"
$PY - c1.csv <<'PY' || fail "row 5: see above"
import csv, math, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert rows, "no rows"
flagged = [r for r in rows if r["diff_excludes_zero"] != "0"]
intervals = [r for r in rows if not math.isnan(float(r["ci_low"])) or not math.isnan(float(r["diff_ci_low"]))]
if flagged or intervals:
    sys.exit(f"FAIL: row 5: {len(flagged)} flagged, {len(intervals)} intervals with one replication")
PY
"$cgsim" compare "$S" "$B" -r 1 --years 2 "${small[@]}" -o c1t.h5 >c1.txt 2>&1 || fail "row 5: table"
has c1.txt "n/a, need >= 2 replications" "row 5: the table says why there is no interval"
grep -q " \*$" c1.txt && fail "row 5: a difference is starred with one replication"
$PY "$root/analysis/report.py" c1.h5 -o c1.html >/dev/null 2>&1 || fail "row 5: report.py failed"
has c1.html "n/a, need ≥ 2 replications" "row 5: the report says why there is no interval"
grep -q "Clearly better" c1.html && fail "row 5: the report calls a difference clear with one replication"

# Row 10: a full disk (a file size limit): one message, no simulating on, a leftover that
# readers accept or refuse cleanly.
# Two threads: results are written from a worker thread, whose HDF5 diagnostics were not silenced.
( trap '' XFSZ; ulimit -f 200; exec "$cgsim" run "$S" -o full.h5 -r 300 --years 2 --set population.msmes=300 -t 2 ) >g.out 2>&1 &&
  fail "row 10: a run on a full disk succeeded"
[ "$(wc -l <g.out)" -le 3 ] || fail "row 10: $(wc -l <g.out) lines of diagnostics"
has g.out "is the disk full" "row 10: the message names the likely cause"
$PY "$root/analysis/load.py" full.h5.partial >h.out 2>&1; code=$?
[ $code -eq 0 ] || [ $code -eq 2 ] || fail "row 10: load.py exit $code on the leftover"
grep -q Traceback h.out && fail "row 10: load.py traceback on the leftover"

# Row 11: the analysis tools never overwrite their input (nor, without --force, any HDF5 file).
sum=$(md5sum <c1.h5)
$PY "$root/analysis/report.py" c1.h5 -o c1.h5 >j.out 2>&1 && fail "row 11: report.py wrote over its input"
$PY "$root/analysis/plot.py" c1.h5 capability_mean -o c1.h5 >j.out 2>&1 && fail "row 11: plot.py wrote over its input"
$PY "$root/analysis/report.py" c1.h5 -o c1.h5 --force >j.out 2>&1 && fail "row 11: --force wrote over the input"
[ "$(md5sum <c1.h5)" = "$sum" ] || fail "row 11: the input changed"
other=$(md5sum <c1t.h5)
$PY "$root/analysis/report.py" c1.h5 -o c1t.h5 >j.out 2>&1 && fail "row 11: report.py wrote over another HDF5 file"
[ "$(md5sum <c1t.h5)" = "$other" ] || fail "row 11: another HDF5 file changed"

# Row 12: odd but valid names are rendered literally.
printf 'name,msme_weight\nA$^$B,2\nC,1\n' >odd.csv
printf 'extends: %s\nname: "a$^$b"\npopulation: {districts_file: odd.csv}\ncompanies: {named: []}\n' "$S" >odd.yaml
"$cgsim" run odd.yaml -o odd.h5 -r 2 --years 2 "${small[@]}" >/dev/null 2>&1 || fail "row 12: the odd names did not run"
$PY "$root/analysis/report.py" odd.h5 -o odd.html >k.out 2>&1 || { cat k.out; fail "row 12: report.py failed on odd names"; }
has odd.html 'a$^$b' "row 12: the scenario name is shown literally"
$PY "$root/analysis/plot.py" odd.h5 districts/reach -o odd.png >k.out 2>&1 || { cat k.out; fail "row 12: plot.py failed"; }

# Rows 12, 13, 20: names and empty files are checked.
printf 'extends: %s\nname: " padded "\n' "$S" >padded.yaml
"$cgsim" validate padded.yaml >l.out 2>&1; [ $? -eq 3 ] || fail "row 13: a padded name validated"
printf 'extends: %s\nname: "M\xfcara"\n' "$S" >latin1.yaml
"$cgsim" validate latin1.yaml >l.out 2>&1; [ $? -eq 3 ] || fail "row 12: a Latin-1 name validated"
: >empty.yaml
"$cgsim" validate empty.yaml >l.out 2>&1; [ $? -eq 3 ] || fail "row 20: an empty scenario validated"
has l.out "empty scenario file" "row 20: the message"

# Row 14: sizes that cannot fit are refused up front, leaving nothing behind.
for set in companies.others.count=100000 population.msmes=200000000; do
  # A fixed limit, so that a machine with more memory than these need does not start them.
  timeout 60 "$cgsim" run "$S" -o big.h5 -r 1 --years 1 --set $set --max-memory 16 >m.out 2>&1; code=$?
  [ $code -eq 3 ] || { cat m.out; fail "row 14: --set $set gave exit $code, wanted 3 (refused)"; }
  has m.out "GiB" "row 14: the message gives the memory needed"
  [ -e big.h5.partial ] && fail "row 14: a .partial was left behind"
done
"$cgsim" run "$S" -o mm.h5 -r 1 --years 1 "${small[@]}" --max-memory 0.000001 >m.out 2>&1
[ $? -eq 3 ] || fail "row 14: --max-memory was ignored"

# Row 7: huge weights are refused by validate (and so never reach apportioning).
printf 'name,msme_weight\nA,1.7e308\nB,1.7e308\n' >huge.csv
printf 'extends: %s\nname: huge\npopulation: {districts_file: huge.csv, msmes_per_weight: 1}\ncompanies: {named: []}\n' "$S" >huge.yaml
printf 'name,msme_weight\nA,1\nB,1\n' >fine.csv; sed 's/huge.csv/fine.csv/' huge.yaml >fine.yaml
"$cgsim" validate fine.yaml >n.out 2>&1 || fail "row 7: the same scenario with small weights does not validate"
timeout 20 "$cgsim" validate huge.yaml >n.out 2>&1; [ $? -eq 3 ] || fail "row 7: huge weights validated"

# Row 17: a compared scenario's own seed is not silently replaced.
printf 'extends: %s\nname: seeded\nsimulation: {seed: 99}\n' "$B" >seeded.yaml
"$cgsim" compare "$S" seeded.yaml -r 2 --years 1 "${small[@]}" -o s.h5 >o.out 2>&1; [ $? -eq 3 ] ||
  fail "row 17: a different seed was silently replaced"
has o.out "simulation.seed 99" "row 17: the message names the scenario's own seed"
"$cgsim" compare "$S" seeded.yaml -r 2 --years 1 "${small[@]}" -o s.h5 --seed 5 >o.out 2>&1 ||
  fail "row 17: --seed for all did not resolve it"
"$cgsim" run "$S" --set extends=../x.yaml -o x.h5 -r 1 --years 1 >o.out 2>&1; [ $? -eq 3 ] ||
  fail "row 17: --set extends was accepted"

# Row 18: messages about what was typed; files that are not scenarios are not echoed.
"$cgsim" run "$S" -r -1 -o x.h5 >p.out 2>&1; [ $? -eq 2 ] || fail "row 18: -r -1"
has p.out "got '-1'" "row 18: -r -1 reports what was typed"
"$cgsim" run "$S" --seed -1 -o x.h5 >p.out 2>&1; [ $? -eq 2 ] || fail "row 18: --seed -1"
has p.out "got '-1'" "row 18: --seed -1 reports what was typed"
printf 'root:*:20228:0:99999:7:::\nalice:$6$x$y:1:::\n' >secret
printf 'name: s\nextends: %s\n' "$work/secret" >leak.yaml
"$cgsim" validate leak.yaml >q.out 2>&1; [ $? -eq 3 ] || fail "row 18: extends of a non-scenario validated"
grep -q "alice" q.out && fail "row 18: the contents of a non-scenario file were echoed"
[ $failures -eq 0 ] || exit 1
echo "cli integrity: rows 1, 2, 5, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 20 behave"
