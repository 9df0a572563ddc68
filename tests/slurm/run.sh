#!/bin/bash
# A real single-node Slurm cluster, started here from Debian's packages (munge, slurmctld,
# slurmd), runs an experiment as a 4-task array job plus a merge job (--dependency=afterok), with
# the shipped scripts in scenarios/experiments/; the merged file must equal a serial run. Every
# daemon started here is stopped on exit. Needs root (as in CI); installs its packages itself.
#   tests/slurm/run.sh [EXPERIMENT.yaml] [SHARDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
exp=$(readlink -f "${1:-scenarios/experiments/smoke.yaml}")
shards=${2:-4}
cgsim=$root/build/cgsim
[ -x "$cgsim" ] || { echo "tests/slurm/run.sh: build cgsim first (scripts/test)"; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "tests/slurm/run.sh: needs root to run the Slurm daemons"; exit 1; }

missing=()
for p in munge slurmctld slurmd slurm-client; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

T=$(mktemp -d /tmp/cgsim-slurm.XXXXXX)
chmod 755 "$T"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$T"
}
trap cleanup EXIT
host=$(hostname -s)

# munge with its own key, socket and files (the system's munged, if any, is left alone).
mkdir -m 755 "$T/munge"
dd if=/dev/urandom of="$T/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$T/munge/munge.key"
munged --foreground --force --key-file="$T/munge/munge.key" --socket="$T/munge/munge.sock" \
  --pid-file="$T/munge/munged.pid" --log-file="$T/munge/munged.log" --seed-file="$T/munge/munged.seed" >"$T/munged.out" 2>&1 &
pids+=($!)

# Ports away from the defaults, so that a Slurm already on the machine is not disturbed.
port=$((17000 + RANDOM % 2000))
mkdir -p "$T/state" "$T/spool" "$T/jobs"
cat >"$T/slurm.conf" <<CONF
ClusterName=cgsimtest
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge/munge.sock
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
# More CPUs than the machine has, so that the array's tasks are not left pending.
SlurmdParameters=config_overrides
NodeName=$host CPUs=8 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$T/slurm.conf
for _ in $(seq 50); do [ -S "$T/munge/munge.sock" ] && break; sleep 0.1; done
slurmctld -D -i -f "$SLURM_CONF" >"$T/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >"$T/slurmd.out" 2>&1 &
pids+=($!)
up=0
for _ in $(seq 100); do
  if sinfo -h -o "%T" 2>/dev/null | grep -qE "^idle"; then up=1; break; fi
  sleep 0.2
done
if [ $up -ne 1 ]; then
  echo "FAIL: the test cluster did not come up"; tail -5 "$T/slurmctld.log" "$T/slurmd.log" "$T/munge/munged.log" 2>/dev/null
  exit 1
fi

export CGSIM=$cgsim
ids=$(scenarios/experiments/submit_slurm.sh "$exp" "$shards" "$T/jobs" "$T/jobs/merged.h5")
echo "$ids"
merge_id=$(echo "$ids" | sed -E 's/.*merge job ([0-9]+).*/\1/')
for _ in $(seq 1200); do   # up to 4 minutes
  state=$(scontrol show job "$merge_id" 2>/dev/null | grep -oE "JobState=[A-Z_]+" | cut -d= -f2 || true)
  case "$state" in COMPLETED|FAILED|CANCELLED|TIMEOUT|OUT_OF_MEMORY|NODE_FAIL) break ;; esac
  sleep 0.2
done
if [ "$state" != COMPLETED ]; then
  echo "FAIL: merge job $merge_id ended as '$state'"
  squeue -a; tail -n 5 "$T"/jobs/*.log 2>/dev/null; exit 1
fi
"$cgsim" experiment run "$exp" -o "$T/serial.h5" >"$T/serial.log" 2>&1 || { cat "$T/serial.log"; exit 1; }
/usr/bin/python3 - "$T/serial.h5" "$T/jobs/merged.h5" "$shards" <<'PY'
import sys, h5py, numpy as np
def data(path):
    out = {}
    with h5py.File(path, "r") as f:
        f.visititems(lambda n, o: out.__setitem__(n, o[()]) if isinstance(o, h5py.Dataset) and o.dtype.kind in "fiub" and "elapsed" not in n else None)
    return out
a, b = data(sys.argv[1]), data(sys.argv[2])
assert a.keys() == b.keys(), (sorted(a), sorted(b))
bad = [k for k in a if a[k].shape != b[k].shape or not np.array_equal(a[k], b[k], equal_nan=True)]
if bad: sys.exit(f"FAIL: the merged Slurm result differs from the serial run in {bad}")
assert (b["done"] == 1).all()
print(f"slurm ok: {sys.argv[3]}-task array + merge job identical to the serial run ({len(a)} datasets)")
PY
