"""The teaching pack's numbers from one generator: scenario comments and worksheets.

    /usr/bin/python3 analysis/teaching.py --update     # run the lessons, rewrite the numbers
    /usr/bin/python3 analysis/teaching.py --check      # run them, fail if a written number drifted

For each teaching scenario (scenarios/teaching/) LESSONS holds the commands a class runs, as
written in the scenario's comment (from the repository root), and what to look at. The generator
runs those commands exactly as written, in a scratch folder that links build/, scenarios/ and
analysis/ (so the commands' out/ files land there; every command is run twice, so it must work
again: --force or distinct names), reads the files they write, and writes
  - the scenario's comment block between "# Run / Jalankan" and "# (written by analysis/teaching.py":
    the commands and the numbers of that run;
  - docs/teaching/<scenario>.en.md and .id.md: a worksheet with questions and an answer key
    whose answers are computed from the same numbers.
--check writes nothing: it regenerates everything and compares it with the files, numbers within
a tolerance (the printed precision), text exactly. After a model change, --update refreshes all.
"""
from __future__ import annotations

import argparse
import math
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..readers import project, run_file
from ..words.i18n import Translator

REPO = project.PROJECT
BEGIN = "# Run / Jalankan (from the repository root / dari folder utama repositori):"
END = "# (written by analysis/teaching.py --update; checked by ctest teaching_numbers)"
DOCS = REPO / "docs" / "teaching"
NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Lesson:
    scenario: str  # file stem under scenarios/teaching/
    commands: tuple[str, ...]  # as a class types them, from the repository root
    output: str  # the HDF5 file of the first command
    indicators: tuple[str, ...]
    split_year: int | None = None  # periods: years before and from this year (one scenario)
    questions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> questions


PERIOD_INDICATORS = ("decision_success", "msme_influence", "acceptability_msme",
                     "acceptability_government", "acceptability_companies", "msme_voice_share",
                     "forum_budget_share")

LESSONS = (
    Lesson(
        "power_vs_consensus",
        ("build/cgsim run scenarios/teaching/power_vs_consensus.yaml -o out/pvc.h5 --force",
         "/usr/bin/python3 analysis/report.py out/pvc.h5 -o out/pvc.id.html --lang id"),
        "out/pvc.h5", PERIOD_INDICATORS, split_year=5,
        questions={
            "en": ("How often does the forum adopt a plan before and after year 5 (decision_success)?",
                   "Whose plan is it? Compare msme_influence and the acceptability for MSMEs, the "
                   "government and the companies (acceptability_msme, acceptability_government, "
                   "acceptability_companies) before and after year 5.",
                   "Did MSME representatives get more of the floor (msme_voice_share)?",
                   "How much CSR follows a plan (forum_budget_share)? What happens to CSR when no "
                   "plan is adopted?",
                   "Discussion: does consensus alone make the weak heard? What would you change "
                   "instead of the decision rule?"),
            "id": ("Seberapa sering forum menyepakati rencana sebelum dan sesudah tahun 5 "
                   "(decision_success)?",
                   "Rencana siapa itu? Bandingkan msme_influence dan keberterimaan bagi UMKM, "
                   "pemerintah dan perusahaan (acceptability_msme, acceptability_government, "
                   "acceptability_companies) sebelum dan sesudah tahun 5.",
                   "Apakah wakil UMKM mendapat lebih banyak waktu bicara (msme_voice_share)?",
                   "Berapa banyak CSR yang mengikuti rencana (forum_budget_share)? Apa yang terjadi "
                   "pada CSR bila tidak ada rencana yang disepakati?",
                   "Diskusi: apakah mufakat saja membuat pihak yang lemah didengar? Apa yang akan "
                   "Anda ubah selain aturan keputusan?"),
        }),
    Lesson(
        "facilitated_forum",
        ("build/cgsim run scenarios/teaching/facilitated_forum.yaml -o out/ff.h5 --force",
         "/usr/bin/python3 analysis/report.py out/ff.h5 -o out/ff.id.html --lang id"),
        "out/ff.h5", PERIOD_INDICATORS, split_year=5,
        questions={
            "en": ("The decision rule does not change in year 5. Does the plan still change? Look "
                   "at msme_influence and the acceptability for each group (acceptability_msme, "
                   "acceptability_government, acceptability_companies).",
                   "Did MSME representatives get more of the floor (msme_voice_share)?",
                   "Do the companies lose acceptability (acceptability_companies) when the plan moves "
                   "towards the MSMEs?",
                   "Compare with power_vs_consensus.yaml: which change did more for the MSMEs' "
                   "influence on the plan (msme_influence), the rule (consensus) or the pen "
                   "(facilitation)?",
                   "Discussion: which channels of power does facilitation act on (Purdy 2012)?"),
            "id": ("Aturan keputusan tidak berubah pada tahun 5. Apakah rencananya tetap berubah? "
                   "Lihat msme_influence dan keberterimaan bagi tiap pihak (acceptability_msme, "
                   "acceptability_government, acceptability_companies).",
                   "Apakah wakil UMKM mendapat lebih banyak waktu bicara (msme_voice_share)?",
                   "Apakah keberterimaan bagi perusahaan (acceptability_companies) turun ketika rencana "
                   "bergeser ke arah UMKM?",
                   "Bandingkan dengan power_vs_consensus.yaml: perubahan mana yang lebih menambah "
                   "pengaruh UMKM atas rencana (msme_influence), aturan (mufakat) atau pena "
                   "(fasilitasi)?",
                   "Diskusi: saluran kuasa mana yang disentuh fasilitasi (Purdy 2012)?"),
        }),
    Lesson(
        "forced_but_not_heard",
        ("build/cgsim compare scenarios/pre_collaborative.yaml "
         "scenarios/teaching/forced_but_not_heard.yaml scenarios/teaching/forced_and_heard.yaml "
         "-o out/forced.h5 --force",
         "/usr/bin/python3 analysis/report.py out/forced.h5 -o out/forced.id.html --lang id"),
        "out/forced.h5",
        ("companies_active_share", "companies_reporting_share", "msme_voice_share",
         "msme_influence", "acceptability_msme", "trust_msme_government", "need_match",
         "capability_mean", "government_cost"),
        questions={
            "en": ("Does the binding Perda make companies take part and report "
                   "(companies_active_share, companies_reporting_share)?",
                   "How much voice do MSMEs have without seats, and with six seats "
                   "(msme_voice_share)?",
                   "Whose plan is it (msme_influence, acceptability_msme)?",
                   "What happens to MSMEs' trust in government (trust_msme_government) and to "
                   "what MSMEs receive (need_match, capability_mean)?",
                   "Discussion: is compliance the same as collaboration?"),
            "id": ("Apakah Perda yang mengikat membuat perusahaan aktif dan melapor "
                   "(companies_active_share, companies_reporting_share)?",
                   "Seberapa besar suara UMKM tanpa kursi, dan dengan enam kursi "
                   "(msme_voice_share)?",
                   "Rencana siapa itu (msme_influence, acceptability_msme)?",
                   "Apa yang terjadi pada kepercayaan UMKM kepada pemerintah "
                   "(trust_msme_government) dan pada apa yang diterima UMKM (need_match, "
                   "capability_mean)?",
                   "Diskusi: apakah kepatuhan sama dengan kolaborasi?"),
        }),
    Lesson(
        "only_forum_reformed",
        ("build/cgsim compare scenarios/pre_collaborative.yaml "
         "scenarios/teaching/only_forum_reformed.yaml scenarios/siger_mu.yaml "
         "-o out/only_forum.h5 --force",
         "/usr/bin/python3 analysis/report.py out/only_forum.h5 -o out/only_forum.id.html "
         "--lang id"),
        "out/only_forum.h5",
        ("decision_success", "msme_voice_share", "msme_influence", "acceptability_government",
         "acceptability_companies", "acceptability_msme", "need_match", "capability_mean",
         "reach"),
        questions={
            "en": ("Does the reformed forum adopt plans (decision_success)?",
                   "How much voice do MSMEs have in it (msme_voice_share)?",
                   "Whose preferences does the plan follow? Compare the acceptability for the "
                   "government, the companies and the MSMEs (acceptability_government, "
                   "acceptability_companies, acceptability_msme) and msme_influence.",
                   "How do MSME outcomes (need_match, capability_mean, reach) compare with today "
                   "and with the full SIGER-MU model?",
                   "Discussion: what does a forum need besides meetings to serve MSMEs?"),
            "id": ("Apakah forum yang dibenahi menyepakati rencana (decision_success)?",
                   "Seberapa besar suara UMKM di dalamnya (msme_voice_share)?",
                   "Preferensi siapa yang diikuti rencana? Bandingkan keberterimaan bagi "
                   "pemerintah, perusahaan dan UMKM (acceptability_government, "
                   "acceptability_companies, acceptability_msme) dan msme_influence.",
                   "Bagaimana hasil bagi UMKM (need_match, capability_mean, reach) dibandingkan "
                   "dengan kondisi saat ini dan model SIGER-MU lengkap?",
                   "Diskusi: apa yang diperlukan forum selain pertemuan agar melayani UMKM?"),
        }),
)


# --- running the lessons as written ----------------------------------------------------------

def run_as_written(lessons, workdir: Path) -> None:
    """Run every command of every lesson twice in `workdir`, which links to the repository; the
    commands say build/cgsim, which links to the program the analysis runs (readers/project.py)."""
    for name in ("scenarios", "analysis"):
        (workdir / name).symlink_to(REPO / name)
    (workdir / "build").mkdir()
    (workdir / "build" / "cgsim").symlink_to(Path(project.find_binary()).resolve())
    for lesson in lessons:
        for command in lesson.commands:
            for attempt in (1, 2):
                done = subprocess.run(shlex.split(command), cwd=workdir, capture_output=True,
                                      text=True, timeout=1800)
                if done.returncode != 0:
                    raise RuntimeError(f"{lesson.scenario}: `{command}` (run {attempt}) exited "
                                       f"{done.returncode}:\n{done.stderr[-2000:]}")


@dataclass
class Numbers:
    """What the worksheet and the comment show: per indicator, one value per column."""
    columns: list[str]  # period labels or scenario names
    values: dict[str, list[float]]
    replications: int
    seed: int
    years: int


def numbers(lesson: Lesson, workdir: Path) -> Numbers:
    results = run_file.load(workdir / lesson.output)
    frame = results.indicators
    info = results.info.set_index("scenario")
    first = results.scenarios[0]
    reps, seed = int(info.loc[first, "replications"]), int(info.loc[first, "seed"])
    years = int(frame["time"].max())
    values: dict[str, list[float]] = {}
    if lesson.split_year is not None:
        y = lesson.split_year
        columns = [f"1-{y - 1}", f"{y}-{years}"]
        for name in lesson.indicators:
            rows = frame[frame["indicator"] == name]
            values[name] = [float(rows[rows["time"] < y]["value"].mean()),
                            float(rows[rows["time"] >= y]["value"].mean())]
    else:
        columns = list(results.scenarios)
        final = frame[frame["time"] == years]
        for name in lesson.indicators:
            rows = final[final["indicator"] == name]
            values[name] = [float(rows[rows["scenario"] == s]["value"].mean()) for s in columns]
    return Numbers(columns, values, reps, seed, years)


# --- text -------------------------------------------------------------------------------------

def fmt(x: float, lang: str = "en") -> str:
    """Three decimals below 1, two above; the same in comments and worksheets."""
    if not math.isfinite(x):
        return "—"
    text = f"{x:.3f}" if abs(x) < 1 else f"{x:.2f}"
    text = "0.000" if text in ("-0.000",) else text
    return text.replace(".", ",") if lang == "id" else text


def comment_block(lesson: Lesson, n: Numbers) -> str:
    lines = [BEGIN] + [f"#   {c}" for c in lesson.commands]
    if lesson.split_year is not None:
        head = (f"# Numbers of that run / Angka dari run tersebut (seed {n.seed}, {n.replications} "
                f"replications; mean of years {n.columns[0]} -> years {n.columns[1]} / rata-rata "
                f"tahun {n.columns[0]} -> tahun {n.columns[1]}):")
        lines.append(head)
        for name, (a, b) in n.values.items():
            lines.append(f"#   {name:<26} {fmt(a):>7} -> {fmt(b)}")
    else:
        lines.append(f"# Numbers of that run / Angka dari run tersebut (seed {n.seed}, "
                     f"{n.replications} replications, year {n.years} / tahun ke-{n.years}; "
                     f"columns / kolom: {', '.join(n.columns)}):")
        for name, row in n.values.items():
            lines.append(f"#   {name:<26} " + "  ".join(f"{fmt(v):>7}" for v in row))
    lines.append(END)
    return "\n".join(lines) + "\n"


def updated_scenario(text: str, block: str, path: Path) -> str:
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise RuntimeError(f"{path}: no '{BEGIN}' ... '{END}' block to write the numbers into")
    return text[:start] + block + text[end + len(END) + 1:]


WORDS = {
    "en": {"title": "Worksheet", "goal": "What to run", "questions": "Questions",
           "numbers": "The numbers of this run", "key": "Answer key (for the teacher)",
           "indicator": "indicator", "period": "years {}", "rose": "rose", "fell": "fell",
           "same": "did not change", "from_to": "{name}: {a} in years {pa}, {b} in years {pb} "
                                                "({how}).",
           "compare": "{name}: {values}.", "highest": "highest in {s}", "lowest": "lowest in {s}",
           "run": "Run from the repository root (the second command writes the report):",
           "meta": "seed {seed}, {reps} replications, {years} years; written by "
                   "`analysis/teaching.py --update` from the model's own output.",
           "scenario": "Scenario file: `scenarios/teaching/{s}.yaml` (its comment says the same).",
           "discussion": "Discussion: no single right answer; ask for arguments that use the "
                         "numbers above."},
    "id": {"title": "Lembar kerja", "goal": "Yang dijalankan", "questions": "Pertanyaan",
           "numbers": "Angka dari run ini", "key": "Kunci jawaban (untuk pengajar)",
           "indicator": "indikator", "period": "tahun {}", "rose": "naik", "fell": "turun",
           "same": "tidak berubah",
           "from_to": "{name}: {a} pada tahun {pa}, {b} pada tahun {pb} ({how}).",
           "compare": "{name}: {values}.", "highest": "tertinggi pada {s}",
           "lowest": "terendah pada {s}",
           "run": "Jalankan dari folder utama repositori (perintah kedua menulis laporannya):",
           "meta": "seed (bilangan acak awal) {seed}, {reps} replikasi, {years} tahun; ditulis "
                   "oleh `analysis/teaching.py --update` dari keluaran model itu sendiri.",
           "scenario": "Berkas skenario: `scenarios/teaching/{s}.yaml` (komentarnya memuat hal "
                       "yang sama).",
           "discussion": "Diskusi: tidak ada satu jawaban yang benar; mintalah argumen yang "
                         "memakai angka di atas."},
}


def worksheet(lesson: Lesson, n: Numbers, lang: str) -> str:
    w, tr = WORDS[lang], Translator(lang)
    title = tr.scenario(lesson.scenario)
    lines = [f"# {w['title']} — {title}", "",
             "<!-- written by analysis/teaching.py --update; do not edit by hand -->", "",
             w["scenario"].format(s=lesson.scenario), "", f"## {w['goal']}", "", w["run"], "",
             "```"] + list(lesson.commands) + ["```", "", f"## {w['questions']}", ""]
    lines += [f"{k}. {q}" for k, q in enumerate(lesson.questions[lang], 1)]
    columns = ([w["period"].format(c) for c in n.columns] if lesson.split_year is not None
               else [tr.scenario(c) for c in n.columns])
    lines += ["", f"## {w['numbers']}", "", w["meta"].format(seed=n.seed, reps=n.replications,
                                                             years=n.years), "",
              f"| {w['indicator']} | " + " | ".join(columns) + " |",
              "|---|" + "---:|" * len(columns)]
    for name, row in n.values.items():
        lines.append(f"| {tr.indicator(name)} (`{name}`) | "
                     + " | ".join(fmt(v, lang) for v in row) + " |")
    lines += ["", f"## {w['key']}", ""]
    for k, question in enumerate(lesson.questions[lang], 1):
        names = [name for name in n.values if name in question]
        answers = [answer(lesson, n, name, lang) for name in names]
        lines.append(f"{k}. " + (" ".join(answers) if answers else w["discussion"]))
    return "\n".join(lines) + "\n"


def answer(lesson: Lesson, n: Numbers, name: str, lang: str) -> str:
    """One indicator's numbers in words, computed from the run."""
    w, tr = WORDS[lang], Translator(lang)
    row = n.values[name]
    label = f"{tr.indicator(name)} (`{name}`)"
    if lesson.split_year is not None:
        a, b = row
        how = w["same"] if fmt(a) == fmt(b) else w["rose"] if b > a else w["fell"]
        return w["from_to"].format(name=label, a=fmt(a, lang), pa=n.columns[0], b=fmt(b, lang),
                                   pb=n.columns[1], how=how)
    values = ", ".join(f"{tr.scenario(s)} {fmt(v, lang)}" for s, v in zip(n.columns, row))
    shown = [fmt(v) for v in row]
    top = max(range(len(row)), key=lambda i: row[i])
    unique = shown.count(shown[top]) == 1
    extra = f"; {w['highest'].format(s=tr.scenario(n.columns[top]))}" if unique else ""
    return w["compare"].format(name=label, values=values + extra)


# --- update and check -------------------------------------------------------------------------

def generated(lessons, workdir: Path) -> dict[Path, str]:
    out = {}
    for lesson in lessons:
        n = numbers(lesson, workdir)
        path = REPO / "scenarios" / "teaching" / f"{lesson.scenario}.yaml"
        out[path] = updated_scenario(path.read_text(encoding="utf-8"), comment_block(lesson, n),
                                     path)
        for lang in ("en", "id"):
            out[DOCS / f"{lesson.scenario}.{lang}.md"] = worksheet(lesson, n, lang)
    return out


def _numbers_of(text: str) -> list[float]:
    return [float(m.replace(",", ".").replace("−", "-")) for m in NUMBER.findall(text)]


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


def differences(path: Path, new: str, tolerance: float) -> list[str]:
    """What differs between the file and its regenerated text: text exactly, numbers within the
    tolerance (absolute, or relative for numbers above 1)."""
    if not path.exists():
        return [f"{_shown(path)}: missing (run analysis/teaching.py --update)"]
    old = path.read_text(encoding="utf-8")
    if NUMBER.sub("#", old) != NUMBER.sub("#", new):
        return [f"{_shown(path)}: text differs from what teaching.py writes (run "
                "analysis/teaching.py --update)"]
    problems = []
    for a, b in zip(_numbers_of(old), _numbers_of(new)):
        if abs(a - b) > tolerance * max(1.0, abs(b)):
            problems.append(f"{_shown(path)}: says {a:g} where the model now gives "
                            f"{b:g} (run analysis/teaching.py --update)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="teaching.py", description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--update", action="store_true", help="rewrite comments and worksheets")
    mode.add_argument("--check", action="store_true",
                      help="fail (exit 1) if a written number or text is not what the model gives")
    parser.add_argument("--tolerance", type=float, default=0.002,
                        help="allowed difference of a number (absolute; relative above 1)")
    parser.add_argument("--lessons", nargs="+", help="only these teaching scenarios")
    args = parser.parse_args(argv)
    lessons = [lesson for lesson in LESSONS if not args.lessons or lesson.scenario in args.lessons]
    with tempfile.TemporaryDirectory() as tmp:
        try:
            run_as_written(lessons, Path(tmp))
            texts = generated(lessons, Path(tmp))
        except (RuntimeError, run_file.CgsimFileError) as err:
            print(f"teaching.py: error: {err}", file=sys.stderr)
            return 1
    if args.update:
        DOCS.mkdir(parents=True, exist_ok=True)
        for path, text in texts.items():
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
        return 0
    problems = [p for path, text in texts.items() for p in differences(path, text, args.tolerance)]
    for problem in problems:
        print(f"teaching.py: {problem}", file=sys.stderr)
    if not problems:
        print(f"teaching numbers ok: {len(texts)} files match a fresh run of "
              f"{len(lessons)} lessons")
    return 1 if problems else 0
