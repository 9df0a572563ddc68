// End-to-end, explore mode in headless Chromium: open the page, step a year, move levers (a
// choice and a slider), step again and see the class's chart leave the baseline's; the forum
// table and the kecamatan grid fill. Usage: node live_explore.mjs BUILD/cgsim [SCREENSHOT.png]
import { launch } from './chromium.mjs';
import { startServer, check } from './live_support.mjs';

const [cgsim, screenshot] = process.argv.slice(2);
const server = await startServer(cgsim);
const browser = await launch();
let failed = null;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
  page.setDefaultTimeout(60000);
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForSelector('#status[data-year="0"]');
  check(await page.evaluate(() => typeof Chart !== 'undefined'), 'Chart.js was not served');
  check(await page.locator('#levers .lever').count() >= 10, 'the levers were not generated');
  const title = await page.locator('.lever[data-path="forum.msme_seats"]').getAttribute('title');
  check(/provenance/.test(title) && /range: 0 to 8/.test(title), `no unit/range/provenance on hover: ${title}`);

  const lastValues = name => page.locator(`.chart[data-indicator="${name}"]`).getAttribute('data-last').then(JSON.parse);
  await page.click('#step');
  await page.waitForSelector('#status[data-year="1"]');
  const [b1, c1] = await lastValues('acceptability_msme');
  check(b1 === c1, `before any lever moved the two arms differ: ${b1} vs ${c1}`);

  // Move levers: each change is posted; wait for the server to accept each.
  const setLever = async (path, value) => {
    const posted = page.waitForResponse(r => r.url().endsWith('/levers') && r.status() === 200);
    await page.evaluate(([p, v]) => {
      const input = document.querySelector(`[data-path="${p}"]:is(input, select)`);
      input.value = String(v);
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    }, [path, value]);
    await posted;
  };
  await setLever('forum.agenda', 'joint_planning');
  await setLever('forum.decision_rule', 'supermajority');
  await setLever('forum.chair', 'neutral');
  await setLever('forum.msme_seats', 4);
  check(await page.locator('output[for="lever-forum-msme_seats"]').textContent() === '4', 'the slider value is not shown');

  await page.click('#step');
  await page.waitForSelector('#status[data-year="2"]');
  await page.waitForSelector('.chart[data-indicator="acceptability_msme"][data-points="2"]');
  const [b2, c2] = await lastValues('acceptability_msme');
  check(b2 !== c2, `the class's settings did not change the chart (${b2} vs ${c2})`);
  const drawn = await page.evaluate(() => {
    const canvas = document.querySelector('.chart[data-indicator="acceptability_msme"] canvas');
    return Chart.getChart(canvas).data.datasets.map(d => d.data.length);
  });
  check(drawn.every(n => n === 2), `the chart does not hold two years: ${drawn}`);
  await page.waitForSelector('#forum .forum-table tbody tr');
  check(await page.locator('#forum .forum-table tbody tr').count() >= 5, 'the forum table misses seats');
  check(await page.locator('#districts .district').count() === 22, 'the kecamatan grid does not show 22 kecamatan');

  // Run to the end, then the teaching notes in Indonesian.
  await page.click('#run');
  const last = await page.evaluate(() => Explore.state.last_year);
  await page.waitForSelector(`#status[data-year="${last}"]`);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await page.selectOption('#lang', 'id');
  await page.click('button[data-tab="notes"]');
  check(/Pertanyaan diskusi/.test(await page.locator('#notes-text').textContent()), 'no Indonesian teaching notes');
  check(errors.length === 0, `errors in the page: ${errors.join('; ')}`);
  console.log(`explore ok: acceptability_msme year 2 baseline ${b2.toFixed(3)} vs class ${c2.toFixed(3)}; ran to year ${last}`);
} catch (e) {
  failed = e;
} finally {
  // Ctrl-C with the page still open (its event stream connected): the server must stop promptly.
  const start = Date.now();
  const code = await server.stop().catch(e => e);
  const seconds = (Date.now() - start) / 1000;
  await browser.close();
  if (!failed && code !== 0) failed = new Error(`cgsim serve did not stop cleanly with a page open: ${code}`);
  if (!failed && seconds > 10) failed = new Error(`cgsim serve took ${seconds} s to stop with a page open`);
  if (!failed) console.log(`stopped on SIGINT with the page open in ${seconds.toFixed(1)} s`);
}
if (failed) { console.error(`FAIL: ${failed.message}`); process.exit(1); }
