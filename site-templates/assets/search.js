/* plansite search: the box in every page's header, and the results page (search.html?q=…).
 *
 * The index of the page's language (assets/search-index-<lang>.js, written by the build's
 * plansite.search.SearchIndexWriter) is loaded by a script element the first time the reader
 * searches (or reaches the box of the results page): a script loads from file:// too, where a
 * fetch of JSON is refused. It holds
 *   docs: [[kind, href, title, context, text], …]   every section, table, table row, glossary entry
 *   keys: {key: [first doc, gap, gap, …], …}        the documents that have each key
 *
 * Queries are split by the same rules as the index (a line-for-line port of the Java
 * plansite.search.SearchTokenizer and PorterStemmer; test resources search-vectors.json prove
 * both split alike): folded per code point (NFKC, lower case, no accents); Han runs give
 * character pairs; words of a–z are stemmed, stop words dropped.
 *
 * A result has every word of the query (a Han run: all its pairs; a lone Han character: any key
 * containing it; an English word: its stem, any word it begins if it is the last, still being
 * typed, or a word one typo away if it has five letters or more and is not in the index).
 * Results with the exact query text in their title, then in their text, come first.
 */
(function () {
  "use strict";

  /* ---------- Tokenizer: keep in step with plansite.search.SearchTokenizer ---------- */

  var STOP_WORDS = {};
  ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of",
    "on", "or", "s", "t", "that", "the", "their", "this", "to", "was", "were", "which", "will", "with"]
    .forEach(function (w) { STOP_WORDS[w] = true; });
  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var MARKS = /\p{Mn}/gu;
  var folded = new Map();

  function foldCodePoint(ch) {
    var f = folded.get(ch);
    if (f === undefined) {
      f = ch.normalize("NFKC").toLowerCase().normalize("NFD").replace(MARKS, "");
      folded.set(ch, f);
    }
    return f;
  }

  /* The folded text; with withMap, also where each of its characters came from in the text. Plain ASCII
     and the common Han block (which folding leaves as they are) take a short way. */
  function fold(text, withMap) {
    if (!withMap) {
      // The same, by the browser's own string functions: only the non-ASCII runs go character by character.
      return text.replace(NON_ASCII, foldRun).toLowerCase().replace(CONTROL_RUNS, " ");
    }
    var out = [];
    var from = withMap ? [] : null;
    var to = withMap ? [] : null;
    var space = false;
    for (var i = 0; i < text.length;) {
      var code = text.charCodeAt(i);
      var n = 1;
      var f;
      if (code < 0x80) {
        f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
      } else if (code >= 0x4e00 && code <= 0x9fff) {
        f = text.charAt(i);
      } else {
        n = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
        f = foldCodePoint(text.substr(i, n));
      }
      for (var c = 0; c < f.length; c++) {
        var ch = f.charAt(c);
        if (ch <= " ") {
          if (space) { continue; }
          ch = " ";
          space = true;
        } else {
          space = false;
        }
        out.push(ch);
        if (withMap) { from.push(i); to.push(i + n); }
      }
      i += n;
    }
    var s = out.join("");
    return withMap ? { text: s, from: from, to: to } : s;
  }

  var NON_ASCII = /[^\x00-\x7f]+/g;
  var CONTROL_RUNS = /[\x00-\x20]+/g;

  function foldRun(run) {
    var out = "";
    for (var i = 0; i < run.length;) {
      var code = run.charCodeAt(i);
      var n = code >= 0xd800 && code <= 0xdbff && i + 1 < run.length ? 2 : 1;
      out += code >= 0x4e00 && code <= 0x9fff ? run.charAt(i) : foldCodePoint(run.substr(i, n));
      i += n;
    }
    return out;
  }

  /* How many code units the Han character at i takes (0: not Han). */
  function hanAt(s, i) {
    var code = s.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) { return 1; }
    if (code < 0x2e80) { return 0; }
    var ch = String.fromCodePoint(s.codePointAt(i));
    return HAN.test(ch) ? ch.length : 0;
  }

  /* How many code units the letter or digit (not Han) at i takes (0: none). */
  function wordAt(s, i) {
    var code = s.charCodeAt(i);
    if (code < 0x80) { return code >= 48 && code <= 57 || code >= 97 && code <= 122 || code >= 65 && code <= 90 ? 1 : 0; }
    var ch = String.fromCodePoint(s.codePointAt(i));
    return WORD.test(ch) && !HAN.test(ch) ? ch.length : 0;
  }

  function isDigit(ch) { return ch >= "0" && ch <= "9"; }

  function runs(s) {
    var out = [];
    var i = 0;
    var n = s.length;
    var start, len;
    while (i < n) {
      if (hanAt(s, i)) {
        start = i;
        while (i < n && (len = hanAt(s, i))) { i += len; }
        out.push({ kind: "han", text: s.slice(start, i), start: start });
      } else if (wordAt(s, i)) {
        start = i;
        while (i < n) {
          len = wordAt(s, i);
          if (len) {
            i += len;
          } else if ((s.charAt(i) === "." || s.charAt(i) === ":") && i + 1 < n && isDigit(s.charAt(i - 1))
              && isDigit(s.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        out.push({ kind: "word", text: s.slice(start, i), start: start });
      } else {
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
      }
    }
    return out;
  }

  var stems = new Map();

  function wordKey(word) {
    if (!/^[a-z]+$/.test(word)) { return word; }
    if (STOP_WORDS[word]) { return null; }
    var k = stems.get(word);
    if (k === undefined) {
      k = stem(word);
      stems.set(word, k);
    }
    return k;
  }

  /* The keys of folded text with their spans: [{key, start, end}], as the index was built. */
  function keys(s) {
    var out = [];
    runs(s).forEach(function (run) {
      if (run.kind === "han") {
        var cps = Array.from(run.text);
        var at = run.start;
        if (cps.length === 1) { out.push({ key: run.text, start: at, end: at + run.text.length }); }
        for (var c = 0; c + 1 < cps.length; c++) {
          var pair = cps[c] + cps[c + 1];
          out.push({ key: pair, start: at, end: at + pair.length });
          at += cps[c].length;
        }
      } else {
        var key = wordKey(run.text);
        if (key !== null) { out.push({ key: key, start: run.start, end: run.start + run.text.length }); }
      }
    });
    return out;
  }

  /* ---------- Porter stemmer: keep in step with plansite.search.PorterStemmer ---------- */

  function stem(word) {
    if (word.length <= 2) { return word; }
    var b = word.split("");
    var k = word.length - 1;
    var j = 0;

    function cons(i) {
      switch (b[i]) {
        case "a": case "e": case "i": case "o": case "u": return false;
        case "y": return i === 0 || !cons(i - 1);
        default: return true;
      }
    }
    /* The number of vowel-consonant sequences in b[0..j]: the m of [C](VC)^m[V]. */
    function m() {
      var n = 0;
      var i = 0;
      while (i <= j && cons(i)) { i++; }
      for (;;) {
        while (i <= j && !cons(i)) { i++; }
        if (i > j) { return n; }
        while (i <= j && cons(i)) { i++; }
        n++;
        if (i > j) { return n; }
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) { if (!cons(i)) { return true; } }
      return false;
    }
    function doubleConsonant(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) { return false; }
      return b[i] !== "w" && b[i] !== "x" && b[i] !== "y";
    }
    function ends(s) {
      var l = s.length;
      var o = k - l + 1;
      if (o < 0) { return false; }
      for (var i = 0; i < l; i++) { if (b[o + i] !== s.charAt(i)) { return false; } }
      j = k - l;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) { b[j + 1 + i] = s.charAt(i); }
      k = j + s.length;
    }
    function r(s) { if (m() > 0) { setTo(s); } }
    /* A suffix rule list: the first suffix that ends the word is replaced (if m() > 0); later ones are not tried. */
    function rules(list) {
      for (var i = 0; i < list.length; i += 2) {
        if (ends(list[i])) { r(list[i + 1]); return; }
      }
    }

    // step 1ab
    if (b[k] === "s") {
      if (ends("sses")) { k -= 2; } else if (ends("ies")) { setTo("i"); } else if (b[k - 1] !== "s") { k--; }
    }
    if (ends("eed")) {
      if (m() > 0) { k--; }
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) { setTo("ate"); } else if (ends("bl")) { setTo("ble"); } else if (ends("iz")) { setTo("ize"); }
      else if (doubleConsonant(k)) {
        k--;
        if (b[k] === "l" || b[k] === "s" || b[k] === "z") { k++; }
      } else if (m() === 1 && cvc(k)) { j = k; setTo("e"); }
    }
    // step 1c
    if (ends("y") && vowelInStem()) { b[k] = "i"; }
    // step 2
    if (k !== 0) {
      rules({
        a: ["ational", "ate", "tional", "tion"], c: ["enci", "ence", "anci", "ance"], e: ["izer", "ize"],
        l: ["bli", "ble", "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous"],
        o: ["ization", "ize", "ation", "ate", "ator", "ate"],
        s: ["alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous"],
        t: ["aliti", "al", "iviti", "ive", "biliti", "ble"], g: ["logi", "log"]
      }[b[k - 1]] || []);
    }
    // step 3
    rules({
      e: ["icate", "ic", "ative", "", "alize", "al"], i: ["iciti", "ic"], l: ["ical", "ic", "ful", ""], s: ["ness", ""]
    }[b[k]] || []);
    // step 4
    if (k !== 0) {
      var found;
      switch (b[k - 1]) {
        case "a": found = ends("al"); break;
        case "c": found = ends("ance") || ends("ence"); break;
        case "e": found = ends("er"); break;
        case "i": found = ends("ic"); break;
        case "l": found = ends("able") || ends("ible"); break;
        case "n": found = ends("ant") || ends("ement") || ends("ment") || ends("ent"); break;
        case "o": found = ends("ion") && j >= 0 && (b[j] === "s" || b[j] === "t") || ends("ou"); break;
        case "s": found = ends("ism"); break;
        case "t": found = ends("ate") || ends("iti"); break;
        case "u": found = ends("ous"); break;
        case "v": found = ends("ive"); break;
        case "z": found = ends("ize"); break;
        default: found = false;
      }
      if (found && m() > 1) { k = j; }
    }
    // step 5
    j = k;
    if (b[k] === "e") {
      var a = m();
      if (a > 1 || a === 1 && !cvc(k - 1)) { k--; }
    }
    if (b[k] === "l" && doubleConsonant(k) && m() > 1) { k--; }
    return b.slice(0, k + 1).join("");
  }

  /* ---------- The index ---------- */

  function Index(data) {
    this.docs = data.docs;
    this.raw = data.keys;
    this.lists = new Map();
    this.sorted = null;
    this.hanKeys = null;
    this.foldedDocs = [];
  }

  /* The documents that have a key, ascending (decoded from gaps on first use). */
  Index.prototype.list = function (key) {
    var list = this.lists.get(key);
    if (list === undefined) {
      var gaps = Object.prototype.hasOwnProperty.call(this.raw, key) ? this.raw[key] : [];
      list = new Array(gaps.length);
      var d = 0;
      for (var i = 0; i < gaps.length; i++) { d += gaps[i]; list[i] = d; }
      this.lists.set(key, list);
    }
    return list;
  };

  Index.prototype.has = function (key) { return Object.prototype.hasOwnProperty.call(this.raw, key); };

  Index.prototype.sortedKeys = function () {
    if (!this.sorted) { this.sorted = Object.keys(this.raw).sort(); }
    return this.sorted;
  };

  /* Keys that begin with a prefix (binary search in the sorted keys). */
  Index.prototype.keysStartingWith = function (prefix) {
    var all = this.sortedKeys();
    var lo = 0;
    var hi = all.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (all[mid] < prefix) { lo = mid + 1; } else { hi = mid; }
    }
    var out = [];
    for (var i = lo; i < all.length && all[i].lastIndexOf(prefix, 0) === 0; i++) { out.push(all[i]); }
    return out;
  };

  Index.prototype.keysWithHan = function () {
    if (!this.hanKeys) { this.hanKeys = this.sortedKeys().filter(function (k) { return HAN.test(k); }); }
    return this.hanKeys;
  };

  /* A document's title and text folded and compact (for the exact-phrase test), kept once made. */
  Index.prototype.folded = function (d) {
    var f = this.foldedDocs[d];
    if (!f) { f = this.foldedDocs[d] = [compact(fold(this.docs[d][2])), compact(fold(this.docs[d][4]))]; }
    return f;
  };

  /* Folded text without the spaces beside Han characters, which Chinese text puts around numbers at
     will (2025 年, 1:5 万): the exact-phrase test must not depend on them. */
  var SPACE_BY_HAN = / (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu;

  function compact(s) {
    return HAN.test(s) ? s.replace(SPACE_BY_HAN, "") : s;
  }

  /* The keys of the words one typo away from a word (a letter missing, extra, wrong, or two swapped):
     the index holds stems, not words, so the word's neighbours are stemmed and looked up. */
  function typoKeys(index, word) {
    var out = [];
    var letters = "abcdefghijklmnopqrstuvwxyz";
    function tryWord(w) {
      var k = wordKey(w);
      if (k !== null && index.has(k) && out.indexOf(k) < 0) { out.push(k); }
    }
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i);
      var tail = word.slice(i);
      if (tail) {
        tryWord(head + tail.slice(1));
        if (tail.length > 1) { tryWord(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2)); }
      }
      for (var c = 0; c < letters.length; c++) {
        tryWord(head + letters.charAt(c) + tail);
        if (tail) { tryWord(head + letters.charAt(c) + tail.slice(1)); }
      }
    }
    return out;
  }

  /*
   * The query as groups: each group is a list of {key, weight} of which a result must have one.
   * A Han run of two or more characters gives one group per pair; a lone Han character one group of
   * every key that contains it; a word one group of its key and its prefix or typo expansions.
   */
  function parse(index, query) {
    var q = fold(query).replace(/^ | $/g, "");
    var phrase = compact(q);
    var groups = [];
    var chars = [];
    var found = runs(q);
    found.forEach(function (run, n) {
      if (run.kind === "han") {
        var ks = keys(run.text);
        if (ks.length === 1) {
          chars.push(run.text);
          groups.push(index.keysWithHan().filter(function (k) { return k.indexOf(run.text) >= 0; })
            .map(function (k) { return { key: k, weight: 1, mark: false }; }));
        } else {
          ks.forEach(function (k) { groups.push([{ key: k.key, weight: 1 }]); });
        }
        return;
      }
      var key = wordKey(run.text);
      if (key === null) { return; }
      var group = [{ key: key, weight: 1 }];
      var seen = {};
      seen[key] = true;
      var add = function (k, weight) {
        if (!seen[k]) { seen[k] = true; group.push({ key: k, weight: weight }); }
      };
      if (n === found.length - 1 && run.start + run.text.length === q.length) {
        // Still being typed: any word it begins.
        index.keysStartingWith(run.text).concat(index.keysStartingWith(key))
          .forEach(function (k) { add(k, 0.8); });
      }
      if (!index.has(key) && /^[a-z]{5,}$/.test(run.text)) {
        typoKeys(index, run.text).forEach(function (k) { add(k, 0.5); });
      }
      groups.push(group);
    });
    return { phrase: phrase, typed: q, groups: groups, chars: chars };
  }

  /* Results, best first: [{doc, score, keys}] where keys are the matched keys (for highlighting). */
  function search(index, query) {
    var parsed = parse(index, query);
    var groups = parsed.groups;
    if (!groups.length) { return { results: [], parsed: parsed }; }
    var total = index.docs.length;
    var matched = new Map();  // doc -> {groups: count, score, keys: {}}
    groups.forEach(function (group, g) {
      var best = new Map();
      group.forEach(function (alt) {
        var list = index.list(alt.key);
        var idf = Math.log(1 + total / (list.length || 1));
        for (var i = 0; i < list.length; i++) {
          var d = list[i];
          var m = matched.get(d);
          if (!m) { m = { groups: 0, score: 0, keys: {} }; matched.set(d, m); }
          if (alt.mark !== false) { m.keys[alt.key] = true; }
          var s = alt.weight * idf;
          if (!best.has(d) || best.get(d) < s) { best.set(d, s); }
        }
      });
      best.forEach(function (s, d) {
        var m = matched.get(d);
        m.groups++;
        m.score += s;
      });
    });
    // Every group, else (a long Chinese query whose pairs never all meet) at least half of them.
    var need = groups.length;
    var any = false;
    matched.forEach(function (m) { if (m.groups === need) { any = true; } });
    if (!any) { need = Math.max(1, Math.ceil(groups.length / 2)); }
    var results = [];
    matched.forEach(function (m, d) {
      if (m.groups < need) { return; }
      var f = index.folded(d);
      var score = m.score + m.groups * 10;
      if (parsed.phrase && f[0].indexOf(parsed.phrase) >= 0) { score += f[0] === parsed.phrase ? 2500 : 2000; }
      var count = countOf(f[1], parsed.phrase);
      if (count) { score += 1000 + Math.min(count, 10) * 5; }
      results.push({ doc: d, score: score, keys: m.keys });
    });
    results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { results: results, parsed: parsed };
  }

  function countOf(text, phrase) {
    if (!phrase) { return 0; }
    var n = 0;
    for (var at = text.indexOf(phrase); at >= 0 && n < 10; at = text.indexOf(phrase, at + phrase.length)) { n++; }
    return n;
  }

  /* ---------- Showing results ---------- */

  /* Spans [start, end) of the original text to mark: matched keys, lone characters of the query. With
     a width, only about that much text around the likely first match is split (a section can be long,
     a snippet is short); where that finds nothing, the whole text is. */
  function marks(text, matchedKeys, chars, phrase, width) {
    var f = fold(text, true);
    var s = f.text;
    var from = 0;
    var to = s.length;
    if (width && s.length > 3 * width) {
      // The query as typed, else the first key or lone character (stems mostly begin their words).
      var at = phrase ? s.indexOf(phrase) : -1;
      Object.keys(matchedKeys).concat(chars).forEach(function (k) {
        var p = at < 0 ? s.indexOf(k) : s.lastIndexOf(k, at);
        if (p >= 0 && (at < 0 || p < at)) { at = p; }
      });
      from = Math.max(0, at - width);
      while (from > 0 && wordAt(s, from - 1)) { from--; }
      to = Math.min(s.length, from + 3 * width);
      while (to < s.length && wordAt(s, to)) { to++; }
    }
    var spans = spansIn(s, from, to, matchedKeys, chars);
    if (!spans.length && (from > 0 || to < s.length)) { spans = spansIn(s, 0, s.length, matchedKeys, chars); }
    return spans.map(function (sp) { return [f.from[sp[0]], f.to[sp[1] - 1]]; });
  }

  function spansIn(s, from, to, matchedKeys, chars) {
    var part = s.slice(from, to);
    var spans = [];
    keys(part).forEach(function (k) {
      if (matchedKeys[k.key]) { spans.push([from + k.start, from + k.end]); }
    });
    chars.forEach(function (ch) {
      for (var at = part.indexOf(ch); at >= 0; at = part.indexOf(ch, at + ch.length)) {
        spans.push([from + at, from + at + ch.length]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    spans.forEach(function (sp) {
      var last = merged[merged.length - 1];
      if (last && sp[0] <= last[1]) { last[1] = Math.max(last[1], sp[1]); } else { merged.push([sp[0], sp[1]]); }
    });
    return merged;
  }

  /* Appends text to an element with the spans in <mark>: text nodes only, never markup from the index. */
  function appendMarked(el, text, spans, from, to) {
    var at = from;
    spans.forEach(function (s) {
      var start = Math.max(s[0], from);
      var end = Math.min(s[1], to);
      if (end <= start) { return; }
      if (start > at) { el.appendChild(document.createTextNode(text.slice(at, start))); }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      el.appendChild(mark);
      at = end;
    });
    if (at < to) { el.appendChild(document.createTextNode(text.slice(at, to))); }
  }

  function snippet(text, spans, wide) {
    var before = wide ? 60 : 30;
    var length = wide ? 240 : 120;
    var start = spans.length ? Math.max(0, spans[0][0] - before) : 0;
    var end = Math.min(text.length, start + length);
    if (end - start < length) { start = Math.max(0, end - length); }
    var p = document.createElement("p");
    p.className = "search-snippet";
    if (start > 0) { p.appendChild(document.createTextNode("…")); }
    appendMarked(p, text, spans, start, end);
    if (end < text.length) { p.appendChild(document.createTextNode("…")); }
    return p;
  }

  var SHOWN = 20;

  function render(box, index, found, all) {
    var list = document.getElementById("search-results");
    var wide = box.getAttribute("data-lang") !== "zh";
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var results = found.results;
    var count = all ? results.length : Math.min(SHOWN, results.length);
    for (var i = 0; i < count; i++) {
      var r = results[i];
      var doc = index.docs[r.doc];
      var li = document.createElement("li");
      li.className = "search-result search-kind-" + doc[0];
      var a = document.createElement("a");
      a.href = doc[1];
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = box.getAttribute("data-kind-" + doc[0]);
      a.appendChild(kind);
      a.appendChild(document.createTextNode(" "));
      var title = document.createElement("span");
      title.className = "search-title";
      appendMarked(title, doc[2], marks(doc[2], r.keys, found.parsed.chars, "", 0), 0, doc[2].length);
      a.appendChild(title);
      li.appendChild(a);
      if (doc[3]) {
        var context = document.createElement("p");
        context.className = "search-context";
        context.textContent = doc[3];
        li.appendChild(context);
      }
      if (doc[4]) {
        var spans = marks(doc[4], r.keys, found.parsed.chars, found.parsed.typed, wide ? 240 : 120);
        li.appendChild(snippet(doc[4], spans, wide));
      }
      list.appendChild(li);
    }
    if (count < results.length) {
      var more = document.createElement("li");
      more.className = "search-more";
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = box.getAttribute("data-msg-more").replace("{n}", results.length);
      button.addEventListener("click", function () {
        render(box, index, found, true);
        var items = list.querySelectorAll(".search-result a");
        if (items[count]) { items[count].focus(); }
      });
      more.appendChild(button);
      list.appendChild(more);
    }
  }

  /* ---------- Loading the index ---------- */

  var index = null;
  var waiting = [];

  function withIndex(box, then) {
    if (index) { then(index); return; }
    waiting.push(then);
    if (waiting.length > 1) { return; }
    var lang = box.getAttribute("data-lang");
    var script = document.createElement("script");
    var started = performance.now();
    script.src = box.getAttribute("data-index");
    script.onload = function () {
      index = new Index(window.plansiteSearch[lang]);
      performance.measure("plansite-search-load", { start: started });
      var pending = waiting;
      waiting = [];
      pending.forEach(function (f) { f(index); });
    };
    document.head.appendChild(script);
  }

  /* ---------- The page ---------- */

  function setStatus(box, key, values) {
    var text = box.getAttribute("data-msg-" + key);
    Object.keys(values || {}).forEach(function (k) { text = text.replace("{" + k + "}", values[k]); });
    var status = document.getElementById("search-status");
    if (status.textContent !== text) { status.textContent = text; }
  }

  function resultsPage(box, input) {
    var latest = null;
    function run(query) {
      latest = query;
      var started = performance.now();
      var loaded = index !== null;
      if (!query.trim()) {
        render(box, index || { docs: [] }, { results: [] }, false);
        setStatus(box, "empty");
        return;
      }
      if (!loaded) { setStatus(box, "loading"); }
      withIndex(box, function (idx) {
        if (query !== latest) { return; }
        var found = search(idx, query);
        render(box, idx, found, false);
        if (found.results.length) {
          setStatus(box, "results", { n: found.results.length });
        } else {
          setStatus(box, found.parsed.groups.length ? "none" : "empty", { q: query.trim() });
        }
        // For bench/search-bench.mjs: how long a query took, including the index load on the first.
        performance.measure(loaded ? "plansite-search" : "plansite-search-first", { start: started });
      });
    }
    // A reader who reaches the box is about to search: the index starts loading while they type.
    input.addEventListener("focus", function () { withIndex(box, function () {}); });
    input.addEventListener("input", function () {
      run(input.value);
      try {
        history.replaceState(null, "", input.value ? "?q=" + encodeURIComponent(input.value) : "search.html");
      } catch (e) {
        // Some browsers refuse to change a file:// address; the results show all the same.
      }
    });
    input.form.addEventListener("submit", function (e) {
      e.preventDefault();
      run(input.value);
    });
    var q = new URLSearchParams(window.location.search).get("q") || "";
    input.value = q;
    if (q) { run(q); } else { setStatus(box, "empty"); }
  }

  /* Keyboard: / reaches the box; arrows move between the box and the results; Enter opens (a link). */
  function keyboard(input) {
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
        return;
      }
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") { return; }
      var links = Array.prototype.slice.call(document.querySelectorAll("#search-results .search-result a"));
      if (!links.length) { return; }
      var at = links.indexOf(document.activeElement);
      if (t === input && e.key === "ArrowDown") {
        links[0].focus();
      } else if (at >= 0) {
        if (e.key === "ArrowDown" && at + 1 < links.length) { links[at + 1].focus(); }
        if (e.key === "ArrowUp") { (at > 0 ? links[at - 1] : input).focus(); }
      } else {
        return;
      }
      e.preventDefault();
    });
  }

  function start() {
    var form = document.querySelector("form[data-search-form]");
    if (!form) { return; }
    form.hidden = false;
    var input = form.querySelector("[data-search-input]");
    keyboard(input);
    var box = document.getElementById("search");
    if (box) { resultsPage(box, input); }
  }

  // For the tests (which prove that this file splits text as the Java tokenizer does) and the benchmark.
  window.plansiteSearchEngine = {
    fold: fold, keys: keys, stem: stem,
    search: function (data, query) { return search(new Index(data), query); }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
