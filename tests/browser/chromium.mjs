// One way to start Debian's Chromium for every browser test: headless, no sandbox (CI runs as
// root), and no background networking (the CI machines have a closed network, and Chromium's
// update and sync connections would otherwise be refused at every start).
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CGSIM_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
