// End-to-end, play mode in headless Chromium with two browser contexts: the teacher starts a
// two-year game, a student joins with the session code as PTBA, decides each year (the teacher's
// room shows it), the teacher advances and changes the decision rule for year 2, and both reach
// the debrief (class vs agents vs SIGER-MU,
// in English and Indonesian). Usage: node live_play.mjs BUILD/cgsim [SCREENSHOT.png]
import { launch } from './chromium.mjs';
import { startServer, check } from './live_support.mjs';

const [cgsim, screenshot] = process.argv.slice(2);
const server = await startServer(cgsim);
const browser = await launch();
let failed = null;
try {
  const teacherContext = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  const studentContext = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();
  const errors = [];
  for (const page of [teacher, student]) {
    page.setDefaultTimeout(60000);
    page.on('pageerror', e => errors.push(String(e)));
  }

  // The teacher sets the rules and starts the game.
  await teacher.goto(server.url + '#play');
  await teacher.waitForSelector('body[data-ready="1"]');
  await teacher.selectOption('[data-rule="forum.decision_rule"]', 'consensus');
  await teacher.fill('#game-years', '2');
  await teacher.click('#create-game');
  await teacher.waitForSelector('#game-code:not(:empty)');
  const code = (await teacher.locator('#game-code').textContent()).trim();
  check(/^[a-z0-9]{6}$/.test(code), `unexpected session code '${code}'`);

  // The student joins as PTBA.
  await student.goto(server.url + '#play');
  await student.waitForSelector('body[data-ready="1"]');
  await student.fill('#join-code', code);
  await student.fill('#join-name', 'Ani');
  await student.click('#find-game');
  await student.click('button[data-role="company:0"]');
  await student.waitForSelector('#student-move:not([hidden])');
  check(await student.locator('#comply-row').isVisible(), 'a company player is not asked whether it complies');
  await teacher.waitForSelector('.room-seat[data-role="company:0"]:has-text("Ani")');

  for (let year = 1; year <= 2; ++year) {
    await student.selectOption('#move-opening', year === 1 ? 'own_interest' : 'msme_needs');
    await student.selectOption('#move-vote', year === 1 ? 'reject' : 'accept');
    await student.click('#submit-move');
    await teacher.waitForSelector('.room-seat[data-role="company:0"]:has-text("decided"), .room-seat[data-role="company:0"]:has-text("sudah")');
    await teacher.click('#advance');
    await teacher.waitForSelector(`#room-year[data-year="${year}"]`);
    await student.waitForSelector(`#game-year[data-year="${year}"]`);  // the student follows by server-sent events
    const seats = await student.locator('#game-forum .forum-table tbody tr.human').count();
    check(seats === 1, `year ${year}: the student's seat is not marked at the table (${seats})`);
    if (year === 1) {
      const plan = await student.locator('#game-forum .forum-summary').textContent();
      check(/not adopted/.test(plan), `PTBA rejected every draft under consensus, yet: ${plan}`);
      // The teacher changes the rule for year 2: the change is marked in the game's charts.
      await teacher.selectOption('[data-rule="forum.decision_rule"]', 'weighted_majority');
      const changed = teacher.waitForResponse(r => r.url().endsWith('/rules') && r.status() === 200);
      await teacher.click('#change-rules');
      await changed;
      await student.waitForFunction(() => Play.state && Play.state.markers.some(m => m.year === 2));
    }
  }

  // The game is over: both pages show the debrief.
  for (const page of [teacher, student]) {
    await page.waitForSelector('#debrief:not([hidden]) .debrief-table tbody tr');
    check(await page.locator('#debrief .debrief-table tbody tr').count() === 10, 'the debrief misses indicators');
    const text = await page.locator('#debrief').textContent();
    check(/SIGER-MU/.test(text) && /Setelah 2 tahun/.test(text) && /After 2 years/.test(text), `debrief not in both languages: ${text}`);
  }
  check(await teacher.locator('#advance').isDisabled(), 'the teacher can advance past the last year');
  if (screenshot) await teacher.screenshot({ path: screenshot, fullPage: true });
  check(errors.length === 0, `errors in the pages: ${errors.join('; ')}`);
  console.log(`play ok: game ${code}, 2 years with one student (PTBA) and the teacher, debrief shown to both`);
} catch (e) {
  failed = e;
} finally {
  await browser.close();
  const code = await server.stop();
  if (!failed && code !== 0) failed = new Error(`cgsim serve exited with ${code} after SIGINT`);
}
if (failed) { console.error(`FAIL: ${failed.message}`); process.exit(1); }
