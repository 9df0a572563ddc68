#!/bin/bash
# Usage: validate_warnings.sh CGSIM PROJECT_DIR. `cgsim validate` warns (stderr, exit 0) about a
# lever with no path in its configuration, stays quiet when the path exists, and
# --explain-json gives the same findings as JSON on stdout.
set -u
cgsim=$1; root=$2; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cp -r "$root/scenarios/." "$tmp/"
printf 'name: seats\nextends: pre_collaborative.yaml\nforum:\n  msme_seats: 6\n' >"$tmp/seats.yaml"
printf 'name: audits\nextends: pre_collaborative.yaml\nregulation: {audit_probability: 0.5, sanction_billion_idr: 2}\n' >"$tmp/audits.yaml"
"$cgsim" validate "$tmp/seats.yaml" >"$tmp/out" 2>"$tmp/err" || fail "exit $? for a valid scenario with an inert lever"
grep -q "seats.yaml: ok" "$tmp/out" || fail "no 'ok' line: $(cat "$tmp/out")"
grep -q "seats.yaml:4:3: warning: forum.msme_seats = 6 does nothing" "$tmp/err" || fail "no located warning: $(cat "$tmp/err")"
grep -q "forum.agenda is report_only" "$tmp/err" || fail "the warning does not say what is missing"
"$cgsim" validate "$tmp/audits.yaml" 2>"$tmp/err" >/dev/null || fail "audits: exit $?"
grep -q "regulation.audit_probability" "$tmp/err" && grep -q "regulation.sanction_billion_idr" "$tmp/err" &&
  grep -q "nothing is binding" "$tmp/err" || fail "no warning for audits and sanctions with nothing binding"
"$cgsim" validate "$tmp/siger_mu.yaml" 2>"$tmp/err" >/dev/null || fail "siger_mu: exit $?"
[ ! -s "$tmp/err" ] || fail "warnings for siger_mu, where every lever has a path: $(cat "$tmp/err")"
"$cgsim" validate --explain-json "$tmp/seats.yaml" "$tmp/siger_mu.yaml" >"$tmp/json" 2>/dev/null || fail "explain-json: exit $?"
/usr/bin/python3 - "$tmp/json" <<'PY' || exit 1
import json, sys
files = json.load(open(sys.argv[1]))
assert len(files) == 2 and all(f["ok"] for f in files), files
seats = {l["key"]: l for l in files[0]["inert"]}
assert "forum.msme_seats" in seats and "report_only" in seats["forum.msme_seats"]["why"], seats
assert files[1]["inert"] == [], files[1]
PY
# The shipped calibration targets validate as such; a broken targets file is rejected with its line.
"$cgsim" validate "$root/scenarios/data/targets.yaml" >"$tmp/out" 2>&1 || fail "shipped targets: $(cat "$tmp/out")"
grep -q "calibration targets" "$tmp/out" || fail "targets file not recognised: $(cat "$tmp/out")"
printf 'targets:\n  - name: members\n    observed: 94\n    compare_with: companies_members\n' >"$tmp/targets.yaml"
"$cgsim" validate "$tmp/targets.yaml" >"$tmp/out" 2>&1; code=$?
[ "$code" -eq 3 ] || fail "broken targets file: exit $code, wanted 3"
grep -q "targets.yaml:2:.*targets\[0\] (members).*sd" "$tmp/out" || fail "no located error for a target without sd: $(cat "$tmp/out")"
echo "validate warnings ok"
