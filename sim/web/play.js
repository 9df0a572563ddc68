// Play mode: the teacher starts a game and advances the years; students join with the session
// code, take a seat and decide each year. Both follow the game's state by server-sent events.
const RULE_LEVERS = ['forum.agenda', 'forum.decision_rule', 'forum.msme_seats', 'forum.chair', 'government.facilitation', 'regulation.binding'];
// A game needs a forum that plans: these start the teacher's form whatever the scenario says.
const GAME_DEFAULTS = { 'forum.agenda': 'joint_planning', 'forum.decision_rule': 'weighted_majority', 'forum.msme_seats': 2 };

const Play = {
  code: null, teacher: null, player: null, seat: null, events: null, state: null, charts: null,

  levers: [],

  start(scenarios, levers) {
    this.levers = levers;
    const select = document.getElementById('game-scenario');
    for (const s of scenarios) select.append(el('option', { value: s.name, text: s.name }));
    select.value = 'pre_collaborative';
    this.buildRules();
    document.getElementById('create-game').addEventListener('click', () => this.create().catch(showError));
    document.getElementById('advance').addEventListener('click', () => this.advance().catch(showError));
    document.getElementById('show-debrief').addEventListener('click', () => this.debrief().catch(showError));
    document.getElementById('find-game').addEventListener('click', () => this.find().catch(showError));
    document.getElementById('submit-move').addEventListener('click', () => this.move().catch(showError));
    document.getElementById('change-rules').addEventListener('click', () => this.changeRules().catch(showError));
    this.charts = new IndicatorCharts(document.getElementById('game-charts'), [['baseline', 'baseline_outcome'], ['class', 'class_outcome']]);
  },

  buildRules() {
    const box = document.getElementById('game-rules');
    box.replaceChildren(el('h3', { 'data-t': 'rules_title', text: t('rules_title') }));
    for (const path of RULE_LEVERS) {
      const l = this.levers.find(x => x.path === path);
      if (!l) continue;
      const value = GAME_DEFAULTS[path] ?? l.value;
      let input;
      if (l.kind === 'boolean') { input = el('input', { type: 'checkbox' }); input.checked = value; }
      else if (l.kind === 'choice') { input = el('select', {}, ...l.choices.map(c => el('option', { value: c, text: c }))); input.value = value; }
      else input = el('input', { type: 'number', min: l.min, max: l.max, step: l.step, value });
      input.dataset.rule = path;
      box.append(el('label', { class: 'rule', title: l.description }, el('span', { class: 'lever-name', 'data-lever': path, text: leverName(path) }), input));
    }
  },

  rules() {
    const out = {};
    for (const input of document.querySelectorAll('[data-rule]')) {
      const l = this.levers.find(x => x.path === input.dataset.rule);
      out[l.path] = l.kind === 'boolean' ? input.checked : l.kind === 'choice' ? input.value : Number(input.value);
    }
    return out;
  },

  follow() {
    if (this.events) this.events.close();
    this.events = new EventSource(`/api/game/${this.code}/events`);
    this.events.addEventListener('state', e => this.render(JSON.parse(e.data)));
  },

  async create() {
    showError(null);
    const reply = await api('POST', '/api/game', { scenario: document.getElementById('game-scenario').value,
      rules: this.rules(), years: Number(document.getElementById('game-years').value) });
    this.code = reply.code; this.teacher = reply.teacher;
    document.getElementById('game-code').textContent = this.code;
    document.getElementById('teacher-setup').hidden = true;
    document.getElementById('teacher-room').hidden = false;
    document.getElementById('rules-slot').append(document.getElementById('game-rules'));  // the same form, now for changes
    this.render(reply.state);
    this.follow();
  },

  async changeRules() {
    showError(null);
    this.render((await api('POST', `/api/game/${this.code}/rules`, { teacher: this.teacher, rules: this.rules() })).state);
    document.getElementById('move-status').textContent = t('rules_changed');
  },

  async advance() {
    showError(null);
    this.render((await api('POST', `/api/game/${this.code}/advance`, { teacher: this.teacher })).state);
  },

  async find() {
    showError(null);
    const code = document.getElementById('join-code').value.trim().toLowerCase();
    const state = await api('GET', `/api/game/${encodeURIComponent(code)}`);
    this.code = code;
    const box = document.getElementById('seat-choice');
    box.replaceChildren();
    for (const s of state.seats)
      box.append(el('div', { class: 'seat-offer' }, el('span', { text: s.seat + (s.player ? ` (${t('taken_by')} ${s.player})` : '') }),
        s.player ? '' : el('button', { 'data-role': s.role, text: t('take_seat'), onclick: () => this.join(s).catch(showError) })));
  },

  async join(seat) {
    const reply = await api('POST', `/api/game/${this.code}/join`, { role: seat.role, name: document.getElementById('join-name').value });
    this.player = reply.player; this.seat = seat;
    document.getElementById('student-join').hidden = true;
    document.getElementById('student-move').hidden = false;
    document.getElementById('my-seat').textContent = seat.seat;
    document.getElementById('comply-row').hidden = !seat.role.startsWith('company:');
    this.render(reply.state);
    this.follow();
  },

  async move() {
    const body = { player: this.player, opening: document.getElementById('move-opening').value,
      firmness: Number(document.getElementById('move-firmness').value), vote: document.getElementById('move-vote').value };
    if (this.seat.role.startsWith('company:')) body.comply = document.getElementById('move-comply').checked;
    await api('POST', `/api/game/${this.code}/move`, body);
    document.getElementById('move-status').textContent = t('move_sent');
  },

  async debrief() {
    const d = await api('GET', `/api/game/${this.code}/debrief`);
    const box = document.getElementById('debrief');
    box.hidden = false;
    box.replaceChildren(el('h2', { text: t('debrief_title') }),
      el('p', { lang: 'en', text: d.summary_en }), el('p', { lang: 'id', text: d.summary_id }),
      el('table', { class: 'debrief-table' },
        el('thead', {}, el('tr', {}, ...['indicator', 'class_outcome', 'baseline_outcome', 'siger_outcome'].map(k => el('th', { text: t(k) })))),
        el('tbody', {}, ...d.rows.map(r => el('tr', {}, el('td', { text: indicatorName(r.indicator) }),
          ...[r.class, r.baseline, r.siger_mu].map(v => el('td', { text: v === null ? '–' : Number(v).toFixed(3) })))))));
  },

  render(state) {
    if (!state) return;
    this.state = state;
    const room = document.getElementById('room');
    room.replaceChildren(el('p', { id: 'room-year', 'data-year': String(state.year), text: `${t('year')} ${state.year} / ${state.years}` }),
      ...state.seats.map(s => el('div', { class: 'room-seat', 'data-role': s.role },
        el('span', { text: s.seat }), el('span', { text: s.player ? `${s.player} · ${s.moved ? t('moved') : t('waiting')}` : t('free') }))));
    document.getElementById('advance').disabled = state.finished;
    const year = document.getElementById('game-year');
    year.textContent = `${state.year} / ${state.years}`;
    year.dataset.year = String(state.year);
    if (state.finished) document.getElementById('move-status').textContent = t('game_over');
    document.getElementById('submit-move').disabled = state.finished;
    renderForum(document.getElementById('game-forum'), state.forum);
    this.charts.update(state, ['acceptability_msme', 'msme_influence', 'need_match', 'collaboration_index'], state.markers);
    if (state.finished && (this.teacher || this.player)) this.debrief().catch(showError);
  },

  relabel() { this.buildRules(); if (this.state) this.render(this.state); },
};
