// Screenshots of a page in light and dark mode, in the system's headless Chromium (playwright-core
// drives it; no browser is downloaded). Fails when the page logs to the console or requests
// anything but itself.
//
//   node take.mjs PAGE.html LIGHT.png DARK.png   (WIDTH, HEIGHT and CHROMIUM in the environment)
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page, light, dark] = process.argv.slice(2);
if (!page || !light || !dark) {
  console.error('usage: node take.mjs PAGE.html LIGHT.png DARK.png');
  process.exit(2);
}
const url = pathToFileURL(page).href;
const width = Number(process.env.WIDTH ?? 420);
const height = Number(process.env.HEIGHT ?? 1500);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const [colorScheme, file] of [['light', light], ['dark', dark]]) {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      colorScheme,
    });
    const tab = await context.newPage();
    const problems = [];
    tab.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('request', (r) => r.url() !== url && problems.push(`request: ${r.url()}`));
    await tab.goto(url, { waitUntil: 'load' });
    await tab.screenshot({ path: file });
    await context.close();
    if (problems.length > 0) {
      throw new Error(`${colorScheme} mode:\n${problems.join('\n')}`);
    }
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
