// Search budgets of issue 17 in headless Chromium, driven over the DevTools protocol (puppeteer-core):
//   - the index size per language, gzipped;
//   - the first result after a cold page load on emulated Fast 4G: a fresh page with the browser cache off and the
//     network emulated by Network.emulateNetworkConditions (60 ms round trip, 9 Mbit/s down, 1.5 Mbit/s up) opens
//     <lang>/search.html?q=<query>; the time is from the navigation's start to the first result in the list
//     (a MutationObserver in the page, installed before it loads);
//   - warm queries: on the loaded page, from the input event of a keystroke to the results in the page with their
//     style and layout done (the handler runs the search and builds the list synchronously; the layout is forced);
//     and to the next animation frame (which adds the wait for the display's next frame, up to 16.7 ms at 60 Hz);
//   - the same results page under Content-Security-Policy: default-src 'self' (sent by the server) and from file://.
// Usage: node bench/search-timing.mjs <built site folder> <port>   (through bench/search-timing.sh)
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const require = createRequire(path.resolve("bench/.tools/package.json"));
const puppeteer = require("puppeteer-core");
const site = path.resolve(process.argv[2]);
const port = Number(process.argv[3] || 8320);
const RUNS = Number(process.env.RUNS || 9);
const COLD = { zh: "灵丘", en: "Lingqiu County" };
const WARM = {
  zh: ["广灵县", "石墨", "重点治理区", "勘查规划区块", "KZ04", "2025年规划目标", "绿色矿山建设", "煤", "什么是采空区", "矿山地质环境治理"],
  en: ["graphite", "Guangling County", "mining rights", "remediation of historic mines", "KZ04", "2025 targets",
    "green mine construction", "exploration", "what is a mined-out area", "key remediation area"],
};
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))]; };
const ms = (x) => x.toFixed(0) + " ms";

// A static server with gzip and the strict policy the publishing guide asks for.
const types = { ".html": "text/html; charset=utf-8", ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".geojson": "application/json" };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  let file = path.join(site, decodeURIComponent(url.pathname));
  if (file.endsWith("/")) { file += "index.html"; }
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); res.end(); return; }
    const headers = { "Content-Type": types[path.extname(file)] || "application/octet-stream",
      "Content-Security-Policy": "default-src 'self'" };
    if (/gzip/.test(req.headers["accept-encoding"] || "") && body.length > 1024) {
      body = zlib.gzipSync(body, { level: 6 });
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
});
await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

const WATCH = `
  window.__firstResult = null;
  new MutationObserver(function (m, o) {
    var list = document.getElementById("search-results");
    if (list && list.querySelector(".search-result")) { window.__firstResult = performance.now(); o.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", function (e) { window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI); });`;

async function cold(lang) {
  const out = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 });
    await page.evaluateOnNewDocument(WATCH);
    await page.goto(`http://127.0.0.1:${port}/${lang}/search.html?q=${encodeURIComponent(COLD[lang])}`, { waitUntil: "load" });
    await page.waitForFunction(() => window.__firstResult !== null, { timeout: 20000 });
    out.push(await page.evaluate(() => {
      const index = performance.getEntriesByType("resource").find((e) => /search-index-/.test(e.name));
      const nav = performance.getEntriesByType("navigation")[0];
      return { first: window.__firstResult, html: nav.responseEnd, indexStart: index.startTime, indexEnd: index.responseEnd,
        dcl: nav.domContentLoadedEventEnd };
    }));
    await context.close();
  }
  return out;
}

async function warm(lang) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(WATCH);
  await page.goto(`http://127.0.0.1:${port}/${lang}/search.html`, { waitUntil: "load" });
  const times = await page.evaluate(async (queries, runs) => {
    const input = document.getElementById("search-q");
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    // The first query loads the index (not part of a warm query).
    input.value = queries[0];
    input.dispatchEvent(new Event("input"));
    while (!document.querySelector("#search-results .search-result")) { await new Promise((r) => setTimeout(r, 5)); }
    const out = [];
    const painted = [];
    for (let r = 0; r < runs; r++) {
      for (const q of queries) {
        // Each keystroke of the query as typed: its prefixes, one input event each.
        for (let n = 1; n <= q.length; n++) {
          input.value = q.slice(0, n);
          const t = performance.now();
          input.dispatchEvent(new Event("input"));
          void document.getElementById("search-results").offsetHeight;  // style and layout of the new results
          const laid = performance.now() - t;
          await frame();
          out.push(laid);
          painted.push(performance.now() - t);
        }
      }
    }
    return { out, painted, csp: window.__cspViolations };
  }, WARM[lang], 2);
  await page.close();
  return times;
}

async function fromFile(lang) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(WATCH);
  await page.goto(`file://${site}/${lang}/search.html?q=${encodeURIComponent(COLD[lang])}`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__firstResult !== null, { timeout: 20000 });
  const first = await page.$eval("#search-results .search-result a", (a) => a.getAttribute("href"));
  await page.close();
  return first;
}

console.log("| language | index | gzipped |");
console.log("|---|---|---|");
for (const lang of ["zh", "en"]) {
  const b = fs.readFileSync(path.join(site, `assets/search-index-${lang}.js`));
  console.log(`| ${lang} | ${(b.length / 1024).toFixed(1)} KB | **${(zlib.gzipSync(b, { level: 9 }).length / 1024).toFixed(1)} KB** |`);
}
console.log("");
console.log(`| language | cold query | first result after a cold load on Fast 4G: median | max (${RUNS} loads) | warm keystroke to results laid out: median | 90th percentile | max (keystrokes) | to the next frame: median | CSP violations | file:// first result |`);
console.log("|---|---|---|---|---|---|---|---|---|---|");
const parts = {};
for (const lang of ["zh", "en"]) {
  const timings = await cold(lang);
  const c = timings.map((t) => t.first);
  parts[lang] = ["html", "indexStart", "indexEnd", "dcl", "first"].map((k) => `${k} ${ms(quantile(timings.map((t) => t[k]), 0.5))}`).join(", ");
  const w = await warm(lang);
  const f = await fromFile(lang);
  console.log(`| ${lang} | ${COLD[lang]} | **${ms(quantile(c, 0.5))}** | ${ms(Math.max(...c))} | **${ms(quantile(w.out, 0.5))}** | ${ms(quantile(w.out, 0.9))} | ${ms(Math.max(...w.out))} (${w.out.length}) | ${ms(quantile(w.painted, 0.5))} | ${w.csp.length} | ${f} |`);
}
console.log("");
console.log("Cold loads, medians from the navigation's start: the page's HTML received, the index requested and received, DOMContentLoaded, the first result:");
console.log("");
for (const lang of ["zh", "en"]) { console.log(`- ${lang}: ${parts[lang]}`); }
await browser.close();
server.close();
