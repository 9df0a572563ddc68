"""CSV files, read one way: Python's csv module, so a quoted field may hold commas, quotes and line
breaks ("a, b" is one field). Used for the plausible parameter sets of a calibration and the
statistics' shared test cases. Lines that start with '#' are comments; errors name the file and
the line.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np


class CsvError(ValueError):
    """A CSV file the analysis cannot read as a table; the message names the file and the line."""


@dataclass
class Table:
    path: Path
    columns: list[str]
    rows: list[dict[str, str]]  # column -> the field as written
    lines: list[int]  # the line of the file each row ends on

    def __len__(self) -> int:
        return len(self.rows)

    def numbers(self, column: str) -> np.ndarray:
        """A column as floats (an empty field is NaN)."""
        if column not in self.columns:
            raise CsvError(f"{self.path}: no column {column!r} (columns: {', '.join(self.columns)})")
        values = []
        for line, row in zip(self.lines, self.rows):
            try:
                values.append(float(row[column]) if row[column].strip() else math.nan)
            except ValueError:
                raise CsvError(f"{self.path}:{line}: {column} = {row[column]!r} is not a number") from None
        return np.array(values, dtype=float)


def read_table(path, columns: list[str] | None = None) -> Table:
    """The rows of a CSV file, named by its header line, or by `columns` for a file without one.
    A row with fewer or more fields than the header is an error."""
    path = Path(path)
    header, rows, lines = columns, [], []
    with open(path, newline="", encoding="utf-8") as handle:
        # a comment becomes an empty line, which is skipped, so line numbers stay the file's
        reader = csv.reader(("\n" if line.startswith("#") else line for line in handle), strict=True)
        try:
            for fields in reader:
                if not fields:
                    continue
                if header is None:
                    header = fields
                elif len(fields) != len(header):
                    raise CsvError(f"{path}:{reader.line_num}: expected {len(header)} fields ({', '.join(header)}), "
                                   f"found {len(fields)}")
                else:
                    rows.append(dict(zip(header, fields)))
                    lines.append(reader.line_num)
        except csv.Error as err:
            raise CsvError(f"{path}:{reader.line_num}: {err}") from None
    return Table(path, list(header or []), rows, lines)
