"""Seeds for hdf5_reader_fuzz: the crafted-file cases of tests/integrity/make_corpus.py written
as edit lists ([op, target, shape, type, ...] bytes, see hdf5_reader_fuzz.cpp).

    /usr/bin/python3 tests/fuzz/hdf5_seeds.py DIR
"""
import sys
from pathlib import Path

# op 0 root attribute, 1 group attribute, 2 dataset, 3 delete a root attribute.
# targets: root complete 0, format_version 1, cgsim_version 2, scenarios 3;
#          group years 0, replications 1; datasets replication 0, time 1, district 2,
#          indicators/reach 3, districts/reach 4, comparison/mean 5, comparison/scenario 6,
#          comparison/extra_public_cost 7, indicators 8, districts 9, s 10.
# shape byte: rank = b % 4 (dims follow), b % 7 == 6 null space; type byte: b % 4 = int, double,
# variable string, fixed string (then a size byte); then a fill byte.
SEEDS = {
    "valid": b"",
    "complete_array": bytes([0, 0, 1, 250, 0, 1]),
    "format_version_array": bytes([0, 1, 1, 8, 0, 1]),
    "version_long_array": bytes([0, 2, 1, 250, 2, 1]),
    "version_fixed": bytes([0, 2, 0, 3, 4, 0x41]),
    "complete_missing": bytes([3, 0]),
    "complete_two": bytes([0, 0, 0, 0, 2]),
    "complete_string": bytes([0, 0, 0, 2, 1]),
    "complete_double": bytes([0, 0, 0, 1, 0xFF]),
    "complete_empty": bytes([0, 0, 6, 0, 0]),
    "replications_string": bytes([1, 1, 0, 2, 7]),
    "years_array": bytes([1, 0, 1, 3, 0, 2]),
    "string_data": bytes([2, 3, 0, 2, 2, 2, 2, 65]),
    "indicators_as_dataset": bytes([2, 8, 0, 2, 2, 2, 1, 0]),
    "dataset_as_group": bytes([2, 3, 4]),
    "comparison_shape": bytes([2, 5, 0, 2, 1, 1, 1, 0]),
    "comparison_scenario_numbers": bytes([2, 6, 0, 1, 2, 0, 0]),
    "resized_rows": bytes([2, 3, 3, 2, 2, 2, 1, 0, 40]),
    "resized_replication": bytes([2, 0, 3, 1, 2, 0, 0, 40, 1, 1, 0, 0, 0xFF]),
}


def main(argv):
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, data in SEEDS.items():
        (out / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
