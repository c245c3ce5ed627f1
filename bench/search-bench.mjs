// Search budgets of the built site, measured in headless Chromium (not a gate): index size per language,
// the first search including the index load, later queries; and, for the choice the issue asks for, the
// same documents in a lunr 2.3.9 index (the search library published on Maven Central as a webjar) split
// by our own tokenizer. Run through bench/search-bench.sh, which builds the site and installs the tools.
// Usage: node bench/search-bench.mjs <built site folder> <port>
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const require = createRequire(path.resolve("bench/.tools/package.json"));
const puppeteer = require("puppeteer-core");
const lunr = require("lunr");

const site = path.resolve(process.argv[2]);
const port = Number(process.argv[3] || 8766);
const RUNS = Number(process.env.RUNS || 7);
const QUERIES = {
  zh: ["干热岩", "冶镁白云岩", "晋自然资办函", "灵丘", "KZ04", "2025年", "1:5万", "煤", "矿山地质环境治理", "绿色矿山建设"],
  en: ["remediation", "remediate", "graphite", "Lingqiu", "KZ04", "mining rights", "remed", "remediaton", "green mine",
    "exploration"],
};

const kb = (n) => (n / 1024).toFixed(1) + " KB";
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))]; };
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => x.toFixed(1) + " ms";

// Our tokenizer, as the site runs it: search.js in a bare global.
globalThis.window = globalThis;
globalThis.document = { readyState: "complete", querySelector: () => null, getElementById: () => null };
require(path.join(site, "assets/search.js"));
const engine = globalThis.plansiteSearchEngine;

// The lunr variant: same documents, same keys (our tokenizer replaces lunr's), written the same way as a script.
fs.mkdirSync(path.join(site, "bench-lunr"), { recursive: true });
fs.copyFileSync(require.resolve("lunr/lunr.js"), path.join(site, "bench-lunr/lunr.js"));
const sizes = [];
for (const lang of ["zh", "en"]) {
  const file = path.join(site, `assets/search-index-${lang}.js`);
  const ours = fs.readFileSync(file);
  require(file);
  const data = globalThis.plansiteSearch[lang];
  const tokenizer = (obj) => obj == null ? [] : engine.keys(engine.fold(String(obj))).map((k) => new lunr.Token(k.key, {}));
  const t0 = performance.now();
  const idx = lunr(function () {
    this.tokenizer = tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("id");
    this.field("title");
    this.field("text");
    data.docs.forEach((d, i) => this.add({ id: String(i), title: d[2], text: d[4] }));
  });
  const lunrBuild = performance.now() - t0;
  const lunrJs = Buffer.from(`window.lunrIndex = ${JSON.stringify(idx)};\nwindow.lunrDocs = ${JSON.stringify(data.docs)};\n`);
  fs.writeFileSync(path.join(site, `bench-lunr/index-${lang}.js`), lunrJs);
  const docsOnly = Buffer.from(JSON.stringify(data.docs));
  sizes.push({ lang, ours: ours.length, oursGz: gz(ours), docsGz: gz(docsOnly), lunr: lunrJs.length, lunrGz: gz(lunrJs), lunrBuild });
}

const server = spawn("python3", ["bench/gzip_server.py", site, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

async function freshPage(throttle) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return page;
}

// Our index: type a query on the results page as a reader would (an input event), read the page's own measure.
async function ours(lang, throttle) {
  const first = [];
  const later = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await freshPage(throttle);
    await page.goto(`http://127.0.0.1:${port}/${lang}/search.html`, { waitUntil: "load" });
    const queries = QUERIES[lang];
    const times = await page.evaluate(async (queries) => {
      const input = document.getElementById("search-q");
      const out = [];
      for (let i = 0; i < queries.length; i++) {
        const name = i === 0 ? "plansite-search-first" : "plansite-search";
        const before = performance.getEntriesByName(name).length;
        input.value = queries[i];
        input.dispatchEvent(new Event("input"));
        while (performance.getEntriesByName(name).length === before) { await new Promise((r) => setTimeout(r, 1)); }
        out.push(performance.getEntriesByName(name)[before].duration);
      }
      return out;
    }, queries);
    first.push(times[0]);
    later.push(...times.slice(1));
    await page.close();
  }
  return { first, later };
}

// lunr: load its script and the index, then run the same queries (every key of the query required).
async function withLunr(lang, throttle) {
  const first = [];
  const later = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await freshPage(throttle);
    await page.goto(`http://127.0.0.1:${port}/${lang}/search.html`, { waitUntil: "load" });
    const times = await page.evaluate(async (lang, queries) => {
      const load = (src) => new Promise((ok) => { const s = document.createElement("script"); s.src = src; s.onload = ok; document.head.appendChild(s); });
      const e = window.plansiteSearchEngine;
      const search = (idx, q) => idx.query((query) => e.keys(e.fold(q)).forEach((k) =>
        query.term(k.key, { presence: lunr.Query.presence.REQUIRED, usePipeline: false })));
      const out = [];
      let t = performance.now();
      await load("../bench-lunr/lunr.js");
      await load(`../bench-lunr/index-${lang}.js`);
      const idx = lunr.Index.load(window.lunrIndex);
      search(idx, queries[0]);
      out.push(performance.now() - t);
      for (let i = 1; i < queries.length; i++) {
        t = performance.now();
        search(idx, queries[i]);
        out.push(performance.now() - t);
      }
      return out;
    }, lang, QUERIES[lang]);
    first.push(times[0]);
    later.push(...times.slice(1));
    await page.close();
  }
  return { first, later };
}

console.log("## Index size per language (the script search.html loads on the first search)\n");
console.log("| language | documents | our index | gzipped | of which the documents' text, gzipped | lunr 2.3.9 index + the same documents | gzipped | lunr index built in node |");
console.log("|---|---|---|---|---|---|---|---|");
for (const s of sizes) {
  const docs = globalThis.plansiteSearch[s.lang].docs.length;
  console.log(`| ${s.lang} | ${docs} | ${kb(s.ours)} | **${kb(s.oursGz)}** | ${kb(s.docsGz)} | ${kb(s.lunr)} | ${kb(s.lunrGz)} | ${ms(s.lunrBuild)} |`);
}
console.log(`\n## Query times in headless Chromium (${RUNS} fresh page loads per row, browser cache off, served with gzip on 127.0.0.1)\n`);
console.log("First search: from the reader's input to the results on screen, including loading and parsing the index. Later");
console.log(`queries: ${QUERIES.zh.length - 1} more queries per page load (zh: ${QUERIES.zh.slice(1).join(", ")}; en: ${QUERIES.en.slice(1).join(", ")}); ours include rendering the results, lunr's only the lookup.\n`);
console.log("| index | language | CPU | first search, median | first search, max | later queries, median | later queries, 90th percentile | later queries, max |");
console.log("|---|---|---|---|---|---|---|---|");
for (const throttle of [1, 4]) {
  for (const lang of ["zh", "en"]) {
    for (const [name, fn] of [["ours", ours], ["lunr 2.3.9", withLunr]]) {
      const r = await fn(lang, throttle);
      console.log(`| ${name} | ${lang} | ${throttle === 1 ? "as is" : "4× slower (phone)"} | ${ms(median(r.first))} | ${ms(Math.max(...r.first))} | ${ms(median(r.later))} | ${ms(quantile(r.later, 0.9))} | ${ms(Math.max(...r.later))} |`);
    }
  }
}
await browser.close();
server.kill();
fs.rmSync(path.join(site, "bench-lunr"), { recursive: true, force: true });
