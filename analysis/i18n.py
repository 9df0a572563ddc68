"""Every word the reader sees, in English (en) and Indonesian (id).

TEXT holds headings, labels and sentences (str.format placeholders in braces); INDICATORS and
DISTRICT_INDICATORS hold display names in both languages and a key into UNITS. Both languages
must have the same keys (tests/test_i18n.py checks it). Translator is the one object the rest
of the code uses.
"""
from __future__ import annotations

import math

LANGUAGES = ("en", "id")

TEXT = {
    "en": {
        # report headings
        "title": "Collaborative governance of CSR for MSMEs in Muara Enim: simulation report",
        "h_summary": "Summary",
        "h_how_to_read": "How to read this report",
        "h_trajectories": "Key indicators over time",
        "h_comparison": "Comparison in the final year",
        "h_districts": "Districts (kecamatan) in the final year",
        "h_stages": "Collaboration stage over time",
        "h_pillars": "What each pillar contributes",
        "h_cost": "Cost-effectiveness",
        "h_about": "About the data",
        "h_scenarios": "Scenarios",
        "h_all_indicators": "All indicators",
        # summary
        "incomplete_note": "This file is incomplete: the simulation stopped before every replication "
                           "had finished. The results use only the finished replications ({reps}).",
        "single_scenario": "Only one scenario in this file has results, {scenario}, so there is "
                           "nothing to compare it with. The charts show how it develops over "
                           "{years} years.",
        "summary_intro": "This report compares {n} scenario(s) with the baseline, {baseline}. Every "
                         "scenario was simulated {reps} times (replications) under the same random "
                         "conditions, so the differences come from the policies and not from luck. "
                         "Results refer to the final simulated year (year {year}).",
        "summary_vs": "{scenario} compared with {baseline}",
        "clearly_better": "Clearly better",
        "clearly_worse": "Clearly worse",
        "clearly_changed": "Also clearly changed",
        "not_clear": "No clear difference",
        "extra_cost_sentence": "Extra public cost: {cost} billion IDR per year.",
        "final_values": "Values in the final year (year {year}), mean and 95% interval:",
        "toc": "Contents",
        "unit_col": "Unit",
        "how_sure": "“Clearly” means that the 95% interval of the paired difference does not "
                    "include zero: the difference was consistent across replications and is very "
                    "unlikely to be chance. “No clear difference” does not prove that there is "
                    "none: with few replications the intervals are wide.",
        "source_file": "The differences are taken from the comparison table in the file ({method}).",
        "source_computed": "The file has no comparison table, so the differences were computed here: "
                           "final year, paired by replication, 95% t-interval.",
        "ablation_note": "Pillar scenarios ({n}) appear in the section “{section}” and in the full "
                         "comparison table, not in the charts over time.",
        # how to read
        "read_bands": "Lines show the mean over replications; the shaded band is the 95% "
                      "confidence interval of that mean.",
        "read_diff": "A difference is the scenario minus the baseline, computed replication by "
                     "replication; the interval after it is its 95% confidence interval.",
        "read_direction": "▲ marks a clear improvement and ▼ a clear deterioration for MSMEs; "
                          "• marks a clear change that is neither good nor bad in itself (costs, "
                          "spending).",
        # figures
        "fig_msme": "MSME outcomes over time (mean and 95% band per scenario)",
        "fig_governance": "Governance and cost over time (mean and 95% band per scenario)",
        "fig_district": "{indicator} by district in year {year} (mean and 95% interval)",
        "fig_stages": "Share of replications in each collaboration stage, by year",
        "fig_pillars": "Contribution of each pillar in the final year (paired difference, 95% interval)",
        "fig_cost": "Gain per billion IDR of extra public cost per year",
        "year": "Year",
        "district": "District",
        "share_of_replications": "Share of replications",
        "contribution": "Contribution",
        "stages_caption": "Stages: {stages}.",
        # district text
        "district_range": "In {scenario}, {indicator} ranges from {low} ({low_district}) "
                          "to {high} ({high_district}).",
        "district_intro": "The charts show each district's value in the final year, so that "
                          "differences between districts are visible.",
        # pillars
        "pillar_engagement": "Engagement",
        "pillar_planning": "Joint planning",
        "pillar_institutions": "Institutions",
        "pillar_evaluation": "Evaluation",
        "pillar_plus": "added to {reference}",
        "pillar_without": "removed from {reference}",
        "pillar_intro": "“Added” shows the gain when a single pillar is added to the baseline; "
                        "“removed” shows the loss when a pillar is taken out of the full "
                        "programme. Both are paired differences in the final year.",
        "pillar_largest": "Largest contribution to {indicator}: {pillar} ({how}, {value}).",
        "pillar_missing_reference": "Scenario {scenario} needs the scenario {reference}, which "
                                    "is not in the file; it is left out.",
        # cost
        "cost_intro": "Extra public cost is the scenario's yearly government cost above the "
                      "baseline. Gains are final-year differences from the baseline divided by "
                      "that cost.",
        "cost_na": "no extra cost",
        # tables
        "col_indicator": "Indicator",
        "col_baseline": "Baseline: {baseline}",
        "col_scenario": "Scenario",
        "col_mean_ci": "Mean (95% interval)",
        "col_difference": "Difference",
        "col_interval": "95% interval",
        "col_clear": "Clear?",
        "col_description": "Description",
        "col_replications": "Replications",
        "col_years": "Years",
        "col_seed": "Seed",
        "col_extra_cost": "Extra public cost (billion IDR per year)",
        "col_cap_per_billion": "Capability gain per billion IDR",
        "col_rev_per_billion": "Revenue gain per billion IDR (million IDR per MSME)",
        "yes": "yes",
        "no": "no",
        "interval": "{low} to {high}",
        "no_interval": "n/a, need ≥ 2 replications",
        "table_vs": "{scenario} compared with the baseline {baseline}",
        "show_all": "Show all indicators",
        # about
        "about_file": "File",
        "about_version": "cgsim version",
        "about_created": "Created (UTC)",
        "about_command": "Command",
        "about_complete": "Complete",
        "generated_by": "Generated by analysis/report.py from {file}.",
    },
    "id": {
        "title": "Tata kelola kolaboratif CSR untuk UMKM di Muara Enim: laporan simulasi",
        "h_summary": "Ringkasan",
        "h_how_to_read": "Cara membaca laporan ini",
        "h_trajectories": "Indikator utama dari tahun ke tahun",
        "h_comparison": "Perbandingan pada tahun terakhir",
        "h_districts": "Kecamatan pada tahun terakhir",
        "h_stages": "Tahap kolaborasi dari tahun ke tahun",
        "h_pillars": "Kontribusi setiap pilar",
        "h_cost": "Efektivitas biaya",
        "h_about": "Tentang data",
        "h_scenarios": "Skenario",
        "h_all_indicators": "Semua indikator",
        "incomplete_note": "Berkas ini tidak lengkap: simulasi berhenti sebelum semua replikasi "
                           "selesai. Hasil hanya memakai replikasi yang sudah selesai ({reps}).",
        "single_scenario": "Hanya satu skenario dalam berkas ini yang memiliki hasil, {scenario}, "
                           "sehingga tidak ada pembanding. Grafik menunjukkan perkembangannya "
                           "selama {years} tahun.",
        "summary_intro": "Laporan ini membandingkan {n} skenario dengan skenario dasar, {baseline}. "
                         "Setiap skenario disimulasikan {reps} kali (replikasi) dengan kondisi acak "
                         "yang sama, sehingga perbedaan berasal dari kebijakan, bukan dari "
                         "kebetulan. Hasil mengacu pada tahun simulasi terakhir (tahun ke-{year}).",
        "summary_vs": "{scenario} dibandingkan dengan {baseline}",
        "clearly_better": "Jelas lebih baik",
        "clearly_worse": "Jelas lebih buruk",
        "clearly_changed": "Juga berubah dengan jelas",
        "not_clear": "Belum ada perbedaan yang jelas",
        "extra_cost_sentence": "Tambahan biaya pemerintah: {cost} miliar rupiah per tahun.",
        "final_values": "Nilai pada tahun terakhir (tahun ke-{year}), rata-rata dan interval 95%:",
        "toc": "Daftar isi",
        "unit_col": "Satuan",
        "how_sure": "“Jelas” berarti interval 95% dari selisih berpasangan tidak memuat nol: "
                    "selisihnya konsisten di semua replikasi dan sangat kecil kemungkinannya "
                    "terjadi karena kebetulan. “Belum ada perbedaan yang jelas” tidak membuktikan "
                    "bahwa perbedaan itu tidak ada: dengan sedikit replikasi intervalnya lebar.",
        "source_file": "Selisih diambil dari tabel perbandingan di dalam berkas ({method}).",
        "source_computed": "Berkas tidak memiliki tabel perbandingan, sehingga selisih dihitung di "
                           "sini: tahun terakhir, berpasangan per replikasi, interval t 95%.",
        "ablation_note": "Skenario pilar ({n}) ditampilkan di bagian “{section}” dan di tabel "
                         "perbandingan lengkap, tidak di grafik dari tahun ke tahun.",
        "read_bands": "Garis menunjukkan rata-rata antarreplikasi; pita berwarna adalah interval "
                      "kepercayaan 95% dari rata-rata tersebut.",
        "read_diff": "Selisih adalah nilai skenario dikurangi skenario dasar, dihitung per "
                     "replikasi; interval sesudahnya adalah interval kepercayaan 95%.",
        "read_direction": "▲ menandai perbaikan yang jelas dan ▼ kemunduran yang jelas bagi UMKM; "
                          "• menandai perubahan jelas yang tidak baik atau buruk dengan sendirinya "
                          "(biaya, belanja).",
        "fig_msme": "Hasil bagi UMKM dari tahun ke tahun (rata-rata dan pita 95% per skenario)",
        "fig_governance": "Tata kelola dan biaya dari tahun ke tahun (rata-rata dan pita 95% per "
                          "skenario)",
        "fig_district": "{indicator} per kecamatan pada tahun ke-{year} (rata-rata dan interval 95%)",
        "fig_stages": "Porsi replikasi pada setiap tahap kolaborasi, per tahun",
        "fig_pillars": "Kontribusi setiap pilar pada tahun terakhir (selisih berpasangan, "
                       "interval 95%)",
        "fig_cost": "Manfaat per miliar rupiah tambahan biaya pemerintah per tahun",
        "year": "Tahun",
        "district": "Kecamatan",
        "share_of_replications": "Porsi replikasi",
        "contribution": "Kontribusi",
        "stages_caption": "Tahap: {stages}.",
        "district_range": "Pada {scenario}, {indicator} berkisar dari {low} ({low_district}) "
                          "sampai {high} ({high_district}).",
        "district_intro": "Grafik menunjukkan nilai setiap kecamatan pada tahun terakhir, sehingga "
                          "perbedaan antarkecamatan terlihat.",
        "pillar_engagement": "Pelibatan",
        "pillar_planning": "Perencanaan bersama",
        "pillar_institutions": "Kelembagaan",
        "pillar_evaluation": "Evaluasi",
        "pillar_plus": "ditambahkan ke {reference}",
        "pillar_without": "dihapus dari {reference}",
        "pillar_intro": "“Ditambahkan” menunjukkan manfaat bila satu pilar ditambahkan ke skenario "
                        "dasar; “dihapus” menunjukkan kerugian bila satu pilar dikeluarkan dari "
                        "program lengkap. Keduanya adalah selisih berpasangan pada tahun terakhir.",
        "pillar_largest": "Kontribusi terbesar untuk {indicator}: {pillar} ({how}, {value}).",
        "pillar_missing_reference": "Skenario {scenario} memerlukan skenario {reference} yang "
                                    "tidak ada di berkas; skenario ini tidak ditampilkan.",
        "cost_intro": "Tambahan biaya pemerintah adalah biaya tahunan pemerintah pada skenario di "
                      "atas skenario dasar. Manfaat adalah selisih tahun terakhir terhadap "
                      "skenario dasar dibagi biaya tersebut.",
        "cost_na": "tanpa biaya tambahan",
        "col_indicator": "Indikator",
        "col_baseline": "Skenario dasar: {baseline}",
        "col_scenario": "Skenario",
        "col_mean_ci": "Rata-rata (interval 95%)",
        "col_difference": "Selisih",
        "col_interval": "Interval 95%",
        "col_clear": "Jelas?",
        "col_description": "Keterangan",
        "col_replications": "Replikasi",
        "col_years": "Tahun",
        "col_seed": "Benih acak",
        "col_extra_cost": "Tambahan biaya pemerintah (miliar rupiah per tahun)",
        "col_cap_per_billion": "Kenaikan kapabilitas per miliar rupiah",
        "col_rev_per_billion": "Kenaikan omzet per miliar rupiah (juta rupiah per UMKM)",
        "yes": "ya",
        "no": "tidak",
        "interval": "{low} s.d. {high}",
        "no_interval": "t/a, perlu ≥ 2 replikasi",
        "table_vs": "{scenario} dibandingkan dengan skenario dasar {baseline}",
        "show_all": "Tampilkan semua indikator",
        "about_file": "Berkas",
        "about_version": "Versi cgsim",
        "about_created": "Dibuat (UTC)",
        "about_command": "Perintah",
        "about_complete": "Lengkap",
        "generated_by": "Dibuat oleh analysis/report.py dari {file}.",
    },
}

# unit key -> (English, Indonesian)
UNITS = {
    "share": ("share 0–1", "proporsi 0–1"),
    "gini": ("Gini 0–1", "Gini 0–1"),
    "binary": ("0/1", "0/1"),
    "sd": ("sd", "sd"),
    "count": ("count", "jumlah"),
    "million_idr": ("million IDR per year", "juta rupiah per tahun"),
    "billion_idr": ("billion IDR per year", "miliar rupiah per tahun"),
    "points_per_billion": ("capability points per billion IDR",
                           "poin kapabilitas per miliar rupiah"),
    "stage": ("0–3", "0–3"),
    "billion_per_billion": ("billion IDR per billion IDR", "miliar rupiah per miliar rupiah"),
}

# indicator -> (unit key, English name, Indonesian name)
INDICATORS = {
    "capability_mean": ("share", "Mean MSME capability", "Kapabilitas UMKM rata-rata"),
    "capability_production": ("share", "Production capability", "Kapabilitas produksi"),
    "capability_management": ("share", "Management capability", "Kapabilitas manajemen"),
    "capability_market": ("share", "Market capability", "Kapabilitas pemasaran"),
    "capability_legal": ("share", "Legal capability", "Kapabilitas legalitas"),
    "capability_finance": ("share", "Finance capability", "Kapabilitas keuangan"),
    "revenue_mean": ("million_idr", "Mean MSME revenue", "Omzet UMKM rata-rata"),
    "revenue_median": ("million_idr", "Median MSME revenue", "Omzet UMKM median"),
    "msmes_alive": ("count", "MSMEs in business", "UMKM yang masih berusaha"),
    "formal_share": ("share", "MSMEs with a business licence (NIB)", "UMKM yang memiliki NIB"),
    "organised_share": ("share", "MSMEs in an association",
                        "UMKM yang tergabung dalam asosiasi"),
    "reach": ("share", "Reach: MSMEs served this year",
              "Jangkauan: UMKM yang terlayani tahun ini"),
    "duplication_rate": ("share", "Duplicated assistance", "Bantuan ganda (duplikasi)"),
    "need_match": ("share", "Match with MSMEs' needs", "Kesesuaian dengan kebutuhan UMKM"),
    "repeat_training_share": ("share", "Repeat training without mentoring",
                              "Pelatihan berulang tanpa pendampingan"),
    "benefit_gini_districts": ("gini", "Inequality of CSR between districts",
                               "Ketimpangan CSR antarkecamatan"),
    "benefit_gini_msmes": ("gini", "Inequality of benefit between MSMEs",
                           "Ketimpangan manfaat antar-UMKM"),
    "forum_budget_share": ("share", "CSR budget spent per forum plan",
                           "Anggaran CSR sesuai rencana forum"),
    "msme_voice_share": ("share", "MSME voice in the forum", "Suara UMKM di forum"),
    "decision_success": ("binary", "Forum adopted a plan", "Forum menyepakati rencana"),
    "decision_acceptability": ("share", "Acceptability of the plan", "Keberterimaan rencana"),
    "decision_equity": ("sd", "Spread of acceptability (lower is fairer)",
                        "Sebaran keberterimaan (makin kecil makin adil)"),
    "acceptability_government": ("share", "Acceptability of the plan to the government",
                                 "Keberterimaan rencana bagi pemerintah"),
    "acceptability_companies": ("share", "Acceptability of the plan to companies",
                                "Keberterimaan rencana bagi perusahaan"),
    "acceptability_msme": ("share", "Acceptability of the plan to MSME representatives",
                           "Keberterimaan rencana bagi wakil UMKM"),
    "msme_influence": ("share", "MSME influence on the plan", "Pengaruh UMKM atas rencana"),
    "deliberation_rounds": ("count", "Deliberation rounds", "Putaran musyawarah"),
    "companies_members": ("count", "Member companies (operating)",
                          "Perusahaan anggota (beroperasi)"),
    "companies_active_share": ("share", "Companies taking part in planning",
                               "Perusahaan yang ikut perencanaan"),
    "companies_reporting_share": ("share", "Companies reporting to the registry",
                                  "Perusahaan yang melapor ke registri"),
    "companies_complying_share": ("share", "Companies complying with the rules",
                                  "Perusahaan yang mematuhi aturan"),
    "csr_total_members": ("billion_idr", "CSR budgets of forum members",
                          "Anggaran CSR perusahaan anggota forum"),
    "msme_csr_total": ("billion_idr", "MSME CSR budget committed",
                       "Anggaran CSR UMKM yang dianggarkan"),
    "trust_government_company": ("share", "Trust between government and companies",
                                 "Kepercayaan pemerintah–perusahaan"),
    "trust_msme_company": ("share", "MSMEs' trust in companies",
                           "Kepercayaan UMKM kepada perusahaan"),
    "trust_msme_government": ("share", "MSMEs' trust in government",
                              "Kepercayaan UMKM kepada pemerintah"),
    "csr_spend": ("billion_idr", "CSR spending on MSMEs", "Belanja CSR untuk UMKM"),
    "csr_impact_capability_per_bn": (
        "points_per_billion",
        "CSR impact on capability per Rp bn",
        "Dampak CSR pada kapabilitas per Rp miliar",
    ),
    "csr_impact_revenue_per_bn": (
        "billion_per_billion",
        "CSR impact on revenue per Rp bn",
        "Dampak CSR pada omzet per Rp miliar",
    ),
    "government_cost": ("billion_idr", "Public cost of governance",
                        "Biaya tata kelola bagi pemerintah"),
    "fines_collected": ("billion_idr", "Fines collected", "Denda yang terkumpul"),
    "government_cost_net": ("billion_idr", "Public cost net of fines",
                            "Biaya publik setelah dikurangi denda"),
    "collaboration_index": ("share", "Collaboration index", "Indeks kolaborasi"),
    "collaboration_stage": ("stage", "Collaboration stage", "Tahap kolaborasi"),
}

DISTRICT_INDICATORS = {
    "spend": ("billion_idr", "CSR spending", "Belanja CSR"),
    "reach": ("share", "Reach", "Jangkauan"),
    "capability_mean": ("share", "Mean capability", "Kapabilitas rata-rata"),
    "msmes": ("count", "MSMEs in business", "UMKM yang masih berusaha"),
}

STAGES = {
    "en": ("pre-collaborative", "nascent", "developing", "collaborative"),
    "id": ("pra-kolaboratif", "awal", "berkembang", "kolaboratif"),
}


MISSING = "—"  # an undefined value (NaN in the file: nothing to measure), docs/output.md


def format_number(x, lang: str = "en", signed: bool = False) -> str:
    """A number for people: about three significant digits, Indonesian separators for id."""
    try:
        x = float(x)
    except (TypeError, ValueError):
        return MISSING
    if not math.isfinite(x):
        return MISSING
    ax = abs(x)
    if ax >= 100:
        digits = 0
    elif ax >= 10:
        digits = 1
    elif ax >= 1 or ax == 0:
        digits = 2
    else:
        digits = min(6, 2 - math.floor(math.log10(ax)))
    text = f"{x:{'+' if signed else ''},.{digits}f}"
    if lang == "id":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


class Translator:
    """All user-visible text of one language."""

    def __init__(self, lang: str = "en"):
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._text = TEXT[lang]

    def __call__(self, key: str, **values) -> str:
        return self._text[key].format(**values)

    def _entry(self, name: str, district: bool) -> tuple[str, str] | None:
        """(display name, unit) in this language, or None for an unknown indicator."""
        entry = (DISTRICT_INDICATORS if district else INDICATORS).get(name)
        if entry is None:
            return None
        unit, en, id_ = entry
        column = LANGUAGES.index(self.lang)
        return (en, id_)[column], UNITS[unit][column]

    def indicator(self, name: str, district: bool = False) -> str:
        entry = self._entry(name, district)
        return entry[0] if entry else name

    def unit(self, name: str, district: bool = False, fallback: str = "") -> str:
        entry = self._entry(name, district)
        return entry[1] if entry else fallback

    def label(self, name: str, district: bool = False, fallback_unit: str = "") -> str:
        unit = self.unit(name, district, fallback_unit)
        name = self.indicator(name, district)
        return f"{name} ({unit})" if unit else name

    def stages(self) -> tuple[str, ...]:
        return STAGES[self.lang]

    def pillar(self, pillar: str) -> str:
        return self(f"pillar_{pillar}")

    def number(self, x, signed: bool = False) -> str:
        return format_number(x, self.lang, signed)
