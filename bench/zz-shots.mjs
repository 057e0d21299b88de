import { launch } from './cli.mjs';
import fs from 'node:fs';
const BASE = 'http://127.0.0.1:' + process.argv[2];
const fixture = fs.readFileSync('tests/fixtures/v1-full.json', 'utf8');
const browser = await launch();
for (const lang of ['nl', 'en', 'fr', 'es']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/__seed', (r) => r.fulfill({ contentType: 'text/html', body: '<link rel="icon" href="data:,">' }));
  await page.goto(BASE + '/__seed');
  await page.evaluate(([f, l]) => { localStorage.setItem('sdg-circle/v1/workspace', f); localStorage.setItem('sdg-circle/v1/ui-language', l); }, [fixture, lang]);
  await page.goto(BASE + '/p/p-lommel/index/round/r-2026');
  await page.waitForSelector('body:not(:has(#app-shell)) main h1');
  await page.waitForTimeout(500);
  await page.keyboard.press('?');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shot-help-${lang}.png` });
  if (lang === 'en') {
    await page.keyboard.press('Escape');
    await page.locator('.compare-circle').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.locator('.compare-circle').screenshot({ path: `/tmp/shot-circle-${lang}.png` });
  }
  await context.close();
}
await browser.close();
