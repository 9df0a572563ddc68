"""Every sentence of the sensitivity, discovery and calibration outputs, in English (en) and
Indonesian (id). Kept apart from words/i18n.py (the run report's words) so that the two can
change independently; indicator names and number formats come from i18n. Both languages must
have the same keys (analysis/tests/test_discover.py checks it)."""
from __future__ import annotations

from .i18n import Translator
from .numbers import percent

TEXT = {
    "en": {
        # scenario discovery
        "q_above": "{indicator}: {target} is above {value}",
        "q_below": "{indicator}: {target} is below {value}",
        "q_highest": "{policy} gives the highest {indicator} of all policies",
        "q_lowest": "{policy} gives the lowest {indicator} of all policies",
        "minus": "{a} minus {b}",
        "between": "{parameter} is between {low} and {high}",
        "at_least": "{parameter} is at least {low}",
        "at_most": "{parameter} is at most {high}",
        "and": " and ",
        "box_statement": "{question} when {conditions}. This box holds {coverage} of those cases; "
                         "inside it the answer is yes for {density} of the points (everywhere: {base}).",
        "box_everywhere": "{question} in {base} of the points, with no clear region of the parameters "
                          "where it is concentrated.",
        "no_cases": "{question} at none of the {points} points.",
        "all_cases": "{question} at every one of the {points} points, whatever the parameters.",
        # report
        "gsa_title": "What drives the results: sensitivity to uncertain assumptions",
        "gsa_intro": "The model rests on assumptions whose values are not known well. This experiment "
                     "varied {k} of them together over their plausible ranges ({points} combinations, "
                     "{reps} runs each) to see which ones the results depend on.",
        "gsa_how": "How to read the bars: the first-order index (S1) is the share of the variation "
                   "in a result that one assumption explains on its own; the total index (ST) adds what "
                   "it explains together with the others. A bar near zero means the result does not "
                   "depend on that assumption; the thin line is the 95% interval of the estimate.",
        "gsa_morris_how": "How to read the bars: mu* is the average size of the change in a result "
                          "when one assumption moves across its range; the larger, the more the result "
                          "depends on it. The thin line is the 95% interval.",
        "gsa_top": "{outcome} — {target}: most sensitive to {parameter} (explains {share} of the "
                   "variation on its own, {total} with its interactions).",
        "gsa_top_morris": "{outcome} — {target}: most sensitive to {parameter} (mu* {value}).",
        "gsa_seed": "Chance (the random seed) accounts for {seed} of the variation of {outcome} under "
                    "{target} between single runs; the assumptions for {params}.",
        "contrast_title": "Is the ranking robust? The difference between policies across assumptions",
        "contrast_intro": "Each cell shows how much an assumption drives a difference between two "
                          "policies (total index ST). Differences are computed run by run under the "
                          "same random conditions, so luck cancels out.",
        "contrast_sign": "{a} is ahead of {b} in {outcome} at {share} of the combinations of "
                         "assumptions (mean difference {mean}).",
        "prim_title": "Where does it happen? Scenario discovery",
        "rank_title": "Which policy comes first over the plausible parameter sets",
        "rank_intro": "The calibration kept {sets} parameter sets that reproduce the observed facts. "
                      "For each, the policies were compared under the same random conditions; the table "
                      "shows how often each policy came first.",
        "rank_row": "{policy} comes first in {indicator} for {share} of the plausible sets.",
        "rank_title_points": "Which policy comes first across the combinations of assumptions",
        "rank_intro_points": "For each of the {sets} combinations of assumptions in this experiment, the "
                             "policies were compared under the same random conditions; the table shows how "
                             "often each policy came first (ties shared).",
        "col_weighted": "weighted by how well each set fits the observations (ABC)",
        "prim_intro": "For each difference between policies, the model looked for the range of assumptions "
                      "in which the first policy does better. A statement names that range and how much of "
                      "the picture it covers.",
        "seed_title": "Chance versus assumptions",
        "h_about": "About this experiment",
        "about_line": "Experiment {name}: {design} design, {points} points, {reps} replications per point "
                      "and policy, seed {seed}. Policies: {policies}.",
        "noisy": "For {outcome} under {target} chance dominates (the assumptions explain under {share} of "
                 "the variation): its indices are uncertain.",
        "gsa_none": "This experiment's design ({design}) does not measure sensitivity indices; a Sobol or "
                    "Morris design does. The sections below still compare the policies over its points.",
        "assumptions_title": "The assumptions varied",
        "assumptions_intro": "Each assumption is a model parameter (its key in `cgsim params`), varied over "
                             "the range below; the meaning is the parameter table's.",
        "col_range": "Range varied",
        "col_meaning": "Meaning",
        "col_parameter": "Assumption (parameter)",
        "col_share_first": "Share of plausible sets where it comes first",
        "col_policy": "Policy",
        "fig_indices": "Sensitivity indices with 95% intervals",
        "fig_contrasts": "Total index (ST) of each assumption for each difference between policies",
        "S1": "S1 (alone)",
        "ST": "ST (with interactions)",
        "report_title": "Sensitivity, scenario discovery and calibration: {name}",
        # calibration
        "cal_title": "Calibration: parameter sets consistent with what was observed",
        "cal_intro": "Each parameter set was run and compared with the observed facts. A set is kept "
                     "(plausible) when no fact is missed by more than {cutoff} standard deviations of "
                     "the combined uncertainty (observation, chance, model). {kept} of {total} sets were "
                     "kept.",
    },
    "id": {
        "q_above": "{indicator}: {target} di atas {value}",
        "q_below": "{indicator}: {target} di bawah {value}",
        "q_highest": "{policy} memberi {indicator} tertinggi di antara semua kebijakan",
        "q_lowest": "{policy} memberi {indicator} terendah di antara semua kebijakan",
        "minus": "{a} dikurangi {b}",
        "between": "{parameter} antara {low} dan {high}",
        "at_least": "{parameter} paling sedikit {low}",
        "at_most": "{parameter} paling banyak {high}",
        "and": " dan ",
        "box_statement": "{question} bila {conditions}. Kotak ini memuat {coverage} dari kasus tersebut; "
                         "di dalamnya jawabannya ya untuk {density} titik (di seluruh ruang: {base}).",
        "box_everywhere": "{question} pada {base} titik, tanpa wilayah parameter yang jelas tempat hal "
                          "itu terpusat.",
        "no_cases": "{question} tidak terjadi pada satu pun dari {points} titik.",
        "all_cases": "{question} pada semua {points} titik, apa pun nilai parameternya.",
        "gsa_title": "Apa yang menentukan hasil: kepekaan terhadap asumsi yang belum pasti",
        "gsa_intro": "Model ini bertumpu pada asumsi yang nilainya belum diketahui dengan baik. "
                     "Eksperimen ini mengubah {k} asumsi bersama-sama di seluruh rentang yang masuk akal "
                     "({points} kombinasi, masing-masing {reps} kali dijalankan) untuk melihat asumsi "
                     "mana yang menentukan hasil.",
        "gsa_how": "Cara membaca batang: indeks orde pertama (S1) adalah bagian variasi hasil yang "
                   "dijelaskan oleh satu asumsi sendiri; indeks total (ST) menambahkan bagian yang "
                   "dijelaskannya bersama asumsi lain. Batang mendekati nol berarti hasil tidak "
                   "bergantung pada asumsi itu; garis tipis adalah interval 95% dari perkiraan.",
        "gsa_morris_how": "Cara membaca batang: mu* adalah rata-rata besarnya perubahan hasil bila satu "
                          "asumsi bergeser di sepanjang rentangnya; makin besar, makin bergantung hasil "
                          "padanya. Garis tipis adalah interval 95%.",
        "gsa_top": "{outcome} — {target}: paling peka terhadap {parameter} (menjelaskan {share} "
                   "variasi sendiri, {total} bersama interaksinya).",
        "gsa_top_morris": "{outcome} — {target}: paling peka terhadap {parameter} (mu* {value}).",
        "gsa_seed": "Faktor kebetulan (benih acak) menjelaskan {seed} variasi {outcome} pada {target} "
                    "antar-simulasi; asumsi menjelaskan {params}.",
        "contrast_title": "Apakah peringkat kebijakan kokoh? Selisih antarkebijakan di seluruh asumsi",
        "contrast_intro": "Setiap sel menunjukkan seberapa besar satu asumsi menentukan selisih antara "
                          "dua kebijakan (indeks total ST). Selisih dihitung per simulasi dalam kondisi "
                          "acak yang sama, sehingga faktor kebetulan saling meniadakan.",
        "contrast_sign": "{a} unggul atas {b} dalam {outcome} pada {share} kombinasi asumsi "
                         "(selisih rata-rata {mean}).",
        "prim_title": "Di mana hal itu terjadi? Penemuan skenario",
        "rank_title": "Kebijakan mana yang menempati peringkat pertama di seluruh set parameter yang masuk akal",
        "rank_intro": "Kalibrasi mempertahankan {sets} set parameter yang mereproduksi fakta yang "
                      "teramati. Untuk masing-masing, kebijakan dibandingkan dalam kondisi acak yang sama; "
                      "tabel menunjukkan seberapa sering setiap kebijakan menempati peringkat pertama.",
        "rank_row": "{policy} menempati peringkat pertama dalam {indicator} pada {share} set yang masuk akal.",
        "rank_title_points": "Kebijakan mana yang menempati peringkat pertama di seluruh kombinasi asumsi",
        "rank_intro_points": "Untuk setiap {sets} kombinasi asumsi dalam eksperimen ini, kebijakan "
                             "dibandingkan dalam kondisi acak yang sama; tabel menunjukkan seberapa sering "
                             "setiap kebijakan menempati peringkat pertama (hasil seri dibagi rata).",
        "col_weighted": "dibobot menurut kecocokan setiap set dengan pengamatan (ABC)",
        "prim_intro": "Untuk setiap selisih antarkebijakan, model mencari rentang asumsi tempat kebijakan "
                      "pertama lebih baik. Setiap pernyataan menyebut rentang itu dan seberapa besar bagian "
                      "gambaran yang dicakupnya.",
        "seed_title": "Faktor kebetulan dibanding asumsi",
        "h_about": "Tentang eksperimen ini",
        "about_line": "Eksperimen {name}: desain {design}, {points} titik, {reps} replikasi per titik dan "
                      "kebijakan, benih {seed}. Kebijakan: {policies}.",
        "noisy": "Untuk {outcome} pada {target} faktor kebetulan dominan (asumsi menjelaskan kurang dari "
                 "{share} variasi): indeksnya belum pasti.",
        "gsa_none": "Desain eksperimen ini ({design}) tidak mengukur indeks kepekaan; desain Sobol atau "
                    "Morris dapat melakukannya. Bagian berikut tetap membandingkan kebijakan di setiap titiknya.",
        "assumptions_title": "Asumsi yang diubah",
        "assumptions_intro": "Setiap asumsi adalah parameter model (kuncinya dalam `cgsim params`), diubah "
                             "dalam rentang di bawah; maknanya dari tabel parameter (dalam bahasa Inggris).",
        "col_range": "Rentang",
        "col_meaning": "Makna",
        "col_parameter": "Asumsi (parameter)",
        "col_share_first": "Bagian set yang masuk akal dengan peringkat pertama",
        "col_policy": "Kebijakan",
        "fig_indices": "Indeks kepekaan dengan interval 95%",
        "fig_contrasts": "Indeks total (ST) setiap asumsi untuk setiap selisih antarkebijakan",
        "S1": "S1 (sendiri)",
        "ST": "ST (dengan interaksi)",
        "report_title": "Kepekaan, penemuan skenario, dan kalibrasi: {name}",
        "cal_title": "Kalibrasi: set parameter yang sesuai dengan yang teramati",
        "cal_intro": "Setiap set parameter dijalankan dan dibandingkan dengan fakta yang teramati. "
                     "Sebuah set dipertahankan (masuk akal) bila tidak ada fakta yang meleset lebih dari "
                     "{cutoff} simpangan baku dari ketidakpastian gabungan (pengamatan, kebetulan, model). "
                     "{kept} dari {total} set dipertahankan.",
    },
}


class Words(Translator):
    """The studies' sentences of one language; indicator names and numbers as the report's."""

    def __init__(self, lang: str = "en"):
        super().__init__(lang)  # refuses an unknown language
        self._text = TEXT[lang]

    def percent(self, share) -> str:
        return percent(share)

    def target(self, target: str, policies: list[str]) -> str:
        for i, c in enumerate(target):
            if c == "-" and target[:i] in policies and target[i + 1:] in policies:
                return self("minus", a=target[:i], b=target[i + 1:])
        return target
