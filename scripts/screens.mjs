// Screenshots of the built app for a person to look at (not a test).
// Usage: node scripts/screens.mjs [outdir] [lang...]   (server must run on BASE_URL)
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8123';
const out = process.argv[2] ?? 'target/screens';
const langs = process.argv.slice(3).length ? process.argv.slice(3) : ['en'];
const pages = (process.env.PAGES ?? '/,/sdg,/sdg/6,/nope').split(',');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror', String(e)));
await page.goto(BASE + '/');
if (process.env.SEED) await page.evaluate((s) => localStorage.setItem('sdg-circle/v1/workspace', s), fs.readFileSync(process.env.SEED, 'utf8'));
for (const lang of langs) {
  await page.evaluate((l) => localStorage.setItem('sdg-circle/v1/ui-language', l), lang);
  for (const p of pages) {
    await page.goto(BASE + p);
    await page.waitForSelector('main');
    await page.waitForTimeout(150);
    const name = `${lang}${p.replace(/\//g, '_') || '_'}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
    console.log(`${out}/${name}`);
  }
}
await browser.close();
