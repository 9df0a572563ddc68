"""teaching.py: the generator's text and its check, without running the model (ctest
teaching_numbers runs the lessons and checks the files)."""
from __future__ import annotations

import re

from cgsim_analysis.tools import teaching
from cgsim_analysis.words.i18n import INDICATORS
from .support import REPO

PERIODS = teaching.Numbers(["1-4", "5-10"], {"decision_success": [1.0, 0.2167],
                                             "msme_voice_share": [0.0111, 0.0123]}, 10, 1, 10)


def lesson(name="power_vs_consensus"):
    return next(x for x in teaching.LESSONS if x.scenario == name)


def test_every_teaching_scenario_has_a_lesson_and_a_generated_block():
    files = {p.stem for p in (REPO / "scenarios" / "teaching").glob("*.yaml")}
    lessons = {x.scenario for x in teaching.LESSONS}
    assert lessons <= files and files - lessons == {"forced_and_heard"}  # the comparison file
    for name in lessons:
        text = (REPO / "scenarios" / "teaching" / f"{name}.yaml").read_text(encoding="utf-8")
        assert teaching.BEGIN in text and teaching.END in text, name
        for lang in ("en", "id"):
            assert (REPO / "docs" / "teaching" / f"{name}.{lang}.md").is_file(), (name, lang)


def test_commands_work_as_written_in_a_shell():
    for x in teaching.LESSONS:
        first = x.commands[0]
        assert first.startswith("build/cgsim ") and "--force" in first, first
        assert f"-o {x.output}" in first
        for command in x.commands:
            for path in re.findall(r"scenarios/\S+\.yaml", command):
                assert (REPO / path).is_file(), path  # the comparison files exist


def test_comparison_files_are_the_right_ones():
    forced = lesson("forced_but_not_heard").commands[0]
    assert "forced_and_heard.yaml" in forced and "msme_seat_quota_6" not in forced
    text = (REPO / "scenarios" / "teaching" / "forced_and_heard.yaml").read_text()
    assert "extends: forced_but_not_heard.yaml" in text  # the same rule, plus seats


def test_indicators_named_are_outputs():
    for x in teaching.LESSONS:
        assert set(x.indicators) <= set(INDICATORS), x.scenario
    for path in (REPO / "scenarios" / "teaching").glob("*.yaml"):
        assert "membership" not in path.read_text(encoding="utf-8").lower(), path


def test_comment_block_and_worksheet_show_the_numbers():
    block = teaching.comment_block(lesson(), PERIODS)
    assert "decision_success" in block and "1.00 -> 0.217" in block
    assert block.startswith(teaching.BEGIN) and block.rstrip().endswith(teaching.END)
    sheet = teaching.worksheet(lesson(), PERIODS, "id")
    assert "1,00 pada tahun 1-4, 0,217 pada tahun 5-10 (turun)" in sheet
    assert "Kunci jawaban" in sheet and "## Pertanyaan" in sheet
    en = teaching.worksheet(lesson(), PERIODS, "en")
    assert "0.011 in years 1-4, 0.012 in years 5-10 (rose)" in en


def test_check_catches_a_drifted_number(tmp_path):
    sheet = teaching.worksheet(lesson(), PERIODS, "en")
    path = tmp_path / "w.md"
    path.write_text(sheet)
    assert teaching.differences(path, sheet, 0.002) == []
    drifted = teaching.Numbers(PERIODS.columns, {"decision_success": [1.0, 0.30],
                                                 "msme_voice_share": [0.0111, 0.0123]}, 10, 1, 10)
    problems = teaching.differences(path, teaching.worksheet(lesson(), drifted, "en"), 0.002)
    assert problems and "0.217" in problems[0] and "0.3" in problems[0]
    path.write_text(sheet.replace("Questions", "Qs"))
    assert "text differs" in teaching.differences(path, sheet, 0.002)[0]
