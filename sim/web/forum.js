// One year's forum as a table, the plan by programme type, and the kecamatan grid of spending.
// Every text from the server is set with textContent (player names are typed by students).
function pct(x) { return (100 * x).toFixed(0) + '%'; }

function renderForum(container, forum) {
  container.replaceChildren();
  if (!forum) { container.append(el('p', { text: t('no_forum') })); return; }
  const summary = el('p', { class: 'forum-summary' },
    el('strong', { text: `${t('year')} ${forum.year} · ${t('plan')}: ${forum.plan_adopted ? t('adopted') : t('not_adopted')}` }),
    ` · ${forum.rounds} ${t('rounds')} · ${forum.votes} ${t('votes')}`);
  const head = el('tr', {}, ...['seat', 'kind', 'power', 'wants', 'before', 'after', 'heard', 'accepts'].map(k => el('th', { text: t(k) })));
  const rows = forum.seats.map(s => el('tr', { class: 'seat-' + s.kind + (s.player ? ' human' : '') },
    el('td', { text: s.name + (s.player ? ` (${t('player')}: ${s.player})` : '') }),
    el('td', { text: t('kind_' + s.kind) }),
    el('td', { text: s.power.toFixed(2) }),
    el('td', { text: `${s.interest.type}, ${s.interest.district}` }),
    el('td', { text: `${s.before.type} ${pct(s.before.type_share)}` }),
    el('td', { text: `${s.after.type} ${pct(s.after.type_share)}` }),
    el('td', { text: pct(s.heard) }),
    el('td', { class: s.accepts ? 'yes' : 'no', text: s.accepts ? '✔' : '✘' })));
  const table = el('table', { class: 'forum-table' }, el('thead', {}, head), el('tbody', {}, ...rows));
  const bars = el('div', { class: 'plan-bars' }, el('h3', { text: t('plan_by_type') }),
    ...forum.types.map((type, i) => el('div', { class: 'bar-row' }, el('span', { text: type }),
      el('span', { class: 'bar', style: `width:${(forum.plan_by_type[i] || 0) * 100}%` }),
      el('span', { text: pct(forum.plan_by_type[i] || 0) }))));
  container.append(summary, table, bars);
}

function renderDistricts(container, names, spendClass, spendBaseline) {
  container.replaceChildren();
  if (!names || !spendClass || spendClass.length === 0) return;
  const top = Math.max(...spendClass, ...(spendBaseline || []), 1e-9);
  names.forEach((name, d) => {
    const v = spendClass[d] || 0, b = (spendBaseline || [])[d] || 0;
    const cell = el('div', { class: 'district', title: `${name}: ${v.toFixed(2)} (${t('legend_baseline')}: ${b.toFixed(2)})` },
      el('span', { class: 'district-name', text: name }), el('span', { class: 'district-value', text: v.toFixed(2) }));
    cell.style.background = `rgba(31,119,180,${0.08 + 0.8 * v / top})`;
    if (v / top > 0.55) cell.style.color = 'white';
    container.append(cell);
  });
}
