"""Every word the reader sees, in English (en) and Indonesian (id).

TEXT holds headings, labels and sentences (str.format placeholders in braces); INDICATORS and
DISTRICT_INDICATORS hold display names in both languages and a key into UNITS. Both languages
must have the same keys (tests/test_i18n.py checks it). Translator is the one object the rest
of the code uses.
"""
from __future__ import annotations

from .numbers import format_number

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
        "clearly_better": "Meaningfully better",
        "clearly_worse": "Meaningfully worse",
        "clearly_changed": "Also meaningfully changed",
        "small_effect": "Real but small (below {pct}% of the baseline's value)",
        "not_clear": "Not certain (the 95% interval includes zero)",
        "zero_effect": "Not changed at all (exactly zero in every replication: the policy has no "
                       "path to these indicators)",
        "extra_cost_sentence": "Extra net government cost: {cost} billion IDR per year "
                               "({definition}).",
        "cost_definition_fines": "mean over the {years} simulated years of the public cost of the "
                                 "governance levers minus the fines collected, against the "
                                 "baseline",
        "cost_definition_no_fines": "mean over the {years} simulated years of the public cost of "
                                    "the governance levers, against the baseline; the file records "
                                    "no fines",
        "final_values": "Values in the final year (year {year}), mean and 95% interval:",
        "toc": "Contents",
        "unit_col": "Unit",
        "how_sure": "“Meaningfully” means that the 95% interval of the paired difference does "
                    "not include zero and the change is at least {pct}% of the baseline's value "
                    "(at least {abs} on a 0–1 index whose baseline value is 0). “Real but small” "
                    "effects are consistent across replications but below that threshold. “Not "
                    "certain” does not prove that there is no effect: more replications narrow "
                    "the interval. “Not changed at all” is different: the difference is exactly "
                    "zero in every replication, so more replications would not change it; the "
                    "policy has no path to that indicator in this configuration (see "
                    "docs/levers.md).",
        "source_file": "The differences are taken from the comparison table in the file (final "
                       "year, paired by replication, 95% t-interval).",
        "source_computed": "The file has no comparison table, so the differences were computed here: "
                           "final year, paired by replication, 95% t-interval.",
        "ablation_note": "Pillar scenarios ({n}) appear in the section “{section}” and in the full "
                         "comparison table, not in the charts over time.",
        # how to read
        "read_bands": "Lines show the mean over replications; the shaded band is the 95% "
                      "confidence interval of that mean.",
        "read_diff": "A difference is the scenario minus the baseline, computed replication by "
                     "replication; the interval after it is its 95% confidence interval.",
        "read_direction": "▲ marks a meaningful improvement and ▼ a meaningful deterioration for "
                          "MSMEs; • a meaningful change that is neither good nor bad in itself "
                          "(costs, spending, company behaviour); ○ real but small; ? not certain; "
                          "= exactly zero in every replication.",
        # figures
        "fig_msme": "MSME outcomes over time (mean and 95% band per scenario)",
        "fig_governance": "Governance and cost over time (mean and 95% band per scenario)",
        "fig_district": "{indicator} by district in year {year} (mean and 95% interval)",
        "fig_district_means": "{indicator} by district in year {year} (mean over replications; "
                              "the heat map shows no intervals)",
        "fig_forum": "Acceptability of the plan and trust over time (mean and 95% band per "
                     "scenario)",
        "schedule_note": "Dotted vertical lines mark scheduled changes: {changes}.",
        "schedule_item": "{scenario} from year {year}",
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
        "cost_intro": "Extra net government cost is the scenario's yearly public cost of the "
                      "governance levers, less the fines collected where the file records them, "
                      "averaged over the simulated years, above the baseline's. Gains are "
                      "final-year differences from the baseline divided by that cost.",
        "cost_na": "no extra cost",
        "cost_no_chart_zero": "No chart: no scenario changes MSME capability or revenue, so the "
                              "gain per billion IDR is zero for every scenario.",
        "cost_no_chart_na": "No chart: no scenario costs the government more than the "
                            "baseline, so there is no gain per billion IDR to compare.",
        "col_relative": "Relative change",
        "v_better": "better",
        "v_worse": "worse",
        "v_changed": "changed",
        "v_small": "small",
        "v_uncertain": "not certain",
        "v_zero": "exactly 0",
        # tables
        "col_indicator": "Indicator",
        "col_baseline": "Baseline: {baseline}",
        "col_scenario": "Scenario",
        "col_mean_ci": "Mean (95% interval)",
        "col_difference": "Difference",
        "col_interval": "95% interval",
        "col_clear": "Verdict",
        "col_description": "Description",
        "col_replications": "Replications",
        "col_years": "Years",
        "col_seed": "Seed",
        "col_extra_cost": "Extra net government cost (billion IDR per year)",
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
        "diff_label": "minus {baseline} ({unit})",
        "same_as": "{scenario} (same as {other})",
        "why_label": "Why:",
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
        "clearly_better": "Lebih baik secara berarti",
        "clearly_worse": "Lebih buruk secara berarti",
        "clearly_changed": "Juga berubah secara berarti",
        "small_effect": "Nyata tetapi kecil (di bawah {pct}% dari nilai skenario dasar)",
        "not_clear": "Belum pasti (interval 95% memuat nol)",
        "zero_effect": "Tidak berubah sama sekali (tepat nol di setiap replikasi: kebijakan ini "
                       "tidak memiliki jalur menuju indikator ini)",
        "extra_cost_sentence": "Tambahan biaya bersih pemerintah: {cost} miliar rupiah per tahun "
                               "({definition}).",
        "cost_definition_fines": "rata-rata selama {years} tahun simulasi dari biaya tata kelola "
                                 "dikurangi denda yang terkumpul, dibandingkan dengan skenario "
                                 "dasar",
        "cost_definition_no_fines": "rata-rata selama {years} tahun simulasi dari biaya tata "
                                    "kelola, dibandingkan dengan skenario dasar; berkas ini tidak "
                                    "mencatat denda",
        "final_values": "Nilai pada tahun terakhir (tahun ke-{year}), rata-rata dan interval 95%:",
        "toc": "Daftar isi",
        "unit_col": "Satuan",
        "how_sure": "“Secara berarti” artinya interval 95% dari selisih berpasangan tidak memuat "
                    "nol dan perubahannya sedikitnya {pct}% dari nilai skenario dasar (sedikitnya "
                    "{abs} pada indeks 0–1 yang nilai dasarnya nol). Efek “nyata tetapi kecil” "
                    "konsisten di semua replikasi tetapi di bawah ambang itu. “Belum pasti” tidak "
                    "membuktikan bahwa efeknya tidak ada: replikasi tambahan mempersempit "
                    "interval. “Tidak berubah sama sekali” berbeda: selisihnya tepat nol di "
                    "setiap replikasi, sehingga replikasi tambahan tidak akan mengubahnya; "
                    "kebijakan ini tidak memiliki jalur menuju indikator tersebut dalam "
                    "konfigurasi ini (lihat docs/levers.md).",
        "source_file": "Selisih diambil dari tabel perbandingan di dalam berkas (tahun terakhir, "
                       "berpasangan per replikasi, interval t 95%).",
        "source_computed": "Berkas tidak memiliki tabel perbandingan, sehingga selisih dihitung di "
                           "sini: tahun terakhir, berpasangan per replikasi, interval t 95%.",
        "ablation_note": "Skenario pilar ({n}) ditampilkan di bagian “{section}” dan di tabel "
                         "perbandingan lengkap, tidak di grafik dari tahun ke tahun.",
        "read_bands": "Garis menunjukkan rata-rata antarreplikasi; pita berwarna adalah interval "
                      "kepercayaan 95% dari rata-rata tersebut.",
        "read_diff": "Selisih adalah nilai skenario dikurangi skenario dasar, dihitung per "
                     "replikasi; interval sesudahnya adalah interval kepercayaan 95%.",
        "read_direction": "▲ menandai perbaikan berarti dan ▼ kemunduran berarti bagi UMKM; • "
                          "perubahan berarti yang tidak baik atau buruk dengan sendirinya (biaya, "
                          "belanja, perilaku perusahaan); ○ nyata tetapi kecil; ? belum pasti; = "
                          "tepat nol di setiap replikasi.",
        "fig_msme": "Hasil bagi UMKM dari tahun ke tahun (rata-rata dan pita 95% per skenario)",
        "fig_governance": "Tata kelola dan biaya dari tahun ke tahun (rata-rata dan pita 95% per "
                          "skenario)",
        "fig_district": "{indicator} per kecamatan pada tahun ke-{year} (rata-rata dan interval 95%)",
        "fig_district_means": "{indicator} per kecamatan pada tahun ke-{year} (rata-rata "
                              "antarreplikasi; peta panas tidak menampilkan interval)",
        "fig_forum": "Keberterimaan rencana dan kepercayaan dari tahun ke tahun (rata-rata dan "
                     "pita 95% per skenario)",
        "schedule_note": "Garis vertikal titik-titik menandai perubahan terjadwal: {changes}.",
        "schedule_item": "{scenario} mulai tahun ke-{year}",
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
        "cost_intro": "Tambahan biaya bersih pemerintah adalah biaya tahunan tata kelola pada "
                      "skenario, dikurangi denda yang terkumpul bila berkas mencatatnya, "
                      "dirata-ratakan selama tahun simulasi, di atas biaya skenario dasar. "
                      "Manfaat adalah selisih tahun terakhir terhadap skenario dasar dibagi biaya "
                      "tersebut.",
        "cost_na": "tanpa biaya tambahan",
        "cost_no_chart_zero": "Tidak ada grafik: tidak ada skenario yang mengubah kapabilitas atau "
                              "omzet UMKM, sehingga manfaat per miliar rupiah bernilai nol untuk "
                              "semua skenario.",
        "cost_no_chart_na": "Tidak ada grafik: tidak ada skenario yang menambah biaya pemerintah "
                            "dibandingkan skenario dasar, sehingga tidak ada manfaat per miliar "
                            "rupiah yang dapat dibandingkan.",
        "col_relative": "Perubahan relatif",
        "v_better": "lebih baik",
        "v_worse": "lebih buruk",
        "v_changed": "berubah",
        "v_small": "kecil",
        "v_uncertain": "belum pasti",
        "v_zero": "tepat 0",
        "col_indicator": "Indikator",
        "col_baseline": "Skenario dasar: {baseline}",
        "col_scenario": "Skenario",
        "col_mean_ci": "Rata-rata (interval 95%)",
        "col_difference": "Selisih",
        "col_interval": "Interval 95%",
        "col_clear": "Penilaian",
        "col_description": "Keterangan",
        "col_replications": "Replikasi",
        "col_years": "Tahun",
        "col_seed": "Seed (bilangan acak awal)",
        "col_extra_cost": "Tambahan biaya bersih pemerintah (miliar rupiah per tahun)",
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
        "diff_label": "selisih terhadap {baseline} ({unit})",
        "same_as": "{scenario} (sama dengan {other})",
        "why_label": "Mengapa:",
    },
}

# unit key -> (English, Indonesian)
UNITS = {
    "share": ("share 0–1", "proporsi 0–1"),
    "index": ("index 0–1", "indeks 0–1"),
    "influence": ("index −1 to 1", "indeks −1 s.d. 1"),
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
    "capability_mean": ("index", "Mean MSME capability", "Kapabilitas UMKM rata-rata"),
    "capability_production": ("index", "Production capability", "Kapabilitas produksi"),
    "capability_management": ("index", "Management capability", "Kapabilitas manajemen"),
    "capability_market": ("index", "Market capability", "Kapabilitas pemasaran"),
    "capability_legal": ("index", "Legal and licensing capability",
                         "Kapabilitas hukum dan perizinan"),
    "capability_finance": ("index", "Finance capability", "Kapabilitas keuangan"),
    "revenue_mean": ("million_idr", "Mean MSME revenue", "Omzet UMKM rata-rata"),
    "revenue_median": ("million_idr", "Median MSME revenue", "Omzet UMKM median"),
    "msmes_alive": ("count", "MSMEs in business", "UMKM yang masih berusaha"),
    "formal_share": ("share", "MSMEs with a business licence (NIB)", "UMKM yang memiliki NIB"),
    "organised_share": ("share", "MSMEs in an association",
                        "UMKM yang tergabung dalam asosiasi"),
    "reach": ("share", "Reach: MSMEs served this year",
              "Jangkauan: UMKM yang terlayani tahun ini"),
    "duplication_rate": ("share", "Duplicated assistance", "Bantuan ganda (duplikasi)"),
    "need_match": ("index", "Match with MSMEs' needs", "Kesesuaian dengan kebutuhan UMKM"),
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
    "decision_acceptability": ("index", "Acceptability of the plan", "Keberterimaan rencana"),
    "decision_equity": ("sd", "Spread of acceptability (lower is fairer)",
                        "Sebaran keberterimaan (makin kecil makin adil)"),
    "acceptability_government": ("index", "Acceptability of the plan to the government",
                                 "Keberterimaan rencana bagi pemerintah"),
    "acceptability_companies": ("index", "Acceptability of the plan to companies",
                                "Keberterimaan rencana bagi perusahaan"),
    "acceptability_msme": ("index", "Acceptability of the plan to MSME representatives",
                           "Keberterimaan rencana bagi wakil UMKM"),
    "msme_influence": ("influence", "MSME influence on the plan", "Pengaruh UMKM atas rencana"),
    "deliberation_rounds": ("count", "Deliberation rounds", "Putaran musyawarah"),
    "companies_members": ("count", "Member companies (operating)",
                          "Perusahaan anggota (beroperasi)"),
    "companies_active_share": ("share", "Member companies active in the forum",
                               "Perusahaan anggota yang aktif di forum"),
    "companies_reporting_share": ("share", "Companies reporting to the CSR information system",
                                  "Perusahaan yang melapor ke sistem informasi CSR"),
    "companies_complying_share": ("share", "Companies complying with the rules",
                                  "Perusahaan yang mematuhi aturan"),
    "csr_total_members": ("billion_idr", "CSR budgets of forum members",
                          "Anggaran CSR perusahaan anggota forum"),
    "msme_csr_total": ("billion_idr", "MSME CSR budget committed",
                       "Anggaran CSR untuk UMKM yang dialokasikan"),
    "trust_government_company": ("index", "Trust between government and companies",
                                 "Kepercayaan pemerintah–perusahaan"),
    "trust_msme_company": ("index", "MSMEs' trust in companies",
                           "Kepercayaan UMKM kepada perusahaan"),
    "trust_msme_government": ("index", "MSMEs' trust in government",
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
                            "Biaya pemerintah setelah dikurangi denda"),
    "collaboration_index": ("index", "Collaboration index", "Indeks kolaborasi"),
    "collaboration_stage": ("stage", "Collaboration stage", "Tahap kolaborasi"),
}

DISTRICT_INDICATORS = {
    "spend": ("billion_idr", "CSR spending", "Belanja CSR"),
    "reach": ("share", "Reach", "Jangkauan"),
    "capability_mean": ("index", "Mean capability", "Kapabilitas rata-rata"),
    "msmes": ("count", "MSMEs in business", "UMKM yang masih berusaha"),
}

STAGES = {
    "en": ("pre-collaborative", "nascent", "developing", "collaborative"),
    "id": ("pra-kolaboratif", "awal", "berkembang", "kolaboratif"),
}


# Shipped scenarios (the `name:` of every file under scenarios/, experiments excepted):
# name -> (English title, Indonesian title, Indonesian description). The English description is
# the scenario file's own `description:`; analysis/tests/test_i18n.py checks that every shipped
# scenario is here.
SCENARIOS = {
    "pre_collaborative": (
        "Today (pre-collaborative)", "Kondisi saat ini (pra-kolaboratif)",
        "Saat ini: Forum CSR-PKBL (Perbup 15/2018) hanya menghimpun laporan, perusahaan memutuskan "
        "sendiri, UMKM tidak punya kursi, belum ada sistem informasi bersama, dan pelaporan "
        "berbasis keluaran."),
    "siger_mu": (
        "Full SIGER-MU", "SIGER-MU lengkap",
        "Keempat pilar SIGER-MU: pelibatan yang setara, perencanaan yang partisipatif dan "
        "responsif, kelembagaan yang terstruktur dan inklusif dengan sistem informasi CSR, serta "
        "evaluasi berbasis dampak."),
    "baseline_plus_engagement": (
        "Today + engagement pillar", "Kondisi saat ini + pilar pelibatan",
        "Kondisi saat ini dengan pilar 1 saja (kursi UMKM, ketimpangan kuasa lebih rendah, "
        "fasilitasi pemerintah, dukungan advokasi). Tanpa perencanaan bersama, kursi itu tidak "
        "memberi suara."),
    "baseline_plus_evaluation": (
        "Today + evaluation pillar", "Kondisi saat ini + pilar evaluasi",
        "Kondisi saat ini dengan pilar 4 saja (evaluasi dampak). Perkiraan dampak masih kasar "
        "karena mutu sistem informasi rendah dan hanya menjangkau sedikit perusahaan."),
    "baseline_plus_institutions": (
        "Today + institutions pillar", "Kondisi saat ini + pilar kelembagaan",
        "Kondisi saat ini dengan pilar 3 saja (kursi masyarakat sipil, keterbukaan, sistem "
        "informasi CSR, unit koordinasi)."),
    "baseline_plus_planning": (
        "Today + planning pillar", "Kondisi saat ini + pilar perencanaan",
        "Kondisi saat ini dengan pilar 2 saja (perencanaan bersama, supermayoritas, enam "
        "pertemuan setahun). Rencana disusun tanpa UMKM dan di bawah ketimpangan kuasa yang kuat."),
    "siger_mu_without_engagement": (
        "SIGER-MU without engagement", "SIGER-MU tanpa pilar pelibatan",
        "SIGER-MU tanpa pilar 1: tanpa kursi UMKM, ketimpangan kuasa 2,5, fasilitasi 0,1, tanpa "
        "dukungan advokasi (nilai kondisi saat ini)."),
    "siger_mu_without_evaluation": (
        "SIGER-MU without evaluation", "SIGER-MU tanpa pilar evaluasi",
        "SIGER-MU tanpa pilar 4: pelaporan berbasis keluaran (nilai kondisi saat ini), tidak ada "
        "pembelajaran dari dampak."),
    "siger_mu_without_institutions": (
        "SIGER-MU without institutions", "SIGER-MU tanpa pilar kelembagaan",
        "SIGER-MU tanpa pilar 3: tanpa kursi masyarakat sipil, tanpa keterbukaan, mutu sistem "
        "informasi 0,1, tanpa unit koordinasi (nilai kondisi saat ini)."),
    "siger_mu_without_planning": (
        "SIGER-MU without planning", "SIGER-MU tanpa pilar perencanaan",
        "SIGER-MU tanpa pilar 2: forum hanya menghimpun laporan, keputusan sepihak, dua pertemuan "
        "setahun (nilai kondisi saat ini). Kursi dari pilar 1 dan 3 pun tidak memberi suara."),
    "awards": (
        "Regent's CSR award", "Penghargaan CSR Bupati",
        "Penghargaan CSR dari Bupati dengan nilai reputasi 1,0 (satuan utilitas), ditambahkan pada "
        "kondisi saat ini."),
    "binding_perda": (
        "Binding Perda", "Perda yang mengikat",
        "Perda yang mengikat (tanpa audit dan sanksi): forum menyusun rencana bersama dengan "
        "mayoritas berbobot; perusahaan patuh semata karena norma kepatuhan."),
    "mandatory_registry_reporting": (
        "Mandatory reporting to the CSR information system",
        "Wajib lapor ke sistem informasi CSR",
        "Wajib lapor (audit 20%, sanksi Rp 1 miliar), mutu sistem informasi 0,6 dan unit "
        "koordinasi, ditambahkan pada kondisi saat ini."),
    "msme_seat_quota_2": (
        "Two MSME seats", "Kuota 2 kursi UMKM",
        "Perencanaan bersama dengan mayoritas berbobot dan 2 kursi UMKM; ketimpangan kuasa dan "
        "sistem informasi seperti saat ini."),
    "msme_seat_quota_6": (
        "Six MSME seats", "Kuota 6 kursi UMKM",
        "Perencanaan bersama dengan mayoritas berbobot dan 6 kursi UMKM; ketimpangan kuasa dan "
        "sistem informasi seperti saat ini."),
    "phased_perda": (
        "Phased Perda", "Perda bertahap",
        "Perencanaan bersama dengan mayoritas berbobot sejak tahun 1; 4 kursi UMKM sejak tahun 2; "
        "Perda mengikat sejak tahun 3; mutu sistem informasi 0,85 sejak tahun 5."),
    "regulation_without_msme_voice": (
        "Regulation without MSME voice", "Regulasi tanpa suara UMKM",
        "Perda mengikat dengan perencanaan bersama, audit 30% dan sanksi Rp 2 miliar, tetapi tanpa "
        "kursi UMKM, mutu sistem informasi 0,1 dan tanpa unit koordinasi."),
    "sanctions_with_audits": (
        "Sanctions with audits", "Sanksi disertai audit",
        "Aturan mengikat, peluang audit 30% per tahun, sanksi Rp 2 miliar bagi perusahaan yang "
        "melanggar; agenda forum tidak berubah (hanya menghimpun laporan)."),
    "tax_incentive": (
        "Regional tax incentive", "Insentif pajak daerah",
        "10% belanja CSR untuk UMKM dari perusahaan yang berpartisipasi dikembalikan sebagai "
        "keringanan pajak daerah, ditambahkan pada kondisi saat ini."),
    "indonesia": (
        "All of Indonesia", "Seluruh Indonesia",
        "64,2 juta UMKM di 514 kabupaten dan kota sebanding dengan jumlah penduduk, 3.000 "
        "perusahaan sintetis, tata kelola pra-kolaboratif."),
    "facilitated_forum": (
        "Classroom: a facilitated forum", "Kelas: forum yang difasilitasi",
        "Bahan ajar: forum yang dikuasai pihak terkuat (mayoritas berbobot, ketimpangan kuasa 3,0, "
        "dipimpin perusahaan dominan); mulai tahun 5 dipimpin fasilitator netral, biaya hadir "
        "wakil UMKM ditanggung dan fasilitasi 0,9."),
    "forced_but_not_heard": (
        "Classroom: forced but not heard", "Kelas: dipaksa tetapi tidak didengar",
        "Bahan ajar: aturan mengikat dengan audit 30% dan sanksi Rp 2 miliar, perencanaan bersama "
        "dengan mayoritas berbobot, tanpa kursi UMKM."),
    "forced_and_heard": (
        "Classroom: forced and heard", "Kelas: dipaksa dan didengar",
        "Bahan ajar: aturan mengikat dengan audit dan sanksi seperti pada kelas sebelumnya, "
        "ditambah enam kursi UMKM dan biaya hadir yang ditanggung."),
    "only_forum_reformed": (
        "Classroom: only the forum reformed", "Kelas: hanya forum yang dibenahi",
        "Bahan ajar: forum menyusun rencana bersama (supermayoritas, enam pertemuan), sedangkan "
        "sistem informasi, kursi UMKM dan evaluasi tetap seperti saat ini."),
    "power_vs_consensus": (
        "Classroom: power versus consensus", "Kelas: kuasa melawan mufakat",
        "Bahan ajar: perencanaan bersama dengan 4 kursi UMKM di bawah ketimpangan kuasa yang kuat "
        "(3,0) dan dipimpin perusahaan dominan; mayoritas berbobot pada tahun 1–4, mufakat mulai "
        "tahun 5."),
}


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
        entry = (DISTRICT_INDICATORS.get(name) if district
                 else INDICATORS.get(name))
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

    def scenario(self, name: str) -> str:
        """A scenario's display title; the name itself for a scenario the table does not know."""
        entry = SCENARIOS.get(name)
        return entry[LANGUAGES.index(self.lang)] if entry else name

    def scenario_description(self, name: str, file_description: str = "") -> str:
        """English: the file's own description. Indonesian: the translation, or "" when the
        scenario is not a shipped one (an English description must not leak into id)."""
        if self.lang == "en":
            return file_description
        entry = SCENARIOS.get(name)
        return entry[2] if entry else ""

    def number(self, x, signed: bool = False) -> str:
        return format_number(x, self.lang, signed)
