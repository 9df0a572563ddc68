// Renders a report or brief written by analysis/report.py or analysis/brief.py in headless Chromium
// and fails (exit 1, one line per problem) when
//   - a table is wider than the window at 1280 or 1700 px (the page overflows sideways);
//   - a scenario listed in a trajectory figure's legend has no visible line: the figure's
//     data-scenario-colours attribute names each scenario's colour, and the figure must hold
//     clearly more pixels of that colour than its legend entry alone (a line hidden under another
//     scenario's identical line leaves only the legend swatch);
//   - a brief (a page with table.results) prints on more than two A4 pages.
// usage: node report_render.mjs PAGE.html [--screenshot OUT.png [--width 1280] [--height H | --element CSS] [--print]]
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { launch } from './chromium.mjs';

const args = process.argv.slice(2);
const file = args[0];
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
if (!file) { console.error('usage: node report_render.mjs PAGE.html [--screenshot OUT.png]'); process.exit(2); }

const MIN_LINE_PIXELS = 400; // a legend swatch with its marker is about 80 pixels of the colour
const problems = [];
const browser = await launch();
try {
  const page = await browser.newPage();
  for (const width of [1280, 1700]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const wide = await page.evaluate((w) => [...document.querySelectorAll('table')]
      .map((t, i) => ({ i, right: t.getBoundingClientRect().right, scroll: t.scrollWidth,
                        head: (t.querySelector('th')?.textContent ?? '').slice(0, 40) }))
      .filter((t) => t.right > w + 0.5), width);
    for (const t of wide) problems.push(`table ${t.i} ("${t.head}") ends at ${Math.round(t.right)} px, wider than the ${width} px window`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px at ${width} px`);
  }
  const lines = await page.evaluate(async (minimum) => {
    const out = [];
    for (const [index, figure] of [...document.querySelectorAll('figure[data-scenario-colours]')].entries()) {
      const colours = JSON.parse(figure.dataset.scenarioColours);
      const img = figure.querySelector('img');
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (const [name, hex] of Object.entries(colours)) {
        const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
        let count = 0;
        for (let p = 0; p < data.length; p += 4) {
          const d = Math.abs(data[p] - r) + Math.abs(data[p + 1] - g) + Math.abs(data[p + 2] - b);
          if (d < 40) count++;
        }
        if (count < minimum) out.push(`figure ${index}: the line of "${name}" (${hex}) is not visible (${count} pixels of its colour)`);
      }
    }
    return out;
  }, MIN_LINE_PIXELS);
  problems.push(...lines);
  if (await page.$('table.results')) {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    if (pages > 2) problems.push(`the brief prints on ${pages} A4 pages (at most 2)`);
    console.log(`A4 pages: ${pages}`);
  }
  const shot = option('--screenshot');
  if (shot) {
    await page.setViewportSize({ width: Number(option('--width') ?? 1280), height: 900 });
    if (args.includes('--print')) await page.emulateMedia({ media: 'print' }); // as on paper
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const height = option('--height'); // the top of the page only, else all of it
    const element = option('--element'); // or one element (e.g. 'figure.trajectories')
    if (element) writeFileSync(shot, await (await page.$(element)).screenshot());
    else writeFileSync(shot, await page.screenshot(height
      ? { clip: { x: 0, y: 0, width: Number(option('--width') ?? 1280), height: Number(height) } }
      : { fullPage: true }));
  }
} finally {
  await browser.close();
}
for (const p of problems) console.log(`FAIL: ${p}`);
if (problems.length) process.exit(1);
console.log(`ok: ${file}`);
