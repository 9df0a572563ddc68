// Words of the page in English and Indonesian: interface, levers, indicators, teaching notes.
// The levers' ranges, units and provenance come from the server (the parameter table); only
// their short names are here.
const I18N = {
  en: {
    title: 'cgsim live view', tab_explore: 'Explore', tab_play: 'Play the forum', tab_notes: 'Teaching notes',
    language: 'Language', scenario: 'Scenario', open: 'Open', step: 'Step a year', run: 'Run', reset: 'Reset',
    legend_baseline: 'scenario as shipped', legend_class: 'your settings',
    legend_band: '(bands: lowest to highest of the replications; dashed line: a policy change)',
    forum_title: "This year's forum (your settings, replication 1)",
    map_title: 'Where the CSR money went, by kecamatan (billion IDR, last year)',
    teacher: 'Teacher', student: 'Student', game_years: 'Years to play', create_game: 'Start a game',
    session_code: 'Session code', advance: 'Advance the year', debrief: 'Debrief', your_name: 'Your name',
    find_game: 'Find the game', you_play: 'You play', year: 'Year', opening: 'Your opening position',
    opening_own: 'what my side wants', opening_msme: 'what MSMEs need', opening_room: "the room's average",
    firmness: 'How firmly you hold it (0 = open to persuasion, 1 = will not move)', vote: 'Your vote on the drafts',
    vote_judge: 'accept a draft close to my position', vote_accept: 'accept any draft', vote_reject: 'reject every draft',
    comply: 'my company keeps the adopted plan', submit_move: 'Submit my decision',
    status_year: (y, n, m) => `Year ${y} of ${n} · ${m} MSMEs per world, 3 replications`,
    running: 'running…', take_seat: 'Take this seat', taken_by: 'taken by', free: 'free', moved: 'decided',
    waiting: 'waiting', move_sent: 'Decision sent. The teacher advances the year.', game_over: 'The game is over: see the debrief.',
    seat: 'Seat', kind: 'Kind', power: 'Power', wants: 'Wants most', before: 'Says before', after: 'Says after',
    heard: 'Plan acceptable to it', accepts: 'Accepts the plan', plan: 'Plan', adopted: 'adopted', not_adopted: 'not adopted (each company spends alone)',
    rounds: 'deliberation rounds', votes: 'drafts voted', plan_by_type: 'The plan by programme type',
    kind_government: 'government', kind_company: 'company', kind_msme: 'MSME association', kind_civil: 'civil society',
    indicator: 'Indicator', class_outcome: 'Your class', baseline_outcome: 'Agents, same rules', siger_outcome: 'SIGER-MU',
    debrief_title: 'Debrief: your forum against the simulation', no_forum: 'No year simulated yet.', player: 'player',
    rules_title: 'Rules of the forum (teacher)', change_rules: 'Change the rules from next year', rules_changed: 'New rules act from next year.',
  },
  id: {
    title: 'cgsim tampilan langsung', tab_explore: 'Jelajahi', tab_play: 'Mainkan forum', tab_notes: 'Catatan pengajaran',
    language: 'Bahasa', scenario: 'Skenario', open: 'Buka', step: 'Maju satu tahun', run: 'Jalankan', reset: 'Ulang',
    legend_baseline: 'skenario apa adanya', legend_class: 'pengaturan Anda',
    legend_band: '(pita: terendah sampai tertinggi dari replikasi; garis putus-putus: perubahan kebijakan)',
    forum_title: 'Forum tahun ini (pengaturan Anda, replikasi 1)',
    map_title: 'Ke mana dana CSR mengalir, per kecamatan (miliar rupiah, tahun terakhir)',
    teacher: 'Pengajar', student: 'Mahasiswa', game_years: 'Jumlah tahun', create_game: 'Mulai permainan',
    session_code: 'Kode sesi', advance: 'Majukan tahun', debrief: 'Refleksi', your_name: 'Nama Anda',
    find_game: 'Cari permainan', you_play: 'Anda berperan sebagai', year: 'Tahun', opening: 'Posisi awal Anda',
    opening_own: 'yang diinginkan pihak saya', opening_msme: 'yang dibutuhkan UMKM', opening_room: 'rata-rata ruangan',
    firmness: 'Seberapa teguh Anda memegangnya (0 = terbuka dibujuk, 1 = tidak bergeser)', vote: 'Suara Anda atas draf',
    vote_judge: 'terima draf yang dekat dengan posisi saya', vote_accept: 'terima draf apa pun', vote_reject: 'tolak semua draf',
    comply: 'perusahaan saya menjalankan rencana yang disepakati', submit_move: 'Kirim keputusan saya',
    status_year: (y, n, m) => `Tahun ${y} dari ${n} · ${m} UMKM per dunia, 3 replikasi`,
    running: 'berjalan…', take_seat: 'Ambil kursi ini', taken_by: 'diambil oleh', free: 'kosong', moved: 'sudah memutuskan',
    waiting: 'menunggu', move_sent: 'Keputusan terkirim. Pengajar memajukan tahun.', game_over: 'Permainan selesai: lihat refleksi.',
    seat: 'Kursi', kind: 'Jenis', power: 'Kekuatan', wants: 'Paling diinginkan', before: 'Posisi sebelum', after: 'Posisi sesudah',
    heard: 'Keberterimaan rencana', accepts: 'Menerima rencana', plan: 'Rencana', adopted: 'disepakati', not_adopted: 'tidak disepakati (tiap perusahaan membelanjakan sendiri)',
    rounds: 'putaran musyawarah', votes: 'draf divoting', plan_by_type: 'Rencana menurut jenis program',
    kind_government: 'pemerintah', kind_company: 'perusahaan', kind_msme: 'asosiasi UMKM', kind_civil: 'masyarakat sipil',
    indicator: 'Indikator', class_outcome: 'Kelas Anda', baseline_outcome: 'Agen, aturan sama', siger_outcome: 'SIGER-MU',
    debrief_title: 'Refleksi: forum Anda dibandingkan simulasi', no_forum: 'Belum ada tahun yang disimulasikan.', player: 'pemain',
    rules_title: 'Aturan forum (pengajar)', change_rules: 'Ubah aturan mulai tahun depan', rules_changed: 'Aturan baru berlaku mulai tahun depan.',
  },
};

const LEVER_NAMES = {
  'forum.agenda': ['Forum agenda', 'Agenda forum'],
  'forum.decision_rule': ['Decision rule', 'Aturan keputusan'],
  'forum.chair': ['Who chairs and drafts', 'Siapa memimpin dan menyusun draf'],
  'forum.msme_seats': ['MSME association seats', 'Kursi asosiasi UMKM'],
  'forum.civil_society_seats': ['Civil society seats', 'Kursi masyarakat sipil'],
  'forum.meetings_per_year': ['Meetings per year', 'Rapat per tahun'],
  'forum.paid_attendance': ['Travel of MSME representatives paid', 'Biaya hadir wakil UMKM ditanggung'],
  'forum.transparency': ['Public accountability (transparency)', 'Akuntabilitas publik (transparansi)'],
  'power.asymmetry_exponent': ['Power asymmetry (influence grows as power^α)', 'Ketimpangan kekuasaan (pengaruh = kekuatan^α)'],
  'government.facilitation': ['Government facilitation', 'Fasilitasi pemerintah'],
  'government.registry_quality': ['CSR information system quality', 'Kualitas sistem informasi CSR'],
  'government.coordination_unit': ['CSR coordination unit', 'Unit koordinasi CSR'],
  'regulation.binding': ['Binding Perda', 'Perda mengikat'],
  'regulation.audit_probability': ['Audit probability per year', 'Peluang audit per tahun'],
  'regulation.mandatory_reporting': ['Mandatory reporting to the registry', 'Wajib lapor ke registri'],
  'organisation.advocacy_support': ['Support for MSME associations', 'Dukungan bagi asosiasi UMKM'],
  'evaluation.mode': ['Evaluation', 'Evaluasi'],
};

const INDICATOR_NAMES = {
  capability_mean: ['MSME capability (0-1)', 'Kapabilitas UMKM (0-1)'],
  revenue_mean: ['MSME revenue (million IDR/yr)', 'Omzet UMKM (juta rupiah/tahun)'],
  reach: ['Reach: MSMEs served', 'Jangkauan: UMKM terlayani'],
  need_match: ['Programmes match needs', 'Kesesuaian program dengan kebutuhan'],
  acceptability_msme: ['Plan acceptable to MSMEs', 'Rencana diterima UMKM'],
  msme_influence: ['MSME influence on the plan', 'Pengaruh UMKM atas rencana'],
  collaboration_index: ['Collaboration index', 'Indeks kolaborasi'],
  trust_msme_company: ['MSMEs trust companies', 'Kepercayaan UMKM pada perusahaan'],
  benefit_gini_districts: ['Inequality across kecamatan (Gini)', 'Ketimpangan antarkecamatan (Gini)'],
  government_cost: ['Public cost (billion IDR/yr)', 'Biaya publik (miliar rupiah/tahun)'],
};

const NOTES = {
  en: `
<h2>What the model is</h2>
<p>cgsim simulates how CSR money of companies in Muara Enim reaches micro, small and medium enterprises (MSMEs)
through a multi-stakeholder forum (Forum CSR-PKBL). Every year the forum meets: the government, companies,
MSME associations and civil society each want a different allocation of programmes over the 22 kecamatan;
they deliberate, the chair drafts a plan, the decision rule says whether it passes, and the companies
spend — as planned or on their own. Tens of thousands of simulated MSMEs then gain capability, revenue and
trust (or not). The model is a thinking tool, not a forecast: compare settings, do not read single numbers.</p>
<h2>The levers</h2>
<ul>
<li><b>Decision rule</b>: weighted majority lets the powerful decide; consensus needs everyone; unilateral means no joint plan.</li>
<li><b>Who chairs</b>: whoever drafts sets the agenda. A neutral facilitator drafts from the room's middle.</li>
<li><b>MSME seats, paid attendance, support for associations</b>: whether MSMEs are at the table and can be heard.</li>
<li><b>Power asymmetry</b>: 3 = the biggest budget dominates; 1 = influence in proportion to resources.</li>
<li><b>Information system, coordination unit, transparency</b>: whether needs are known and promises visible.</li>
<li><b>Binding Perda, audits, reporting</b>: whether companies must take part and keep the plan.</li>
<li><b>Evaluation</b>: counting outputs or estimating impact and learning from it.</li>
</ul>
<p>Hover over a lever to see its unit, range and where its value comes from (the parameter table).</p>
<h2>What to look at</h2>
<p>Start with <i>plan acceptable to MSMEs</i> and <i>MSME influence</i> (was the forum's plan theirs too?), then
<i>programmes match needs</i> and <i>reach</i> (did the money go where it helps?), then <i>capability</i> and
<i>revenue</i> (slow: they move over years). The forum view shows who sat, what each said before and after
deliberating and who accepted; the kecamatan grid shows where the money went.</p>
<h2>Discussion questions</h2>
<ol>
<li>Give MSMEs four seats but leave the dominant company in the chair. Are they heard? Why not? (teaching/forced_but_not_heard)</li>
<li>Switch to consensus with strong power asymmetry. Does the forum still adopt plans? Whose? (teaching/power_vs_consensus)</li>
<li>A binding Perda makes companies attend. Does it make the plan better for MSMEs? (regulation/binding_perda)</li>
<li>Which single pillar of SIGER-MU matters most here, and what does it need to work? (pillars/)</li>
<li>In the game: did your group's plan help MSMEs more than the agents'? What did you give up to reach agreement?</li>
</ol>`,
  id: `
<h2>Apa model ini</h2>
<p>cgsim menyimulasikan bagaimana dana CSR perusahaan di Muara Enim sampai ke usaha mikro, kecil dan menengah
(UMKM) melalui forum multipihak (Forum CSR-PKBL). Setiap tahun forum bertemu: pemerintah, perusahaan, asosiasi
UMKM dan masyarakat sipil masing-masing menginginkan alokasi program yang berbeda atas 22 kecamatan; mereka
bermusyawarah, ketua menyusun draf rencana, aturan keputusan menentukan apakah draf disepakati, lalu perusahaan
membelanjakan dana — sesuai rencana atau sendiri-sendiri. Puluhan ribu UMKM simulasi lalu bertambah (atau tidak)
kapabilitas, omzet dan kepercayaannya. Model ini alat berpikir, bukan ramalan: bandingkan pengaturan, jangan
membaca satu angka saja.</p>
<h2>Tuas kebijakan</h2>
<ul>
<li><b>Aturan keputusan</b>: mayoritas berbobot membuat yang kuat menentukan; konsensus butuh semua pihak; unilateral berarti tanpa rencana bersama.</li>
<li><b>Siapa memimpin</b>: yang menyusun draf menentukan agenda. Fasilitator netral menyusun dari titik tengah ruangan.</li>
<li><b>Kursi UMKM, biaya hadir, dukungan asosiasi</b>: apakah UMKM hadir dan didengar.</li>
<li><b>Ketimpangan kekuasaan</b>: 3 = anggaran terbesar mendominasi; 1 = pengaruh sebanding sumber daya.</li>
<li><b>Sistem informasi, unit koordinasi, transparansi</b>: apakah kebutuhan diketahui dan janji terlihat.</li>
<li><b>Perda mengikat, audit, pelaporan</b>: apakah perusahaan wajib ikut dan menjalankan rencana.</li>
<li><b>Evaluasi</b>: menghitung keluaran atau menaksir dampak dan belajar darinya.</li>
</ul>
<p>Arahkan kursor ke tuas untuk melihat satuan, rentang dan sumber nilainya (tabel parameter).</p>
<h2>Yang perlu diperhatikan</h2>
<p>Mulailah dari <i>rencana diterima UMKM</i> dan <i>pengaruh UMKM</i> (apakah rencana forum juga rencana mereka?),
lalu <i>kesesuaian program</i> dan <i>jangkauan</i> (apakah dana sampai ke tempat yang membantu?), lalu
<i>kapabilitas</i> dan <i>omzet</i> (lambat: bergerak dalam hitungan tahun). Tampilan forum menunjukkan siapa duduk,
apa yang dikatakan sebelum dan sesudah musyawarah dan siapa menerima; kisi kecamatan menunjukkan ke mana dana mengalir.</p>
<h2>Pertanyaan diskusi</h2>
<ol>
<li>Beri UMKM empat kursi tetapi biarkan perusahaan dominan memimpin. Apakah mereka didengar? Mengapa tidak? (teaching/forced_but_not_heard)</li>
<li>Gunakan konsensus dengan ketimpangan kekuasaan yang kuat. Apakah forum masih menyepakati rencana? Rencana siapa? (teaching/power_vs_consensus)</li>
<li>Perda mengikat membuat perusahaan hadir. Apakah rencananya jadi lebih baik bagi UMKM? (regulation/binding_perda)</li>
<li>Pilar SIGER-MU mana yang paling penting di sini, dan apa yang dibutuhkannya agar berhasil? (pillars/)</li>
<li>Dalam permainan: apakah rencana kelompok Anda lebih membantu UMKM daripada rencana agen? Apa yang Anda korbankan demi kesepakatan?</li>
</ol>`,
};

let LANG = 'en';
function t(key) { return (I18N[LANG] && I18N[LANG][key]) ?? I18N.en[key] ?? key; }
function leverName(path) { const n = LEVER_NAMES[path]; return n ? n[LANG === 'id' ? 1 : 0] : path; }
function indicatorName(name) { const n = INDICATOR_NAMES[name]; return n ? n[LANG === 'id' ? 1 : 0] : name; }
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') e.textContent = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}
function applyLanguage() {
  document.documentElement.lang = LANG;
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  document.getElementById('notes-text').innerHTML = NOTES[LANG];  // static text of this file, never user input
}
