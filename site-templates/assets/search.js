/* plansite search: the box in every page's header, and the results page (search.html?q=…).
 *
 * The index of the page's language (assets/search-index-<lang>.js, written by the build's
 * plansite.search.SearchIndexWriter) is a script the results page loads in its head (a script loads
 * from file:// too, where a fetch of JSON is refused); should it be missing, it is loaded here. It holds
 *   docs: [[kind, href, title, context, text(, forms)], …]   every section, table, row, glossary entry,
 *                                                           map, map feature and county page
 *   keys: {key: [first doc, gap, gap, …], …}                 the documents that have each key (a Han key
 *                                                           that one document alone has is left out: that
 *                                                           document is found by its text)
 *
 * Queries are split by the same rules as the index (a line-for-line port of the Java
 * plansite.search.SearchTokenizer and PorterStemmer; test resources search-vectors.json prove
 * both split alike): folded per code point (NFKC, lower case, no accents); Han runs give
 * character pairs; words of a–z are stemmed, stop words dropped.
 *
 * A result has every word of the query (a Han run: all its pairs; a lone Han character: any key
 * containing it; an English word: its stem, any word it begins if it is the last, still being
 * typed, or a word one typo away if it has five letters or more and is not in the index); a long
 * query also finds what lacks a light word. Results come in tiers (a name is the query; a name has
 * it; the names have every word; the text has it; the words are somewhere), then by kind, then by
 * score (see rank); one per target. A glossary entry's forms are synonyms: the query with one of
 * them replaced by another is searched too (see alternatives).
 */
(function () {
  "use strict";

  /* ---------- Tokenizer: keep in step with plansite.search.SearchTokenizer ---------- */

  var STOP_WORDS = {};
  ["a", "an", "and", "any", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "has", "have", "how",
    "in", "is", "it", "its", "many", "much", "of", "on", "or", "s", "t", "that", "the", "their", "there", "this", "to",
    "was", "were", "what", "when", "where", "which", "who", "why", "will", "with"]
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

  /* What the browser's toLowerCase cannot fold alone: neither ASCII nor the common Han block (which folding
     leaves as it is, so a Chinese text goes through the regular expression, not character by character). */
  var NON_ASCII = /[^\x00-\x7f\u4e00-\u9fff]+/g;
  var CONTROL_RUNS = /[\x00-\x20]+/g;

  /* Set by foldRun when a character folds to more or fewer code units than it has (or is outside the BMP,
     where the map of fold(text, true) is not one to one): see foldMapped. */
  var resized = false;

  function foldRun(run) {
    var out = "";
    for (var i = 0; i < run.length;) {
      var code = run.charCodeAt(i);
      var n = code >= 0xd800 && code <= 0xdbff && i + 1 < run.length ? 2 : 1;
      var f = code >= 0x4e00 && code <= 0x9fff ? run.charAt(i) : foldCodePoint(run.substr(i, n));
      if (n === 2 || f.length !== n) { resized = true; }
      out += f;
      i += n;
    }
    return out;
  }

  var SPACES = /[\x00-\x20]{2}/;

  /* fold(text, true), with from and to left out (null) where they would say that each character of the folded
     text is the one at the same place in the text: when no character changes its length and no run of spaces
     is collapsed, which is so of nearly every text of the plan. The snippets of a query's results are made
     from these; folding a long section character by character for each was most of the time of showing them. */
  function foldMapped(text) {
    resized = false;
    var s = text.replace(NON_ASCII, foldRun).toLowerCase();
    if (resized || SPACES.test(s)) { return fold(text, true); }
    return { text: s.replace(CONTROL_RUNS, " "), from: null, to: null };
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

  /* A word of ASCII text, as the loop below finds it: letters and digits, with a point or colon between two
     digits (1:5, 100.00). */
  var ASCII_WORD = /[a-zA-Z0-9]+(?:(?<=[0-9])[.:](?=[0-9])[a-zA-Z0-9]+)*/g;
  var NOT_ASCII = /[^\x00-\x7f]/;

  function runs(s) {
    var out = [];
    if (!NOT_ASCII.test(s)) {
      // ASCII text (English names and snippets) by one regular expression rather than character by character.
      ASCII_WORD.lastIndex = 0;
      for (var w = ASCII_WORD.exec(s); w; w = ASCII_WORD.exec(s)) {
        out.push({ kind: "word", text: w[0], start: w.index });
      }
      return out;
    }
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

  /* The keys of folded text with their spans: [{key, start, end}], as the index was built. With maybe, only the
     words for which maybe(word) holds are stemmed and given (the others are known not to be wanted). */
  function keys(s, maybe) {
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
      } else if (!maybe || maybe(run.text)) {
        var key = wordKey(run.text);
        if (key !== null) { out.push({ key: key, start: run.start, end: run.start + run.text.length }); }
      }
    });
    return out;
  }

  /* ---------- Porter stemmer: keep in step with plansite.search.PorterStemmer ---------- */

  /* One stemmer, as the Java class: the word being stemmed (its letters b, its end k, the end j of the stem a
     rule tests) and the steps' functions are made once, not for each word (a cold first query stems
     thousands of words, the names and snippets of its results; making a dozen functions and two tables of
     rules per word was most of that time). */
  var stem = (function () {
  var b = [];
  var k = 0;
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
  var STEP2 = {
    a: ["ational", "ate", "tional", "tion"], c: ["enci", "ence", "anci", "ance"], e: ["izer", "ize"],
    l: ["bli", "ble", "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous"],
    o: ["ization", "ize", "ation", "ate", "ator", "ate"],
    s: ["alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous"],
    t: ["aliti", "al", "iviti", "ive", "biliti", "ble"], g: ["logi", "log"]
  };
  var STEP3 = {
    e: ["icate", "ic", "ative", "", "alize", "al"], i: ["iciti", "ic"], l: ["ical", "ic", "ful", ""], s: ["ness", ""]
  };
  var NONE = [];

  return function (word) {
    if (word.length <= 2) { return word; }
    b = word.split("");
    k = word.length - 1;
    j = 0;

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
      rules(STEP2[b[k - 1]] || NONE);
    }
    // step 3
    rules(STEP3[b[k]] || NONE);
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
  };
  })();

  /* ---------- The index ---------- */

  function Index(data) {
    this.docs = data.docs;
    this.raw = data.keys;
    this.lists = new Map();
    this.sorted = null;
    this.hanKeys = null;
    this.foldedDocs = [];
    this.scanTexts = [];
    this.synonyms = null;
  }

  /* The documents that have a key, ascending (decoded from gaps on first use). A Han key that the index
     does not list is one that a single document has (the build leaves those lists out: they are most of a
     Chinese index and the least compressible part): that document is found by its folded text. A key made by
     scanKey is every document whose text has the characters. */
  Index.prototype.list = function (key) {
    var list = this.lists.get(key);
    if (list === undefined) {
      if (Object.prototype.hasOwnProperty.call(this.raw, key)) {
        var gaps = this.raw[key];
        list = new Array(gaps.length);
        var d = 0;
        for (var i = 0; i < gaps.length; i++) { d += gaps[i]; list[i] = d; }
      } else if (key.charAt(0) === SCAN) {
        list = this.scan(key.slice(1));
      } else {
        list = ONLY_HAN.test(key) ? this.scan(key) : [];
      }
      this.lists.set(key, list);
    }
    return list;
  };

  var SCAN = "\u0000";
  var ONLY_HAN = /^\p{Script=Han}+$/u;

  function scanKey(chars) { return SCAN + chars; }

  /* Every character that folding turns into Han characters or into nothing (Kangxi radicals ⼀, compatibility
     ideographs 豈, enclosed and squared ideographs ㈠ ㍻ 🈐, combining marks), found by folding every code point
     (SearchIT does it again in the browser). A text without any has a run of Han characters exactly where its
     folded form has it. */
  var FOLDS_AWAY = /[\p{Mn}\u2e80-\u2fdf\u3038-\u303a\u3190-\u319f\u3200-\u33ff\uf900-\ufaff\uff9e\uff9f\u{1f200}-\u{1f2ff}\u{2f800}-\u{2fa1f}]/u;

  /* The documents whose names or text (folded, as the index was built from them) have these Han characters.
     Folding leaves Han characters as they are, so a document without a character that folds into Han or into
     nothing (nearly all) is looked at as it is: folding the whole plan's text was most of a cold query's time. */
  Index.prototype.scan = function (chars) {
    var out = [];
    for (var d = 0; d < this.docs.length; d++) {
      var t = this.scanTexts[d];
      if (t === undefined) {
        var doc = this.docs[d];
        var names = [doc[2]].concat(doc[5] || []).concat([doc[4]]);
        t = names.join("\n");
        if (FOLDS_AWAY.test(t)) { t = names.map(function (x) { return fold(x); }).join("\n"); }
        this.scanTexts[d] = t;
      }
      if (t.indexOf(chars) >= 0) { out.push(d); }
    }
    return out;
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

  /* A document's names (its title, then its other forms) and its text, folded and compact, for the phrase
     tests; and, made when first asked for, the same as key strings (" k1 k2 … ": stems in English), for the
     stemmed phrase test. Kept once made. */
  Index.prototype.folded = function (d) {
    var f = this.foldedDocs[d];
    if (!f) {
      var doc = this.docs[d];
      f = this.foldedDocs[d] = {
        names: [doc[2]].concat(doc[5] || []).map(function (n) { return compact(fold(n)); }),
        text: null, nameKeys: null, textKeys: null
      };
    }
    return f;
  };

  /* A document's text folded and compact (made when first asked for: most matches need only their names). */
  Index.prototype.text = function (d) {
    var f = this.folded(d);
    if (f.text === null) { f.text = compact(fold(this.docs[d][4])); }
    return f.text;
  };

  Index.prototype.nameKeys = function (d) {
    var f = this.folded(d);
    if (!f.nameKeys) { f.nameKeys = f.names.map(keyString); }
    return f.nameKeys;
  };

  Index.prototype.textKeys = function (d) {
    var f = this.folded(d);
    if (f.textKeys === null) { f.textKeys = keyString(this.text(d)); }
    return f.textKeys;
  };

  /* The glossary's entries that go by more than one name, each name with its keys: the synonyms of the
     plan, taken from its data (a term and its variants, a county and its short name), never listed here. */
  Index.prototype.synonymSets = function () {
    if (!this.synonyms) {
      var out = [];
      this.docs.forEach(function (doc) {
        if (doc[0] !== "g" || !doc[5] || !doc[5].length) { return; }
        out.push([doc[2]].concat(doc[5]).map(function (n) {
          var f = compact(fold(n)).replace(/^ | $/g, "");
          return { text: f, keys: keys(f).map(function (k) { return k.key; }).join(" ") };
        }));
      });
      this.synonyms = out;
    }
    return this.synonyms;
  };

  function keyString(s) {
    return " " + keys(s).map(function (k) { return k.key; }).join(" ") + " ";
  }

  /* Folded text without the spaces beside Han characters, which Chinese text puts around numbers at
     will (2025 年, 1:5 万): the exact-phrase test must not depend on them. */
  var SPACE_BY_HAN = / (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu;

  function compact(s) {
    return HAN.test(s) ? s.replace(SPACE_BY_HAN, "") : s;
  }

  function isAsciiWord(ch) { return /[a-z0-9]/.test(ch || ""); }

  /* Whether text has the phrase where it is not part of a longer word or number (CFJ9-1 is not CFJ9-10). */
  function hasPhrase(text, phrase) {
    for (var at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      var before = at === 0 || !isAsciiWord(phrase.charAt(0)) || !isAsciiWord(text.charAt(at - 1));
      var end = at + phrase.length;
      var after = end === text.length || !isAsciiWord(phrase.charAt(phrase.length - 1)) || !isAsciiWord(text.charAt(end));
      if (before && after) { return true; }
    }
    return false;
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

  /* Words of a Chinese question that say nothing about what is asked for (什么是…, …有哪些…):
     taken out of the query before it is split, as the English question words are stop words. */
  var QUESTION_WORDS = /什么是|是什么|有哪些|有什么|哪些|什么|哪里|哪个|如何|怎么样|怎么|怎样|多少|为什么|吗|呢/g;

  /*
   * The query as groups: each group is a list of {key, weight} of which a result must have one.
   * A Han run of two or more characters gives one group per pair; a lone Han character one group of
   * every key that contains it; a word one group of its key and its prefix or typo expansions. Each
   * group knows its run (runs: the query's Han runs and words, for the "every word in the title" test).
   */
  function parse(index, query) {
    var q = fold(query).replace(QUESTION_WORDS, " ").replace(/  +/g, " ").replace(/^ | $/g, "");
    var phrase = compact(q);
    var groups = [];
    var chars = [];
    var found = runs(q);
    var words = [];
    found.forEach(function (run, n) {
      var r = words.length;
      if (run.kind === "han") {
        var ks = keys(run.text);
        words.push({ han: run.text });
        if (ks.length === 1) {
          chars.push(run.text);
          var all = index.keysWithHan().filter(function (k) { return k.indexOf(run.text) >= 0; })
            .map(function (k) { return { key: k, weight: 1, mark: false }; });
          // And the documents whose pairs with it the index leaves out (each the only one that has its pair).
          all.push({ key: scanKey(run.text), weight: 1, mark: false });
          all.run = r;
          groups.push(all);
        } else {
          ks.forEach(function (k) { var g = [{ key: k.key, weight: 1 }]; g.run = r; groups.push(g); });
        }
        return;
      }
      var key = wordKey(run.text);
      if (key === null) { return; }
      var group = [{ key: key, weight: 1 }];
      group.run = r;
      words.push({ group: group });
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
    var stems = keyString(phrase);
    // A quick test before the exact stemmed one (which splits a document's whole text): each stem's first
    // letters (a stem can differ from its word in its last two: county → counti), one after another with
    // only other characters or stop words between.
    var stemList = stems.trim() ? stems.trim().split(" ") : [];
    var near = stemList.length > 1 && !HAN.test(phrase) ? new RegExp(stemList.map(function (k) {
      return k.slice(0, Math.max(2, k.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[a-z0-9]*";
    }).join("[^a-z0-9]+(?:(?:" + Object.keys(STOP_WORDS).join("|") + ")[^a-z0-9]+)*")) : null;
    return { phrase: phrase, typed: q, groups: groups, chars: chars, words: words, stems: stems, near: near };
  }

  /* The query with one of its names replaced by each other name of the same glossary entry: "remediation
     of historic mines" is also "remediation of legacy mine". A name is found by its keys (stems, so any
     form of its words); a Chinese name must be a whole run of the query, or three characters or more in
     it, so that 煤 in 煤矿 is not taken for the coal entry's name. */
  function alternatives(index, q) {
    var qk = keys(q);
    var runsOf = runs(q);
    var out = [];
    index.synonymSets().forEach(function (set) {
      var best = null;
      set.forEach(function (name) {
        if (!name.keys) { return; }
        var span = null;
        if (HAN.test(name.text) && !isAsciiWord(name.text.charAt(0))) {
          runsOf.forEach(function (run) {
            var at = run.kind === "han" ? run.text.indexOf(name.text) : -1;
            if (at >= 0 && (run.text === name.text || Array.from(name.text).length >= 3)) {
              span = [run.start + at, run.start + at + name.text.length];
            }
          });
        } else {
          var want = name.keys.split(" ");
          for (var i = 0; i + want.length <= qk.length && !span; i++) {
            var all = true;
            for (var j = 0; j < want.length && all; j++) { all = qk[i + j].key === want[j]; }
            if (all) { span = [qk[i].start, qk[i + want.length - 1].end]; }
          }
        }
        if (span && (!best || span[1] - span[0] > best.span[1] - best.span[0])) { best = { name: name, span: span }; }
      });
      if (!best) { return; }
      set.forEach(function (name) {
        if (name.keys === best.name.keys) { return; }
        var alt = q.slice(0, best.span[0]) + name.text + q.slice(best.span[1]);
        if (alt !== q && out.indexOf(alt) < 0) { out.push(alt); }
      });
    });
    return out.slice(0, 8);
  }

  /* What kind of thing answers best where two match a query alike: the page about a county, a glossary
     entry and a section of the plan before a table, a table before one of its rows, a row before a map's
     feature (which names what a row or a section says). */
  var PRIOR = { c: 3, g: 3, s: 3, t: 2, r: 1, m: 0 };

  /* Best first: the tier of the match (below), then the kind, then the score; the query as typed before its
     synonyms' forms; then reading order. */
  function order(a, b) {
    return b.tier - a.tier || b.prior - a.prior || b.score - a.score || a.alt - b.alt || a.doc - b.doc;
  }

  /*
   * The documents that match a parsed query, each with its tier:
   *   4  a name of it (its title or another form) is the query
   *   3  a name has the whole query (as typed, or its words' stems in a row)
   *   2  its names have every word of the query
   *   1  its text has the whole query (as typed, or stemmed)
   *   0  it has every word somewhere
   * A long query (three words or more) also finds documents that lack one word in three, below those
   * that have them all (tier 0.5 when their names have the words they do have, else -1); a two-word query
   * those whose names have one word and that lack the other. Within a tier, a word in a name counts three
   * times; a name the query fills more of (a term before a heading that begins with it) comes first.
   */
  function rank(index, parsed, alt) {
    var groups = parsed.groups;
    var total = index.docs.length;
    var matched = new Map();  // doc -> {hits: [score per group], count, keys}
    groups.forEach(function (group, g) {
      group.forEach(function (a) {
        var list = index.list(a.key);
        var idf = Math.log(1 + total / (list.length || 1));
        for (var i = 0; i < list.length; i++) {
          var d = list[i];
          var m = matched.get(d);
          if (!m) { m = { hits: [], keys: {}, names: null }; matched.set(d, m); }
          if (a.mark !== false) { m.keys[a.key] = true; }
          var s = a.weight * idf * (inNames(index, d, a.key) ? 3 : 1);
          if (!(m.hits[g] >= s)) { m.hits[g] = s; }
        }
      });
    });
    var words = parsed.words.length;
    var results = [];
    var anyFull = false;
    matched.forEach(function (m, d) {
      var missing = {};
      var count = 0;
      for (var g = 0; g < groups.length; g++) {
        if (m.hits[g] === undefined) { missing[groups[g].run] = true; } else { count++; }
      }
      var lack = Object.keys(missing).length;
      var score = 0;
      m.hits.forEach(function (s) { if (s) { score += s; } });
      var tier;
      if (!lack) {
        anyFull = true;
        tier = tierOf(index, d, parsed);
      } else {
        // What the missing words weigh, by how rare they are: a common word (the city's name in a question
        // about one of its lists) may be missing where the names have the rare ones.
        var gone = 0;
        var all = 0;
        for (var k = 0; k < groups.length; k++) {
          var w = groups[k].length ? Math.log(1 + total / (index.list(groups[k][0].key).length || total)) : 0;
          all += w;
          if (missing[groups[k].run]) { gone += w; }
        }
        var light = gone <= all / 3;
        var inTitle = wordsInNames(index, d, parsed, missing);
        if (words >= 3 && lack <= Math.floor(words / 3) || words === 2 && lack === 1 && inTitle) {
          tier = inTitle && light ? 0.5 : -1;
        } else {
          return;
        }
      }
      var kind = lack ? "" : index.docs[d][0];  // no prior for what lacks a word: the rarer words decide
      if (tier >= 3) { score += 1000 * fill(index, d, parsed.phrase); }
      if (tier >= 0 && tier <= 1) { score += Math.min(countOf(index.text(d), parsed.phrase), 10) * 2; }
      results.push({ doc: d, tier: tier, prior: PRIOR[kind] || 0, score: score, keys: m.keys, alt: alt });
    });
    if (!anyFull && !results.length) {
      // A long Chinese query whose pairs never all meet: at least half of them.
      var need = Math.max(1, Math.ceil(groups.length / 2));
      matched.forEach(function (m, d) {
        var c = m.hits.filter(function (s) { return s !== undefined; }).length;
        if (c >= need) {
          results.push({ doc: d, tier: -1, prior: PRIOR[index.docs[d][0]] || 0, score: c * 10, keys: m.keys, alt: alt });
        }
      });
    }
    return results;
  }

  /* Whether a key is in a document's names (a Han pair in the folded names, a word's key among theirs). */
  function inNames(index, d, key) {
    if (HAN.test(key)) {
      var names = index.folded(d).names;
      for (var i = 0; i < names.length; i++) { if (names[i].indexOf(key) >= 0) { return true; } }
      return false;
    }
    var nk = index.nameKeys(d);
    for (var j = 0; j < nk.length; j++) { if (nk[j].indexOf(" " + key + " ") >= 0) { return true; } }
    return false;
  }

  /* Whether one of a document's names has every word of the query but those missing. */
  function wordsInNames(index, d, parsed, missing) {
    var names = index.folded(d).names;
    for (var n = 0; n < names.length; n++) {
      var all = true;
      for (var w = 0; w < parsed.words.length && all; w++) {
        if (missing && missing[w]) { continue; }
        var word = parsed.words[w];
        if (word.han) {
          all = names[n].indexOf(word.han) >= 0;
        } else {
          var keysOfName = index.nameKeys(d)[n];
          all = word.group.some(function (a) { return keysOfName.indexOf(" " + a.key + " ") >= 0; });
        }
      }
      if (all) { return true; }
    }
    return false;
  }

  function tierOf(index, d, parsed) {
    var f = index.folded(d);
    var phrase = parsed.phrase;
    var stems = parsed.stems;
    var stemmed = parsed.words.length > 1 && stems.length > 2 && !HAN.test(phrase);
    var nameKeys = index.nameKeys(d);
    for (var i = 0; i < f.names.length; i++) {
      if (f.names[i] === phrase || nameKeys[i] === stems && stems.length > 2) { return 4; }
    }
    for (var j = 0; j < f.names.length; j++) {
      if (hasPhrase(f.names[j], phrase) || stemmed && nameKeys[j].indexOf(stems) >= 0) { return 3; }
    }
    if (wordsInNames(index, d, parsed, null)) { return 2; }
    var text = index.text(d);
    if (hasPhrase(text, phrase)
        || stemmed && (!parsed.near || parsed.near.test(text)) && index.textKeys(d).indexOf(stems) >= 0) { return 1; }
    return 0;
  }

  /* How much of its best name the query fills (1: the name is the query). */
  function fill(index, d, phrase) {
    var best = 0;
    index.folded(d).names.forEach(function (n) {
      if (n.indexOf(phrase) >= 0) { best = Math.max(best, phrase.length / n.length); }
    });
    return best || 0.5;
  }

  /* Results, best first, one per target: [{doc, score, keys}] where keys are the matched keys (for
     highlighting). The query's synonyms (alternatives) are searched too; each document keeps its best. */
  function search(index, query) {
    var parsed = parse(index, query);
    if (!parsed.groups.length) { return { results: [], parsed: parsed }; }
    var best = new Map();
    function keep(r) {
      var o = best.get(r.doc);
      if (!o || order(r, o) < 0) { best.set(r.doc, r); }
    }
    rank(index, parsed, 0).forEach(keep);
    alternatives(index, parsed.typed).forEach(function (q) {
      var p = parse(index, q);
      if (p.groups.length) { rank(index, p, 1).forEach(keep); }
    });
    var results = Array.from(best.values()).sort(order);
    // Results that lead to the same place (the features of one map, say) are one result: the best of them.
    var seen = {};
    results = results.filter(function (r) {
      var href = index.docs[r.doc][1];
      if (seen[href]) { return false; }
      seen[href] = true;
      return true;
    });
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
    var f = foldMapped(text);
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
    if (!f.from) { return spans; }
    return spans.map(function (sp) { return [f.from[sp[0]], f.to[sp[1] - 1]]; });
  }

  function spansIn(s, from, to, matchedKeys, chars) {
    var part = s.slice(from, to);
    var spans = [];
    // A word's stem differs from the word in its last two letters at most (county → counti), so a word that
    // begins with none of the matched stems but their last two letters cannot be one of them: it is not stemmed.
    var heads = Object.keys(matchedKeys).filter(function (k) { return !HAN.test(k); })
      .map(function (k) { return k.slice(0, Math.max(0, k.length - 2)); });
    var maybe = function (word) {
      for (var h = 0; h < heads.length; h++) { if (word.lastIndexOf(heads[h], 0) === 0) { return true; } }
      return false;
    };
    keys(part, maybe).forEach(function (k) {
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
  /* How many results are made at once, before the page is drawn: a screen's worth, even on a tall one. The
     others of the first 20 follow once that frame is drawn (the list says aria-busy until then), so that the
     results in view do not wait for snippets out of view. */
  var FIRST = 8;
  var rendering = 0;

  function result(box, index, found, r, wide) {
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
    return li;
  }

  function render(box, index, found, all) {
    var list = document.getElementById("search-results");
    var wide = box.getAttribute("data-lang") !== "zh";
    var made = ++rendering;
    // The new list is made apart and put in at once: the page changes once per query, not once per result.
    var fresh = document.createDocumentFragment();
    var results = found.results;
    var count = all ? results.length : Math.min(SHOWN, results.length);
    var now = all ? count : Math.min(FIRST, count);
    for (var i = 0; i < now; i++) { fresh.appendChild(result(box, index, found, results[i], wide)); }
    var more = null;
    if (count < results.length) {
      more = document.createElement("li");
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
      fresh.appendChild(more);
    }
    list.textContent = "";
    list.appendChild(fresh);
    if (now === count) {
      list.removeAttribute("aria-busy");
      return;
    }
    list.setAttribute("aria-busy", "true");
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (made !== rendering) { return; }  // a later query's results replaced these
        var rest = document.createDocumentFragment();
        for (var j = now; j < count; j++) { rest.appendChild(result(box, index, found, results[j], wide)); }
        list.insertBefore(rest, more);
        list.removeAttribute("aria-busy");
      }, 0);
    });
  }

  /* ---------- Loading the index ---------- */

  var index = null;
  var waiting = [];

  function withIndex(box, then) {
    var lang = box.getAttribute("data-lang");
    if (!index && window.plansiteSearch && window.plansiteSearch[lang]) {
      // The results page loads the index in its head, before this script runs.
      index = new Index(window.plansiteSearch[lang]);
    }
    if (index) { then(index); return; }
    waiting.push(then);
    if (waiting.length > 1) { return; }
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
    // The address follows the box once the reader pauses (or leaves the box: arrows to a result, a click on
    // one), not at every keystroke: changing it costs the browser more than a query (and Chromium stops
    // obeying a page that changes it hundreds of times in a few seconds).
    var pending = null;
    function address() {
      clearTimeout(pending);
      pending = null;
      try {
        history.replaceState(null, "", input.value ? "?q=" + encodeURIComponent(input.value) : "search.html");
      } catch (e) {
        // Some browsers refuse to change a file:// address; the results show all the same.
      }
    }
    input.addEventListener("input", function () {
      run(input.value);
      clearTimeout(pending);
      pending = setTimeout(address, 300);
    });
    input.addEventListener("blur", function () { if (pending !== null) { address(); } });
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
    fold: fold, keys: keys, stem: stem, foldsAway: FOLDS_AWAY,
    search: function (data, query) { return search(new Index(data), query); },
    // The same with the index kept between queries, as the results page keeps it (for the benchmark).
    searcher: function (data) { var index = new Index(data); return function (query) { return search(index, query); }; }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
