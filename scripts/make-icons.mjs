// Renders assets/icon.svg to the PNG sizes the web app manifest needs.
// Run by hand after changing the icon: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const svg = fs.readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
