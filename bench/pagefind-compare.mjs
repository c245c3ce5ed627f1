// The judged queries (generator/src/test/resources/search/judged.yaml) against the site's own search and against
// Pagefind 1.6 (the extended binary, which segments Chinese) over the same built pages, scored the same way:
// strict MRR and success at 1 and 3 (same page and anchor), and page-level MRR (same page). Pagefind is a tool of
// this measurement only (bench/.tools, not part of the build). Run through bench/pagefind-compare.sh.
// Usage: node bench/pagefind-compare.mjs <built site folder> <port>
//
// Pagefind is given what a site owner would: every page of the site but the one-page edition (full.html, the
// whole plan again), the results page and 404, with <main> as the part of a page to index (not the header and
// navigation, which repeat on every page). Its results are pages, each with sub-results at the headings (ids)
// that match; a reader meets them as a page, then its sub-results, so the strict list is each page's sub-result
// addresses in Pagefind's order (the page's own address when it has none), and the page-level list its pages.
import { createRequire } from "node:module";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(path.resolve("bench/.tools/package.json"));
const yaml = require("js-yaml");
const puppeteer = require("puppeteer-core");
const site = path.resolve(process.argv[2]);
const port = Number(process.argv[3] || 8310);
const judged = yaml.load(fs.readFileSync("generator/src/test/resources/search/judged.yaml", "utf8")).queries;

// The pages Pagefind indexes: a copy of the site without the one-page edition, the results page and 404.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), "pagefind-site-"));
fs.cpSync(site, copy, { recursive: true });
for (const lang of ["zh", "en"]) {
  for (const f of ["full.html", "search.html"]) { fs.rmSync(path.join(copy, lang, f), { force: true }); }
}
fs.rmSync(path.join(copy, "404.html"), { force: true });
const bin = path.resolve("bench/.tools/node_modules/@pagefind/linux-x64/bin/pagefind_extended");
const version = execFileSync(bin, ["--version"]).toString().trim();
const t0 = Date.now();
execFileSync(bin, ["--site", copy, "--root-selector", "main", "--output-subdir", "pagefind", "--quiet"]);
const pagefindBuild = Date.now() - t0;
// Our own results page for our engine: in the original site (the copy lacks it). Both served by one server.
fs.cpSync(site, path.join(copy, "ours"), { recursive: true });

const server = spawn("python3", ["bench/gzip_server.py", copy, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

function ranks(strictList, pageList, targets) {
  const page = (h) => h.split("#")[0];
  const pages = targets.map(page);
  return {
    strict: strictList.findIndex((h) => targets.includes(h)) + 1,
    page: pageList.findIndex((h) => pages.includes(page(h))) + 1,
  };
}

const scores = { ours: [], pagefind: [] };
const perQuery = [];
for (const lang of ["zh", "en"]) {
  const queries = judged.filter((j) => j.lang === lang);
  // Ours: the engine of the results page with its index, as the page runs it.
  const ours = await browser.newPage();
  await ours.goto(`http://127.0.0.1:${port}/ours/${lang}/search.html`, { waitUntil: "load" });
  await ours.evaluate(() => new Promise((ok) => {
    const s = document.createElement("script");
    s.src = document.getElementById("search").getAttribute("data-index");
    s.onload = ok;
    document.head.appendChild(s);
  }));
  // Pagefind: its script, loaded in one of the language's pages (it picks the index by the page's lang).
  const pf = await browser.newPage();
  await pf.goto(`http://127.0.0.1:${port}/${lang}/glossary.html`, { waitUntil: "load" });
  await pf.evaluate(async () => {
    window.pf = await import("/pagefind/pagefind.js");
    await window.pf.init();
  });
  for (const j of queries) {
    const q = String(j.q);
    const mine = await ours.evaluate((lang, q) => {
      const data = plansiteSearch[lang];
      return plansiteSearchEngine.search(data, q).results.map((r) => data.docs[r.doc][1]);
    }, lang, q);
    const theirs = await pf.evaluate(async (q) => {
      const found = await window.pf.search(q);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      return data.map((d) => ({ url: d.url, subs: (d.sub_results || []).map((s) => s.url) }));
    }, q);
    const local = (u) => u.replace(new RegExp(`^/${lang}/`), "").replace(/^\//, "");
    const strictList = theirs.flatMap((r) => (r.subs.length ? r.subs : [r.url]).map(local));
    const pageList = theirs.map((r) => local(r.url));
    const o = ranks(mine, mine, j.targets);
    const p = ranks(strictList, pageList, j.targets);
    scores.ours.push({ lang, ...o });
    scores.pagefind.push({ lang, ...p });
    perQuery.push({ lang, q, ours: o, pagefind: p, pfFirst: strictList[0] || "-" });
  }
  await ours.close();
  await pf.close();
}
await browser.close();
server.kill();
const pfSize = {};
for (const lang of ["zh", "en"]) {
  let total = 0;
  const dir = path.join(copy, "pagefind");
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile() && (f.includes(`_${lang}`) || f.includes(`${lang}-`) || f.startsWith(`index/${lang}`))) { total += fs.statSync(full).size; }
  }
  pfSize[lang] = total;
}
fs.rmSync(copy, { recursive: true, force: true });

const rr = (r) => (r ? 1 / r : 0);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const row = (name, xs) => `| ${name} | ${xs.length} | ${mean(xs.map((s) => rr(s.strict))).toFixed(3)} | ${mean(xs.map((s) => (s.strict === 1 ? 1 : 0))).toFixed(3)} | ${mean(xs.map((s) => (s.strict && s.strict <= 3 ? 1 : 0))).toFixed(3)} | ${mean(xs.map((s) => rr(s.page))).toFixed(3)} |`;
const out = [];
out.push(`Pagefind: ${version} (extended), index built in ${(pagefindBuild / 1000).toFixed(1)} s over ${judged.length} judged queries.`);
out.push("");
out.push("| engine, queries | n | strict MRR | success@1 | success@3 | page-level MRR |");
out.push("|---|---|---|---|---|---|");
for (const [name, xs] of Object.entries(scores)) {
  out.push(row(`${name === "ours" ? "plansite" : "Pagefind"}, all`, xs));
  for (const lang of ["zh", "en"]) { out.push(row(`${name === "ours" ? "plansite" : "Pagefind"}, ${lang}`, xs.filter((s) => s.lang === lang))); }
}
out.push("");
out.push("Queries where either engine's first result is not a judged target (strict rank, page-level rank; - = none in the first 20 pages for Pagefind, or none at all):");
out.push("");
out.push("| lang | query | plansite strict / page | Pagefind strict / page | Pagefind's first |");
out.push("|---|---|---|---|---|");
for (const x of perQuery) {
  if (x.ours.strict !== 1 || x.pagefind.strict !== 1) {
    out.push(`| ${x.lang} | ${x.q} | ${x.ours.strict || "-"} / ${x.ours.page || "-"} | ${x.pagefind.strict || "-"} / ${x.pagefind.page || "-"} | ${x.pfFirst} |`);
  }
}
console.log(out.join("\n"));
