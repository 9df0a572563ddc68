// Opens a page in Debian's headless Chromium and prints its title: checks that the browser tests'
// driver and browser work on this machine (usage: node smoke.mjs URL).
import { launch } from './chromium.mjs';
const browser = await launch();
const page = await browser.newPage();
await page.goto(process.argv[2] ?? 'data:text/html,<title>ok</title>');
console.log(await page.title());
await browser.close();
