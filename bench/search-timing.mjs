// Search budgets of issue 17 in headless Chromium, driven over the DevTools protocol (puppeteer-core):
//   - the index size per language, gzipped;
//   - the first result after a cold page load on emulated Fast 4G: a fresh page with the browser cache off and the
//     network emulated by Network.emulateNetworkConditions (60 ms round trip, 9 Mbit/s down, 1.5 Mbit/s up) opens
//     <lang>/search.html?q=<query>; the time is from the navigation's start to the first result in the list
//     (a MutationObserver in the page, installed before it loads), and to the next animation frame after it (the
//     frame that lays out and paints the results begins then);
//   - warm queries: on the loaded page, from the input event of a keystroke to the results in the page with their
//     style and layout done (the handler runs the search and builds the list synchronously; the layout is forced);
//     and to the next animation frame (which adds the wait for the display's next frame, up to 16.7 ms at 60 Hz);
//     and until all of the first 20 results are in the list (search.js makes a screen's worth at once and the others
//     after that frame, the list aria-busy meanwhile; a version that makes them all at once is done at the first);
//   - the same results page under Content-Security-Policy: default-src 'self' (sent by the server) and from file://.
// Several sites (before and after a change) are measured side by side: ROUNDS rounds, each of RUNS cold loads and
// of the warm keystrokes twice over per site and language, the sites taking turns within each round, so that a
// busy spell of the shared machine falls on all of them. Medians and 90th percentiles are over every sample of all
// rounds; the range of the rounds' own medians shows how much the machine moved them.
// Usage: node bench/search-timing.mjs [label=]<built site folder> …   (through bench/search-timing.sh; PORT, RUNS, ROUNDS)
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const require = createRequire(path.resolve("bench/.tools/package.json"));
const puppeteer = require("puppeteer-core");
const SITES = process.argv.slice(2).map((a, i) => {
  const at = a.indexOf("=");
  const dir = path.resolve(at > 0 ? a.slice(at + 1) : a);
  return { label: at > 0 ? a.slice(0, at) : path.basename(dir), dir, port: Number(process.env.PORT || 8320) + i };
});
const RUNS = Number(process.env.RUNS || 9);
const ROUNDS = Number(process.env.ROUNDS || 3);
const COLD = { zh: "灵丘", en: "Lingqiu County" };
const WARM = {
  zh: ["广灵县", "石墨", "重点治理区", "勘查规划区块", "KZ04", "2025年规划目标", "绿色矿山建设", "煤", "什么是采空区", "矿山地质环境治理"],
  en: ["graphite", "Guangling County", "mining rights", "remediation of historic mines", "KZ04", "2025 targets",
    "green mine construction", "exploration", "what is a mined-out area", "key remediation area"],
};
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))]; };
const ms = (x) => x.toFixed(0) + " ms";

// A static server with gzip and the strict policy the publishing guide asks for, one per site.
const types = { ".html": "text/html; charset=utf-8", ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".geojson": "application/json" };
function serve(site) {
  return http.createServer((req, res) => {
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
}
const servers = [];
for (const s of SITES) {
  const server = serve(s.dir);
  await new Promise((ok) => server.listen(s.port, "127.0.0.1", ok));
  servers.push(server);
}
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

const WATCH = `
  window.__firstResult = null;
  window.__firstFrame = null;
  new MutationObserver(function (m, o) {
    var list = document.getElementById("search-results");
    if (list && list.querySelector(".search-result")) {
      window.__firstResult = performance.now();
      requestAnimationFrame(function () { window.__firstFrame = performance.now(); });
      o.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", function (e) { window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI); });`;

async function cold(site, lang) {
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
    await page.goto(`http://127.0.0.1:${site.port}/${lang}/search.html?q=${encodeURIComponent(COLD[lang])}`, { waitUntil: "load" });
    await page.waitForFunction(() => window.__firstFrame !== null, { timeout: 20000 });
    out.push(await page.evaluate(() => {
      const index = performance.getEntriesByType("resource").find((e) => /search-index-/.test(e.name));
      const nav = performance.getEntriesByType("navigation")[0];
      return { first: window.__firstResult, frame: window.__firstFrame, html: nav.responseEnd, indexStart: index.startTime,
        indexEnd: index.responseEnd, dcl: nav.domContentLoadedEventEnd };
    }));
    await context.close();
  }
  return out;
}

async function warm(site, lang) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(WATCH);
  await page.goto(`http://127.0.0.1:${site.port}/${lang}/search.html`, { waitUntil: "load" });
  const times = await page.evaluate(async (queries, runs) => {
    const input = document.getElementById("search-q");
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    // The first query loads the index (not part of a warm query).
    input.value = queries[0];
    input.dispatchEvent(new Event("input"));
    while (!document.querySelector("#search-results .search-result")) { await new Promise((r) => setTimeout(r, 5)); }
    const out = [];
    const painted = [];
    const whole = [];
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
          // The results beyond the first screen's worth may follow after that frame (the list is aria-busy until then).
          while (document.getElementById("search-results").hasAttribute("aria-busy")) { await new Promise((r) => setTimeout(r, 0)); }
          whole.push(performance.now() - t);
        }
      }
    }
    return { out, painted, whole, csp: window.__cspViolations };
  }, WARM[lang], 2);
  await page.close();
  return times;
}

async function fromFile(site, lang) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(WATCH);
  await page.goto(`file://${site.dir}/${lang}/search.html?q=${encodeURIComponent(COLD[lang])}`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__firstResult !== null, { timeout: 20000 });
  const first = await page.$eval("#search-results .search-result a", (a) => a.getAttribute("href"));
  await page.close();
  return first;
}

const median = (xs) => quantile(xs, 0.5);
const range = (rounds, f) => { const m = rounds.map(f); return `${ms(Math.min(...m))}–${ms(Math.max(...m))}`; };

console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")} at the start.`);
console.log("");
console.log("| site | language | index | gzipped |");
console.log("|---|---|---|---|");
for (const site of SITES) {
  for (const lang of ["zh", "en"]) {
    const b = fs.readFileSync(path.join(site.dir, `assets/search-index-${lang}.js`));
    console.log(`| ${site.label} | ${lang} | ${(b.length / 1024).toFixed(1)} KB | **${(zlib.gzipSync(b, { level: 9 }).length / 1024).toFixed(1)} KB** |`);
  }
}
// Every sample, per site and language, round by round.
const samples = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const lang of ["zh", "en"]) {
    for (const site of SITES) {
      const key = `${site.label} ${lang}`;
      const s = samples[key] || (samples[key] = { site, lang, cold: [], warm: [], csp: 0 });
      s.cold.push(await cold(site, lang));
      const w = await warm(site, lang);
      s.warm.push(w);
      s.csp += w.csp.length;
    }
  }
}
console.log("");
console.log(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}. ${ROUNDS} rounds, each of ${RUNS} cold loads and every keystroke of the warm queries twice, per site and language.`);
console.log("");
console.log("| site | language | cold query | first result after a cold load on Fast 4G: median | 90th percentile | max | rounds' medians | to the next frame: median | 90th percentile | warm keystroke to results laid out: median | 90th percentile | max | rounds' 90th percentiles | to the next frame: median | to all of the first 20 in the list: median | CSP violations | file:// first result |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
const parts = [];
for (const lang of ["zh", "en"]) {
  for (const site of SITES) {
    const s = samples[`${site.label} ${lang}`];
    const all = s.cold.flat();
    const first = all.map((t) => t.first);
    const frame = all.map((t) => t.frame);
    const laid = s.warm.flatMap((w) => w.out);
    const painted = s.warm.flatMap((w) => w.painted);
    const whole = s.warm.flatMap((w) => w.whole);
    const f = await fromFile(site, lang);
    console.log(`| ${site.label} | ${lang} | ${COLD[lang]} | **${ms(median(first))}** | ${ms(quantile(first, 0.9))} | ${ms(Math.max(...first))} (${first.length}) | ${range(s.cold, (r) => median(r.map((t) => t.first)))} | ${ms(median(frame))} | ${ms(quantile(frame, 0.9))} | **${ms(median(laid))}** | **${ms(quantile(laid, 0.9))}** | ${ms(Math.max(...laid))} (${laid.length}) | ${range(s.warm, (w) => quantile(w.out, 0.9))} | ${ms(median(painted))} | ${ms(median(whole))} | ${s.csp} | ${f} |`);
    parts.push(`- ${site.label}, ${lang}: ` + ["html", "indexStart", "indexEnd", "dcl", "first", "frame"].map((k) => `${k} ${ms(median(all.map((t) => t[k])))}`).join(", "));
  }
}
console.log("");
console.log("Cold loads, medians from the navigation's start: the page's HTML received, the index requested and received, DOMContentLoaded, the first result, the next frame:");
console.log("");
parts.forEach((p) => console.log(p));
await browser.close();
servers.forEach((s) => s.close());
