// Page start: tabs, language, errors, the shared request helper.
async function api(method, path, body) {
  const res = await fetch(path, { method, headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}
function showError(e) {
  const box = document.getElementById('error');
  box.textContent = e ? String(e.message || e) : '';
  box.hidden = !e;
}
function showTab(name) {
  for (const p of document.querySelectorAll('.panel')) p.hidden = p.id !== name;
  for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.dataset.tab === name);
  // An explore session costs the server memory: open one only when the tab is used.
  if (name === 'explore' && document.body.dataset.ready) Explore.ensureOpen().catch(showError);
}
document.addEventListener('DOMContentLoaded', async () => {
  for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => showTab(b.dataset.tab));
  document.getElementById('lang').addEventListener('change', e => { LANG = e.target.value; applyLanguage(); Explore.relabel(); Play.relabel(); });
  applyLanguage();
  showTab(location.hash === '#play' ? 'play' : location.hash === '#notes' ? 'notes' : 'explore');
  try {
    const [{ scenarios }, { levers }] = await Promise.all([api('GET', '/api/scenarios'), api('GET', '/api/levers')]);
    Explore.start(scenarios);
    Play.start(scenarios, levers);
    document.body.dataset.ready = '1';  // handlers attached (the browser tests wait for this)
    if (!document.getElementById('explore').hidden) await Explore.ensureOpen();
  } catch (e) { showError(e); }
});
