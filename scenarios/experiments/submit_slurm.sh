#!/bin/bash
# Runs a cgsim experiment on a Slurm cluster: an array job of N shards, then a merge job that
# starts only if every shard succeeded (--dependency=afterok). Prints the two job ids.
#   scenarios/experiments/submit_slurm.sh EXPERIMENT.yaml N OUTDIR RESULT.h5 [extra sbatch options]
# Set CGSIM to the cgsim binary if it is not on the PATH of the compute nodes.
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
exp=$(readlink -f "$1"); n=$2; out=$(readlink -f "$3"); result=$(readlink -m "$4"); shift 4
mkdir -p "$out"
array=$(sbatch --parsable --array="1-$n" --chdir="$out" "$@" "$here/slurm_array.sbatch" "$exp" "$out")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --chdir="$out" "$@" "$here/slurm_merge.sbatch" "$out" "$result")
echo "array job $array ($n shards), merge job ${merge%%;*} -> $result"
