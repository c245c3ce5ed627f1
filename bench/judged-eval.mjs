// Scores the site's own search on the judged queries (generator/src/test/resources/search/judged.yaml) in node,
// with the built site's assets/search.js and indexes: strict MRR (same page and anchor), success at 1 and 3, and
// page-level MRR (same page). A quick loop for tuning; SearchIT computes the same figures in Chromium and gates them.
// Usage: node bench/judged-eval.mjs <built site folder> [--misses]
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(path.resolve("bench/.tools/package.json"));
const yaml = require("js-yaml");
const site = path.resolve(process.argv[2] || "target/site");
const showMisses = process.argv.includes("--misses");

globalThis.window = globalThis;
globalThis.document = { readyState: "complete", querySelector: () => null, getElementById: () => null };
require(path.join(site, "assets/search.js"));
const engine = globalThis.plansiteSearchEngine;
const judged = yaml.load(fs.readFileSync("generator/src/test/resources/search/judged.yaml", "utf8")).queries;

export function score(rankedHrefs, targets) {
  const page = (h) => h.split("#")[0];
  const strict = rankedHrefs.findIndex((h) => targets.includes(h)) + 1;
  const pages = targets.map(page);
  const pageRank = rankedHrefs.findIndex((h) => pages.includes(page(h))) + 1;
  return { strict, pageRank };
}

const rows = {};
for (const lang of ["zh", "en"]) {
  require(path.join(site, `assets/search-index-${lang}.js`));
}
const totals = { all: [], zh: [], en: [] };
for (const j of judged) {
  const data = globalThis.plansiteSearch[j.lang];
  const found = engine.search(data, String(j.q));
  const hrefs = found.results.map((r) => data.docs[r.doc][1]);
  const s = score(hrefs, j.targets);
  totals.all.push(s);
  totals[j.lang].push(s);
  if (showMisses && s.strict !== 1) {
    console.log(`${j.lang} ${j.q}: strict ${s.strict || "-"} page ${s.pageRank || "-"} | ${hrefs.slice(0, 5).map((h, i) => `${i + 1}.${h} ${data.docs[found.results[i].doc][2].slice(0, 24)}`).join(" | ")}`);
  }
}
const rr = (r) => (r ? 1 / r : 0);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
console.log("| queries | n | strict MRR | success@1 | success@3 | page-level MRR |");
console.log("|---|---|---|---|---|---|");
for (const [k, xs] of Object.entries(totals)) {
  console.log(`| ${k} | ${xs.length} | ${mean(xs.map((s) => rr(s.strict))).toFixed(3)} | ${mean(xs.map((s) => (s.strict === 1 ? 1 : 0))).toFixed(3)} | ${mean(xs.map((s) => (s.strict && s.strict <= 3 ? 1 : 0))).toFixed(3)} | ${mean(xs.map((s) => rr(s.pageRank))).toFixed(3)} |`);
}
