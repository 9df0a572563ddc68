"""The one CSV reader: quoted fields with commas and line breaks, comments, located errors."""
from __future__ import annotations

import math

import pytest

from cgsim_analysis.readers.csv_table import CsvError, read_table


def test_a_quoted_comma_stays_in_its_field_and_comments_are_skipped(tmp_path):
    path = tmp_path / "sets.csv"
    path.write_text('# plausible sets\nset,note,abc_weight\n1,"high, then low",0.5\n2,"two\nlines",\n3,plain,0.25\n')
    table = read_table(path)
    assert table.columns == ["set", "note", "abc_weight"]
    assert [r["note"] for r in table.rows] == ["high, then low", "two\nlines", "plain"]
    weights = table.numbers("abc_weight")
    assert weights[0] == 0.5 and math.isnan(weights[1]) and weights[2] == 0.25
    assert table.lines == [3, 5, 6]  # the lines of the file, comment included


def test_columns_given_for_a_file_without_a_header(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("# kind,value\nt,1.5\n")
    assert read_table(path, ["kind", "value"]).numbers("value").tolist() == [1.5]


@pytest.mark.parametrize("text, message", [
    ("a,b\n1,2,3\n", ":2: expected 2 fields (a, b)"),
    ("a,b\n1\n", ":2: expected 2 fields (a, b)"),
    ('a,b\n1,"open\n', ":2: unexpected end of data"),
])
def test_a_malformed_row_names_the_file_and_line(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(CsvError) as err:
        read_table(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_a_column_that_is_missing_or_not_numbers(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("set,abc_weight\n1,x\n")
    with pytest.raises(CsvError, match=r"w.csv:2: abc_weight = 'x' is not a number"):
        read_table(path).numbers("abc_weight")
    with pytest.raises(CsvError, match="no column 'weight'"):
        read_table(path).numbers("weight")
