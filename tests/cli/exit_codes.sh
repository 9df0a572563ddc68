#!/bin/bash
# Usage: exit_codes.sh CGSIM PROJECT_DIR. Fails (exit 1) on the first broken expectation.
set -u
cgsim=$1; root=$2; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
expect() {  # expect CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$tmp/out" 2>&1; local got=$?
  if [ "$got" -ne "$want" ]; then echo "FAIL: $what: exit $got, wanted $want"; cat "$tmp/out"; failures=$((failures+1)); fi
}
expect 0 "version" -- "$cgsim" --version
expect 2 "no command" -- "$cgsim"
expect 2 "unknown command" -- "$cgsim" frobnicate
for sub in run compare validate params indicators inspect bench; do expect 0 "$sub --help" -- "$cgsim" $sub --help; done
# bench: a tiny population on all cores (--threads 0, as for run); out-of-range input is a usage error.
expect 0 "bench on all cores" -- env TMPDIR="$tmp" "$cgsim" bench --msmes 2000 --years 1 --threads 0 --json
expect 2 "bench with 0 years" -- "$cgsim" bench --years 0
expect 3 "bench of a missing scenario" -- "$cgsim" bench --scenario "$tmp/none.yaml"
for f in table markdown yaml; do expect 0 "params --format $f" -- "$cgsim" params --format $f; done
expect 2 "params with an unknown format" -- "$cgsim" params --format xml
for f in markdown json; do expect 0 "indicators --format $f" -- "$cgsim" indicators --format $f; done
expect 2 "indicators with an unknown format" -- "$cgsim" indicators --format xml
expect 0 "validate shipped baseline" -- "$cgsim" validate "$root/scenarios/pre_collaborative.yaml"
expect 3 "validate missing file" -- "$cgsim" validate "$tmp/none.yaml"
expect 2 "run with a bad option" -- "$cgsim" run --no-such-option
# A file with five different mistakes: five located errors, all reported at once.
cat > "$tmp/five.yaml" <<YAML
name: five
forum:
  msme_seat: 3
  decision_rule: consensys
government:
  registry_quality: 1.7
population:
  sector_shares: {agribusiness: 0.5, food_processing: 0.5, craft: 0.5, trade: 0, services: 0}
simulation:
  years: many
YAML
expect 3 "five mistakes" -- "$cgsim" validate "$tmp/five.yaml"
n=$(grep -c "five.yaml:[0-9]*:[0-9]*: error" "$tmp/out")
[ "$n" -eq 5 ] || { echo "FAIL: wanted 5 located errors, got $n"; cat "$tmp/out"; failures=$((failures+1)); }
grep -q "did you mean 'forum.msme_seats'" "$tmp/out" || { echo "FAIL: no did-you-mean for msme_seat"; failures=$((failures+1)); }
# run writes a complete file; a second run refuses to overwrite it; --force does.
small=(--replications 1 --years 2 --set population.msmes=500 --set companies.others.count=10)
expect 0 "small run" -- "$cgsim" run "$root/scenarios/pre_collaborative.yaml" -o "$tmp/r.h5" "${small[@]}"
[ -f "$tmp/r.h5" ] && [ ! -f "$tmp/r.h5.partial" ] || { echo "FAIL: run did not leave exactly r.h5"; failures=$((failures+1)); }
expect 1 "no overwrite without --force" -- "$cgsim" run "$root/scenarios/pre_collaborative.yaml" -o "$tmp/r.h5" "${small[@]}"
expect 0 "overwrite with --force" -- "$cgsim" run "$root/scenarios/pre_collaborative.yaml" -o "$tmp/r.h5" --force "${small[@]}"
expect 0 "inspect a complete file" -- "$cgsim" inspect "$tmp/r.h5"
expect 3 "inspect a text file" -- "$cgsim" inspect "$root/README.md"
expect 1 "unwritable output directory" -- "$cgsim" run "$root/scenarios/pre_collaborative.yaml" -o "$tmp/no/such/dir/r.h5" "${small[@]}"
expect 3 "compare refuses an invalid scenario" -- "$cgsim" compare "$root/scenarios/pre_collaborative.yaml" "$tmp/five.yaml" -o "$tmp/c.h5"
[ ! -e "$tmp/c.h5" ] && [ ! -e "$tmp/c.h5.partial" ] || { echo "FAIL: an invalid compare left a file"; failures=$((failures+1)); }
# validate checks every shipped file as what it is: scenarios as scenarios, experiments as experiments.
expect 0 "validate every shipped file" -- "$cgsim" validate $(find "$root/scenarios" -name '*.yaml')
printf 'scenario: %s\ndesign: {type: bogus}\n' "$root/scenarios/siger_mu.yaml" >"$tmp/bad_experiment.yaml"
expect 3 "validate a bad experiment file" -- "$cgsim" validate "$tmp/bad_experiment.yaml"
echo "$((failures == 0 ? 1 : 0)) passed, $failures failed"
[ "$failures" -eq 0 ]
