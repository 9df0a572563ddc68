// Explore mode: a session on the server runs the shipped scenario and the class's settings side
// by side; the page sends lever settings and step/reset commands, and draws every state the
// server publishes (server-sent events), so a projector and a laptop on the same session agree.
const Explore = {
  id: null, state: null, levers: [], events: null, charts: null, running: false, scenarios: [],

  start(scenarios) {
    this.scenarios = scenarios;
    const select = document.getElementById('scenario');
    for (const s of scenarios) select.append(el('option', { value: s.name, text: s.name }));
    select.value = 'pre_collaborative';
    document.getElementById('open').addEventListener('click', () => this.open(select.value).catch(showError));
    document.getElementById('step').addEventListener('click', () => this.step().catch(showError));
    document.getElementById('run').addEventListener('click', () => this.run().catch(showError));
    document.getElementById('reset').addEventListener('click', () => this.command('reset').catch(showError));
    this.charts = new IndicatorCharts(document.getElementById('charts'), [['baseline', 'legend_baseline'], ['class', 'legend_class']]);
  },

  async ensureOpen() { if (!this.id && !this.opening) { this.opening = true; try { await this.open(document.getElementById('scenario').value); } finally { this.opening = false; } } },

  async open(name) {
    showError(null);
    const reply = await api('POST', '/api/explore', { scenario: name });
    this.id = reply.id;
    this.levers = reply.levers;
    const info = this.scenarios.find(s => s.name === name);
    document.getElementById('scenario-description').textContent = info ? info.description : '';
    this.buildLevers();
    this.render(reply.state);
    if (this.events) this.events.close();
    this.events = new EventSource(`/api/explore/${this.id}/events`);
    this.events.addEventListener('state', e => this.render(JSON.parse(e.data)));
  },

  buildLevers() {
    const box = document.getElementById('levers');
    box.replaceChildren();
    for (const l of this.levers) {
      const id = 'lever-' + l.path.replace(/\./g, '-');
      const title = `${l.description}\n${l.unit && l.unit !== '-' ? 'unit: ' + l.unit + '\n' : ''}` +
        (l.min !== undefined ? `range: ${l.min} to ${l.max}\n` : '') + (l.choices ? `choices: ${l.choices.join(', ')}\n` : '') +
        `provenance: ${l.provenance}`;
      let input, shown = el('output', { for: id });
      if (l.kind === 'boolean') {
        input = el('input', { type: 'checkbox', id });
        input.checked = l.value;
      } else if (l.kind === 'choice') {
        input = el('select', { id }, ...l.choices.map(c => el('option', { value: c, text: c })));
        input.value = l.value;
      } else {
        input = el('input', { type: 'range', id, min: l.min, max: l.max, step: l.step, value: l.value });
        shown.textContent = String(l.value);
        input.addEventListener('input', () => { shown.textContent = input.value; });
      }
      input.dataset.path = l.path;
      input.addEventListener('change', () => this.sendLevers().catch(showError));
      box.append(el('div', { class: 'lever', title, 'data-path': l.path },
        el('label', { for: id, class: 'lever-name', 'data-lever': l.path, text: leverName(l.path) }), input, shown));
    }
  },

  settings() {
    const out = {};
    for (const l of this.levers) {
      const input = document.querySelector(`[data-path="${l.path}"]:is(input, select)`);
      const v = l.kind === 'boolean' ? input.checked : l.kind === 'choice' ? input.value : Number(input.value);
      if (v !== l.value) out[l.path] = v;
    }
    return out;
  },

  async sendLevers() { await api('POST', `/api/explore/${this.id}/levers`, { settings: this.settings() }); },
  async command(action) { showError(null); this.render(await api('POST', `/api/explore/${this.id}/${action}`, {})); },
  async step() { await this.command('step'); },
  async run() {
    if (this.running) return;
    this.running = true;
    try { while (this.state && this.state.year < this.state.last_year) await this.step(); } finally { this.running = false; }
  },

  render(state) {
    if (!state || (this.state && state.scenario !== this.state.scenario && this.id === null)) return;
    this.state = state;
    document.getElementById('status').textContent = t('status_year')(state.year, state.last_year, state.msmes);
    document.getElementById('status').dataset.year = String(state.year);
    this.charts.update(state, Object.keys(INDICATOR_NAMES), state.markers);
    renderForum(document.getElementById('forum'), state.forum_class);
    renderDistricts(document.getElementById('districts'), state.districts, state.spend_class, state.spend_baseline);
  },

  relabel() {
    for (const e of document.querySelectorAll('.lever-name')) e.textContent = leverName(e.dataset.lever);
    if (this.state) this.render(this.state);
  },
};
