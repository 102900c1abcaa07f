import puppeteer from 'puppeteer-core';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join, extname } from 'node:path';
const root = process.argv[2] || '/work/main';
const pre = JSON.parse(readFileSync(`${root}/dist/prerendered.json`, 'utf8'));
const tag = 'drug-killings-chart';
const entry = pre[tag].find((e) => e.attributes.lang === 'en' && e.attributes.theme === 'light');
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/dist/${tag}.css">
  <style>body{margin:0;font:16px serif} main{width:390px}</style></head><body><main>
  ${Array.from({length: 20}, () => `<${tag} lang="en">${entry.html.replaceAll('{{base}}', '/dist/')}</${tag}>`).join('\n')}</main>
  <script type="module" src="/dist/${tag}.js"></script></body></html>`;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') { res.setHeader('content-type', 'text/html'); res.end(page); return; }
  try { const body = readFileSync(join(root, url.pathname)); res.setHeader('content-type', {'.js':'text/javascript','.css':'text/css','.png':'image/png'}[extname(url.pathname)] || 'application/octet-stream'); res.end(body); } catch { res.statusCode = 404; res.end(); }
}).listen(0);
const port = server.address().port;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const results = [];
for (let round = 0; round < 5; round++) {
  const p = await browser.newPage(); await p.setViewport({ width: 390, height: 8000, deviceScaleFactor: 3 });
  const cdp = await p.createCDPSession(); await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.evaluateOnNewDocument(() => { window.__ready = []; document.addEventListener('refuge-ready', () => window.__ready.push(performance.now()), true); });
  if (round === 0) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
  await p.goto(`http://127.0.0.1:${port}/`);
  await p.waitForFunction(() => window.__ready.length >= 20, { timeout: 60000 });
  const r = await p.evaluate(() => ({ last: Math.max(...window.__ready), first: Math.min(...window.__ready), fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
  if (round === 0) { const { profile } = await cdp.send('Profiler.stop'); writeFileSync('/tmp/shot/profile.json', JSON.stringify(profile)); }
  results.push(r); await p.close();
}
console.log(JSON.stringify(results.map(r => [Math.round(r.first), Math.round(r.last)])));
await browser.close(); server.close();
