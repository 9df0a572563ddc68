"""Every word of the policy brief (tools/brief.py), in English (en) and Indonesian (id).

TEXT holds headings and sentences (str.format placeholders in braces), both languages with the
same keys (analysis/tests/test_brief.py checks it). LEVERS says in one clause how each policy
lever acts, taken from the lever audit's causal paths (tools/levers.py LEVERS, docs/levers.md)
and shortened for a planner; NEEDS says what a lever needs in order to act, mirroring the
`acts_through` sentences of src/scenario/lever_paths.cpp (whether it is missing in a scenario is
asked of `cgsim validate --explain-json`, never decided here).
"""
from __future__ import annotations

TEXT = {
    "en": {
        "title": "Policy brief: CSR for MSMEs in Muara Enim",
        "subtitle": "Simulation results for a decision meeting (cgsim)",
        "h_question": "The question",
        "question": "Which of these {n} options helps the regency's MSMEs most, and what does it "
                    "cost the regional government each year? Each option is compared with "
                    "{baseline}.",
        "question_one": "Does {option} help the regency's MSMEs, and what does it cost the "
                        "regional government each year? It is compared with {baseline}.",
        "more_levers": "{n} other levers",
        "h_options": "The options",
        "h_results": "What changes",
        "h_meaning": "Which effects are meaningful",
        "h_why": "Why each option works or does not",
        "h_method": "How the figures were made",
        "col_measure": "Measure",
        "col_today": "{baseline}: value",
        "row_cost": "Net government cost",
        "row_cost_extra": "Extra net government cost",
        "row_revenue_total": "MSME revenue, whole regency",
        "row_reached": "MSMEs reached this year",
        "row_csr_total": "CSR money for MSMEs",
        "unit_bn_year": "billion rupiah per year",
        "unit_people": "MSMEs (businesses)",
        "unit_companies": "companies",
        "marker_legend": "▲ meaningful improvement for MSMEs, ▼ meaningful deterioration, "
                         "• meaningful change that is neither good nor bad in itself (money, "
                         "company behaviour), ○ real but below the threshold, ? not certain, "
                         "= exactly zero in every replication. Cells: difference from {baseline} "
                         "(relative change).",
        "threshold": "An effect counts as meaningful when its 95% interval excludes zero and it "
                     "changes the value by at least {pct}% of {baseline}'s value (where that "
                     "value is zero: by at least {abs} on a 0–1 index).",
        "meaningful": "Meaningful: {items}.",
        "meaningful_none": "No meaningful effect on the measures above.",
        "too_small": "Real but too small to matter (below {pct}%): {items}.",
        "uncertain": "Not certain (the interval includes zero; more replications may tell): "
                     "{items}.",
        "all_msme_measures": "every MSME measure",
        "exactly_zero": "Exactly zero in every replication — the option has no path to these "
                        "measures: {items}.",
        "why_levers": "{option} works through {levers}.",
        "why_no_path": "It has no path to MSMEs here: {needs}.",
        "why_all_zero": "Nothing reaches the MSMEs: every MSME measure equals {baseline}'s in "
                        "every replication.",
        "why_no_lever": "It sets nothing that differs from {baseline}.",
        "cost_def": "Net government cost: the yearly cost of the governance measures in force "
                    "(facilitation, information system, coordination unit, meetings, audits, "
                    "awards, tax relief){fines}, averaged over the {years} simulated years, in "
                    "billion rupiah per year. The extra net cost is this figure minus "
                    "{baseline}'s.",
        "cost_fines": " minus the fines collected, which count as public revenue",
        "cost_no_fines": " (this file records no fines, so none are subtracted)",
        "why_companies": "Companies do change ({items}), but that does not change the CSR "
                         "programmes that reach MSMEs.",
        "revenue_def": "MSME revenue for the whole regency: mean revenue per MSME times the "
                       "number of MSMEs in business, in the final year (year {year}).",
        "reached_def": "MSMEs reached: MSMEs that received at least one CSR programme in the "
                       "final year.",
        "csr_def_total": "CSR money for MSMEs: the MSME CSR budget companies allocated in the "
                         "final year.",
        "csr_def_spend": "CSR money for MSMEs: CSR spent on MSME programmes in the final year.",
        "method": "Every option was simulated {reps} times with the same random conditions as "
                  "{baseline} (seed {seed}), so each difference is paired replication by "
                  "replication; the interval is a 95% confidence interval.",
        "source": "Source: {file}, cgsim {version}.",
        "generated": "Written by analysis/brief.py.",
        "option_item": "{title}: {description}",
        "relative_na": "n/a",
        "interval": "95%: {low} to {high}",
        "members": "Member companies",
        "and": "and",
    },
    "id": {
        "title": "Ringkasan kebijakan: CSR untuk UMKM di Muara Enim",
        "subtitle": "Hasil simulasi untuk rapat pengambilan keputusan (cgsim)",
        "h_question": "Pertanyaan",
        "question": "Manakah dari {n} opsi ini yang paling membantu UMKM di kabupaten, dan berapa "
                    "biayanya bagi pemerintah daerah setiap tahun? Setiap opsi dibandingkan "
                    "dengan {baseline}.",
        "question_one": "Apakah {option} membantu UMKM di kabupaten, dan berapa biayanya bagi "
                        "pemerintah daerah setiap tahun? Opsi ini dibandingkan dengan {baseline}.",
        "more_levers": "{n} tuas lainnya",
        "h_options": "Opsi kebijakan",
        "h_results": "Apa yang berubah",
        "h_meaning": "Efek mana yang berarti",
        "h_why": "Mengapa setiap opsi berhasil atau tidak",
        "h_method": "Cara angka ini dihitung",
        "col_measure": "Ukuran",
        "col_today": "{baseline}: nilai",
        "row_cost": "Biaya bersih pemerintah",
        "row_cost_extra": "Tambahan biaya bersih pemerintah",
        "row_revenue_total": "Omzet UMKM seluruh kabupaten",
        "row_reached": "UMKM yang terjangkau tahun ini",
        "row_csr_total": "Dana CSR untuk UMKM",
        "unit_bn_year": "miliar rupiah per tahun",
        "unit_people": "UMKM (unit usaha)",
        "unit_companies": "perusahaan",
        "marker_legend": "▲ perbaikan berarti bagi UMKM, ▼ kemunduran berarti, • perubahan berarti "
                         "yang tidak baik atau buruk dengan sendirinya (uang, perilaku "
                         "perusahaan), ○ nyata tetapi di bawah ambang, ? belum pasti, = tepat nol "
                         "di setiap replikasi. Isi sel: selisih terhadap {baseline} (perubahan "
                         "relatif).",
        "threshold": "Suatu efek dianggap berarti bila interval 95%-nya tidak memuat nol dan "
                     "nilainya berubah sedikitnya {pct}% dari nilai {baseline} (bila nilai itu "
                     "nol: sedikitnya {abs} pada indeks 0–1).",
        "meaningful": "Berarti: {items}.",
        "meaningful_none": "Tidak ada efek yang berarti pada ukuran di atas.",
        "too_small": "Nyata tetapi terlalu kecil untuk diperhitungkan (di bawah {pct}%): {items}.",
        "uncertain": "Belum pasti (intervalnya memuat nol; replikasi tambahan dapat "
                     "memastikannya): {items}.",
        "all_msme_measures": "semua ukuran UMKM",
        "exactly_zero": "Tepat nol di setiap replikasi — opsi ini tidak memiliki jalur menuju "
                        "ukuran berikut: {items}.",
        "why_levers": "{option} bekerja melalui {levers}.",
        "why_no_path": "Di sini opsi ini tidak memiliki jalur menuju UMKM: {needs}.",
        "why_all_zero": "Tidak ada yang sampai ke UMKM: setiap ukuran UMKM sama dengan "
                        "{baseline} di setiap replikasi.",
        "why_no_lever": "Opsi ini tidak mengubah apa pun dibandingkan {baseline}.",
        "cost_def": "Biaya bersih pemerintah: biaya tahunan langkah tata kelola yang berlaku "
                    "(fasilitasi, sistem informasi, unit koordinasi, pertemuan, audit, "
                    "penghargaan, keringanan pajak){fines}, dirata-ratakan selama {years} tahun "
                    "simulasi, dalam miliar rupiah per tahun. Tambahan biaya bersih adalah angka "
                    "ini dikurangi angka {baseline}.",
        "cost_fines": " dikurangi denda yang terkumpul, yang dihitung sebagai pendapatan daerah",
        "cost_no_fines": " (berkas ini tidak mencatat denda, sehingga tidak ada yang dikurangkan)",
        "why_companies": "Perilaku perusahaan memang berubah ({items}), tetapi perubahan itu tidak "
                         "mengubah program CSR yang sampai ke UMKM.",
        "revenue_def": "Omzet UMKM seluruh kabupaten: omzet rata-rata per UMKM dikali jumlah UMKM "
                       "yang masih berusaha, pada tahun terakhir (tahun ke-{year}).",
        "reached_def": "UMKM yang terjangkau: UMKM yang menerima sedikitnya satu program CSR pada "
                       "tahun terakhir.",
        "csr_def_total": "Dana CSR untuk UMKM: anggaran CSR untuk UMKM yang dialokasikan "
                         "perusahaan pada tahun terakhir.",
        "csr_def_spend": "Dana CSR untuk UMKM: belanja CSR untuk program UMKM pada tahun terakhir.",
        "method": "Setiap opsi disimulasikan {reps} kali dengan kondisi acak yang sama seperti "
                  "{baseline}, memakai seed (bilangan acak awal) {seed}, sehingga setiap selisih "
                  "dipasangkan per replikasi; intervalnya adalah interval kepercayaan 95%.",
        "source": "Sumber: {file}, cgsim {version}.",
        "generated": "Disusun oleh analysis/brief.py.",
        "option_item": "{title}: {description}",
        "relative_na": "t/a",
        "interval": "95%: {low} s.d. {high}",
        "members": "Perusahaan anggota",
        "and": "dan",
    },
}

# lever key -> (English, Indonesian): how the lever acts, one clause (lever audit's causal paths).
LEVERS = {
    "regulation.binding": (
        "a binding Perda, which sets obligations (membership, planning, reporting, keeping to an "
        "adopted plan) that each company chooses to meet when obeying is worth more than the cost "
        "of complying",
        "Perda yang mengikat, yang menetapkan kewajiban (keanggotaan, ikut merencanakan, melapor, "
        "menaati rencana yang disepakati) yang dipenuhi perusahaan bila menaatinya lebih bernilai "
        "daripada biaya kepatuhan"),
    "regulation.binding_norm": (
        "the weight companies give to obeying a rule in force",
        "bobot yang diberikan perusahaan untuk menaati aturan yang berlaku"),
    "regulation.audit_probability": (
        "audits, which make a fine expected, so that more companies choose to comply with a rule "
        "in force",
        "audit, yang membuat denda benar-benar diperhitungkan, sehingga lebih banyak perusahaan "
        "memilih mematuhi aturan yang berlaku"),
    "regulation.sanction_billion_idr": (
        "a fine for audited companies that defy a rule in force, collected as public revenue",
        "denda bagi perusahaan teraudit yang melanggar aturan yang berlaku, yang menjadi "
        "pendapatan daerah"),
    "regulation.mandatory_reporting": (
        "obligatory reporting to the CSR information system, so programmes can be coordinated "
        "and evaluated",
        "kewajiban melapor ke sistem informasi CSR, sehingga program dapat dikoordinasikan dan "
        "dievaluasi"),
    "regulation.award_value": (
        "the Regent's CSR award, which makes membership, taking part and reporting more "
        "attractive to companies, and leads reporting companies towards cheap programmes a jury "
        "can count",
        "penghargaan CSR Bupati, yang membuat keanggotaan, keaktifan dan pelaporan lebih menarik "
        "bagi perusahaan, dan mendorong perusahaan yang melapor ke program murah yang mudah "
        "dihitung juri"),
    "regulation.tax_incentive_rate": (
        "regional tax relief in proportion to a member company's MSME CSR spending, which makes "
        "MSME programmes cheaper for members, so they give a larger share of their CSR to MSMEs",
        "keringanan pajak daerah sebanding dengan belanja CSR untuk UMKM dari perusahaan anggota, "
        "yang membuat program UMKM lebih murah bagi anggota, sehingga mereka menyisihkan bagian "
        "CSR yang lebih besar untuk UMKM"),
    "regulation.min_msme_share": (
        "the least share of CSR that complying companies give to MSMEs",
        "porsi minimum CSR yang wajib diberikan perusahaan yang patuh kepada UMKM"),
    "government.facilitation": (
        "government facilitation, which draws companies into planning and shares out the floor",
        "fasilitasi pemerintah, yang mendorong perusahaan ikut merencanakan dan membagi waktu "
        "bicara secara adil"),
    "government.registry_quality": (
        "a better CSR information system, which makes reporting easier and needs visible",
        "sistem informasi CSR yang lebih baik, yang memudahkan pelaporan dan membuat kebutuhan "
        "UMKM terlihat"),
    "government.coordination_unit": (
        "a CSR coordination unit that assigns beneficiaries from a needs register and avoids "
        "duplicates",
        "unit koordinasi CSR yang menetapkan penerima manfaat dari daftar kebutuhan dan "
        "menghindari bantuan ganda"),
    "government.authority": (
        "the government's weight in the forum's deliberation",
        "bobot pemerintah dalam musyawarah forum"),
    "government.need_weight": (
        "how far the government's position follows measured needs",
        "seberapa jauh sikap pemerintah mengikuti kebutuhan yang terukur"),
    "forum.agenda": (
        "the forum's agenda (a joint plan instead of collecting reports)",
        "agenda forum (rencana bersama, bukan sekadar menghimpun laporan)"),
    "forum.decision_rule": (
        "how the forum adopts a joint plan",
        "cara forum menyepakati rencana bersama"),
    "forum.supermajority_threshold": (
        "the vote share a supermajority needs",
        "porsi suara yang diperlukan untuk supermayoritas"),
    "forum.acceptability_tolerance": (
        "how far a plan may be from a participant's position and still be accepted",
        "seberapa jauh rencana boleh berbeda dari sikap peserta agar tetap diterima"),
    "forum.msme_seats": (
        "seats for MSME representatives, who speak and vote in joint planning",
        "kursi bagi wakil UMKM, yang berbicara dan memberi suara dalam perencanaan bersama"),
    "forum.civil_society_seats": (
        "seats for universities and NGOs in joint planning",
        "kursi bagi perguruan tinggi dan LSM dalam perencanaan bersama"),
    "forum.meetings_per_year": (
        "the number of forum meetings a year",
        "jumlah pertemuan forum per tahun"),
    "forum.rounds_per_meeting": (
        "deliberation rounds per meeting",
        "putaran musyawarah per pertemuan"),
    "forum.chair": (
        "who chairs the forum and drafts the plan",
        "siapa yang memimpin forum dan menyusun draf rencana"),
    "forum.decision_attempts": (
        "how many drafts are put to the vote each year",
        "berapa banyak draf yang diputuskan setiap tahun"),
    "forum.paid_attendance": (
        "paid travel and time for MSME representatives",
        "penggantian biaya perjalanan dan waktu bagi wakil UMKM"),
    "forum.transparency": (
        "published plans and results",
        "keterbukaan rencana dan hasil"),
    "forum.max_company_seats": (
        "the number of company seats in the forum",
        "jumlah kursi perusahaan di forum"),
    "power.asymmetry_exponent": (
        "how steeply influence grows with budget power",
        "seberapa tajam pengaruh bertambah seiring kekuatan anggaran"),
    "power.msme_representative": (
        "the weight of an MSME representative in deliberation",
        "bobot wakil UMKM dalam musyawarah"),
    "power.civil_society": (
        "the weight of civil society in deliberation",
        "bobot masyarakat sipil dalam musyawarah"),
    "evaluation.mode": (
        "impact evaluation, from which companies and government learn what works",
        "evaluasi dampak, sehingga perusahaan dan pemerintah belajar dari apa yang berhasil"),
    "organisation.advocacy_support": (
        "support for MSME associations",
        "dukungan bagi asosiasi UMKM"),
}

# lever key -> (English, Indonesian): what the lever needs to act (src/scenario/lever_paths.cpp).
NEEDS = {
    "regulation.audit_probability": (
        "audits deter only when a rule is in force (a binding Perda or mandatory reporting) and "
        "there is a sanction",
        "audit hanya menimbulkan efek jera bila ada aturan yang berlaku (Perda mengikat atau wajib "
        "lapor) dan ada sanksi"),
    "regulation.sanction_billion_idr": (
        "a sanction deters only when a rule is in force and companies are audited",
        "sanksi hanya menimbulkan efek jera bila ada aturan yang berlaku dan perusahaan diaudit"),
    "regulation.binding_norm": (
        "the norm acts only through a rule in force",
        "norma kepatuhan hanya bekerja lewat aturan yang berlaku"),
    "forum.msme_seats": (
        "MSME representatives act only by speaking and voting in a forum that draws up a joint "
        "plan",
        "wakil UMKM hanya berperan bila forum menyusun rencana bersama, tempat mereka berbicara "
        "dan memberi suara"),
    "forum.civil_society_seats": (
        "civil society acts only through joint planning",
        "masyarakat sipil hanya berperan lewat perencanaan bersama"),
    "forum.agenda": (
        "a joint-planning agenda adopts a plan only under a decision rule other than unilateral, "
        "with meetings",
        "agenda perencanaan bersama hanya menghasilkan rencana bila aturan keputusannya bukan "
        "keputusan sepihak dan forum benar-benar bertemu"),
    "forum.decision_rule": (
        "a decision rule acts only in a forum that deliberates a joint plan",
        "aturan keputusan hanya bekerja di forum yang memusyawarahkan rencana bersama"),
    "forum.paid_attendance": (
        "paid attendance acts only when MSME representatives sit in a forum that deliberates",
        "penggantian biaya hadir hanya bekerja bila wakil UMKM duduk di forum yang bermusyawarah"),
    "government.authority": (
        "the government's weight acts only in a forum that deliberates a joint plan",
        "bobot pemerintah hanya bekerja di forum yang memusyawarahkan rencana bersama"),
    "government.need_weight": (
        "the government's position acts only in a forum that deliberates a joint plan",
        "sikap pemerintah hanya bekerja di forum yang memusyawarahkan rencana bersama"),
    "evaluation.learning_rate": (
        "learning acts only when impact is evaluated",
        "pembelajaran hanya terjadi bila dampak dievaluasi"),
}
DELIBERATION_NEED = (
    "it acts only when the forum deliberates a joint plan",
    "tuas ini hanya bekerja bila forum memusyawarahkan rencana bersama")
