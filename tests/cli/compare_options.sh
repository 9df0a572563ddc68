#!/bin/bash
# Usage: compare_options.sh CGSIM PROJECT_DIR. The compare options of issue 17: --set-for (one
# scenario only), --all-years (csv and json), --precision INDICATOR[=H], --lang id; "file not
# found" says where it looked (extends: too); validate warns on joint planning with a unilateral rule.
set -u
cgsim=$1; root=$2; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$root" || exit 1
small=(--set population.msmes=800 --force)
A=scenarios/pre_collaborative.yaml; B=scenarios/regulation/msme_seat_quota_6.yaml
seats() { /usr/bin/python3 -c "import h5py,yaml,sys; f=h5py.File(sys.argv[1]); print(' '.join(str(yaml.safe_load(f[s].attrs['scenario_yaml'])['forum']['msme_seats']) for s in ('pre_collaborative','msme_seat_quota_6')))" "$1"; }

# --set-for by name and by file: only that scenario changes; --set stays for all
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/n.h5" --set-for msme_seat_quota_6 forum.msme_seats=2 >/dev/null 2>&1 || fail "--set-for by name: exit $?"
[ "$(seats "$tmp/n.h5")" = "0 2" ] || fail "--set-for by name gave seats $(seats "$tmp/n.h5"), expected '0 2'"
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/f.h5" --set-for $B forum.msme_seats=3 --set forum.msme_seats=1 >/dev/null 2>&1 || fail "--set-for by file: exit $?"
[ "$(seats "$tmp/f.h5")" = "1 3" ] || fail "--set-for by file with --set gave $(seats "$tmp/f.h5"), expected '1 3'"
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/x.h5" --set-for nowhere forum.msme_seats=2 >/dev/null 2>"$tmp/err"
[ $? -eq 3 ] && grep -q "no scenario file or name 'nowhere'" "$tmp/err" || fail "--set-for unknown target: $(cat "$tmp/err")"
"$cgsim" compare $A $B -o "$tmp/x.h5" --set-for $B >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "needs two arguments" "$tmp/err" || fail "--set-for without key=value: $(cat "$tmp/err")"

# --all-years: csv with a year column, one block per year; the last block is the final-year csv
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 3 -o "$tmp/y.h5" --format csv --all-years >"$tmp/all.csv" 2>/dev/null || fail "--all-years csv: exit $?"
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 3 -o "$tmp/y.h5" --format csv >"$tmp/final.csv" 2>/dev/null || fail "csv: exit $?"
head -1 "$tmp/all.csv" | grep -q "^year,scenario,indicator,mean" || fail "--all-years csv header: $(head -1 "$tmp/all.csv")"
for y in 1 2 3; do grep -q "^$y,msme_seat_quota_6,capability_mean," "$tmp/all.csv" || fail "no year $y rows"; done
diff <(grep '^3,' "$tmp/all.csv" | cut -d, -f2-) <(tail -n +2 "$tmp/final.csv") >/dev/null || fail "--all-years year 3 differs from the final-year csv"
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/y.h5" --format json --all-years 2>/dev/null |
  /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); assert [y['year'] for y in d['years']]==[1,2], d.keys(); assert d['years'][0]['scenarios'][1]['name']=='msme_seat_quota_6'" || fail "--all-years json"
"$cgsim" compare $A $B -o "$tmp/y.h5" --all-years >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "needs --format csv or json" "$tmp/err" || fail "--all-years with the table: $(cat "$tmp/err")"

# --precision for any indicator: replications are added until the target or the limit
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/p.h5" --precision need_match=1e-9 --max-replications 5 >"$tmp/out" 2>/dev/null || fail "--precision need_match: exit $?"
grep -q "over 5 paired replications" "$tmp/out" || fail "--precision need_match=1e-9 did not add replications up to the limit: $(head -1 "$tmp/out")"
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/p.h5" --precision need_match=1000 --max-replications 5 >"$tmp/out" 2>/dev/null || fail "--precision need_match=1000: exit $?"
grep -q "over 2 paired replications" "$tmp/out" || fail "--precision with a loose target added replications: $(head -1 "$tmp/out")"
"$cgsim" compare $A $B -o "$tmp/p.h5" --precision nonsense=1 >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "unknown indicator 'nonsense'" "$tmp/err" || fail "--precision unknown indicator: $(cat "$tmp/err")"

# --lang id: the table's prose in Indonesian, decimal commas
"$cgsim" compare $A $B -r 2 "${small[@]}" --years 2 -o "$tmp/l.h5" --lang id >"$tmp/out" 2>/dev/null || fail "--lang id: exit $?"
grep -q "Rata-rata tahun terakhir" "$tmp/out" && grep -q "(skenario dasar)" "$tmp/out" || fail "--lang id: $(head -3 "$tmp/out")"
grep -qE "Final-year|baseline\)|difference" "$tmp/out" && fail "English left in --lang id: $(grep -E 'Final-year|baseline|difference' "$tmp/out" | head -2)"
grep -qE "capability_mean +0,[0-9]" "$tmp/out" || fail "--lang id: no decimal comma"

# file not found: where it looked, for a copied scenario whose extends: no longer resolves
mkdir -p "$tmp/copied"; cp scenarios/regulation/awards.yaml "$tmp/copied/"
"$cgsim" validate "$tmp/copied/awards.yaml" >"$tmp/out" 2>&1
grep -q "file not found: ../pre_collaborative.yaml (looked for $tmp/pre_collaborative.yaml, relative to the folder of $tmp/copied/awards.yaml)" "$tmp/out" ||
  fail "extends not found does not say where it looked: $(cat "$tmp/out")"
(cd "$tmp" && "$cgsim" validate nowhere/absent.yaml) >"$tmp/out" 2>&1
grep -q "looked for $tmp/nowhere/absent.yaml" "$tmp/out" || fail "missing file does not say where it looked: $(cat "$tmp/out")"

# validate: joint planning under the unilateral rule does nothing
cp -r scenarios/. "$tmp/s/" 2>/dev/null || { mkdir -p "$tmp/s" && cp -r scenarios/. "$tmp/s/"; }
printf 'name: jp\nextends: pre_collaborative.yaml\nforum:\n  agenda: joint_planning\n' >"$tmp/s/jp.yaml"
"$cgsim" validate "$tmp/s/jp.yaml" >/dev/null 2>"$tmp/err" || fail "validate jp: exit $?"
grep -q "jp.yaml:4:3: warning: forum.agenda = joint_planning does nothing" "$tmp/err" && grep -q "unilateral" "$tmp/err" ||
  fail "no warning for joint planning with the unilateral rule: $(cat "$tmp/err")"
echo "compare options ok"
