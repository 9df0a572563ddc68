#!/bin/bash
# Usage: install.sh BUILD_DIR SOURCE_DIR. Installs cgsim into a temporary prefix and runs it from
# another directory: the installed program must find its scenarios and data by itself, and no
# source path may be compiled into it. Fails (exit 1) on the first broken expectation.
set -u
build=$1; src=$2; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
unset CGSIM_DATA_DIR
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }
cgsim=$tmp/prefix/bin/cgsim
share=$tmp/prefix/share/cgsim/scenarios
[ -x "$cgsim" ] || fail "no bin/cgsim in the prefix"
[ -f "$share/pre_collaborative.yaml" ] && [ -f "$share/data/muara_enim_kecamatan.csv" ] || fail "scenarios or data not installed"
if [ "${CGSIM_SANITIZED:-0}" != 1 ]; then
  ! grep -q -a -F "$(readlink -f "$src")" "$cgsim" || fail "the source path $src is compiled into cgsim"
fi
mkdir "$tmp/elsewhere" && cd "$tmp/elsewhere" || fail "cd"
small=(-r 1 --set simulation.years=2 --set population.msmes=500 --set companies.others.count=10)
"$cgsim" run "$share/pre_collaborative.yaml" -o out.h5 "${small[@]}" >run.log 2>&1 || { cat run.log; fail "installed run"; }
[ -f out.h5 ] || fail "no output file"
# A scenario that names no districts file takes the installed default data.
printf 'name: bare\nsimulation: {years: 1}\npopulation: {msmes: 300}\ncompanies: {others: {count: 5}}\n' > bare.yaml
"$cgsim" run bare.yaml -o bare.h5 -r 1 >bare.log 2>&1 || { cat bare.log; fail "scenario with the default districts file"; }
TMPDIR="$tmp" "$cgsim" bench --msmes 2000 --years 1 --json >bench.log 2>&1 || { cat bench.log; fail "bench with the installed default scenario"; }
# The live view's page is installed next to the scenarios and found by the installed program.
[ -f "$tmp/prefix/share/cgsim/web/index.html" ] || fail "the live view's page is not installed"
"$cgsim" serve --port 0 >serve.log 2>&1 &
serve_pid=$!
port=""
for _ in $(seq 1 300); do  # up to 30 s for the port line
  port=$(sed -n 's/.*(port \([0-9]*\)).*/\1/p' serve.log)
  [ -n "$port" ] && break
  kill -0 $serve_pid 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { cat serve.log; kill $serve_pid 2>/dev/null; fail "installed cgsim serve printed no port"; }
code=$(curl -s -o page.html -w '%{http_code}' "http://127.0.0.1:$port/")
kill -INT $serve_pid; wait $serve_pid; serve_status=$?
[ "$code" = 200 ] && grep -q "<html" page.html || fail "installed cgsim serve did not serve its page (HTTP $code)"
[ $serve_status -eq 0 ] || fail "installed cgsim serve exited with $serve_status after Ctrl-C"
echo "installed into a temporary prefix and ran from $(pwd): ok"
