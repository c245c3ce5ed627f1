/* plansite: small enhancements; every page works without them. */
(function () {
  "use strict";

  /* The root page: go on to the language the browser asks for, if the site has it. */
  function chooseLanguage() {
    var links = document.querySelectorAll("a[data-root-lang]");
    if (!links.length) { return; }
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).toLowerCase().split("-")[0];
      for (var j = 0; j < links.length; j++) {
        if (links[j].getAttribute("data-root-lang") === primary) {
          window.location.replace(links[j].href);
          return;
        }
      }
    }
  }

  /* The language switch lands on the section being read: section ids are the same in every language. */
  function followSection() {
    var switches = document.querySelectorAll("a[data-lang-switch]");
    if (!switches.length) { return; }
    var bases = [];
    for (var i = 0; i < switches.length; i++) {
      bases.push(switches[i].getAttribute("href").split("#")[0]);
    }
    var headings = document.querySelectorAll("main h2[id], main h3[id], main h4[id], main h5[id], main h6[id], main figure[id]");
    var header = document.querySelector(".site-header");
    function current() {
      // What the reader sees first is just below the sticky header.
      var line = (header ? header.getBoundingClientRect().bottom : 0) + 24;
      // The section the reader arrived at by link, while it is still at the top of the window.
      var hash = window.location.hash.length > 1 ? decodeURIComponent(window.location.hash.slice(1)) : null;
      var target = hash ? document.getElementById(hash) : null;
      if (target) {
        var top = target.getBoundingClientRect().top;
        if (top >= -4 && top <= line) { return hash; }
      }
      // Otherwise the last section whose heading has scrolled past the top.
      var id = null;
      for (var k = 0; k < headings.length; k++) {
        if (headings[k].getBoundingClientRect().top <= line) { id = headings[k].id; } else { break; }
      }
      return id || hash;
    }
    function update() {
      var id = current();
      for (var m = 0; m < switches.length; m++) {
        switches[m].setAttribute("href", bases[m] + (id ? "#" + encodeURIComponent(id) : ""));
      }
    }
    // Worked out when the reader reaches for the switch, not while reading: no cost until then.
    for (var n = 0; n < switches.length; n++) {
      ["pointerdown", "focus", "contextmenu", "mouseenter"].forEach(function (type) {
        switches[n].addEventListener(type, update);
      });
    }
  }

  /* The data catalogue: show the tables of one chapter. Without script, every table shows. */
  function chapterFilter() {
    var select = document.getElementById("chapter-filter");
    if (!select) { return; }
    select.parentNode.hidden = false;
    var rows = document.querySelectorAll("#" + select.getAttribute("data-filter-target") + " tbody tr");
    select.addEventListener("change", function () {
      for (var i = 0; i < rows.length; i++) {
        rows[i].hidden = select.value !== "" && rows[i].getAttribute("data-chapter") !== select.value;
      }
    });
  }

  /* The reader's text size: large, medium (the default) or small, remembered in localStorage. Without
     script, or with storage refused, the page keeps the default size. */
  var SIZE_KEY = "plansite-font-size";
  function storedSize() {
    try { return window.localStorage.getItem(SIZE_KEY); } catch (e) { return null; }
  }
  function applySize(size) {
    if (size === "large" || size === "small") {
      document.documentElement.setAttribute("data-font-size", size);
    } else {
      document.documentElement.removeAttribute("data-font-size");
    }
  }
  applySize(storedSize()); // at once, before the page is laid out for the first time
  function fontSizeSwitch() {
    var groups = document.querySelectorAll("[data-font-size]:not(html)");
    for (var i = 0; i < groups.length; i++) {
      var buttons = groups[i].querySelectorAll("button[data-size]");
      var press = function () {
        var size = document.documentElement.getAttribute("data-font-size") || "medium";
        for (var k = 0; k < buttons.length; k++) {
          buttons[k].setAttribute("aria-pressed", String(buttons[k].getAttribute("data-size") === size));
        }
      };
      for (var j = 0; j < buttons.length; j++) {
        buttons[j].addEventListener("click", function (event) {
          var size = event.currentTarget.getAttribute("data-size");
          applySize(size);
          try { window.localStorage.setItem(SIZE_KEY, size); } catch (e) { /* not remembered, still applied */ }
          press();
          tableCues();
        });
      }
      press();
      groups[i].hidden = false;
    }
  }

  /* Tables wider than their box: show the line that says they scroll, and tell the group headings how
     wide the sticky row labels are, so that a heading stays in view beside them. */
  /* Boxes are measured first and changed after: a change between two measurements made the browser lay the
     whole page out again for the next one, once per table. And a box is measured when it comes near the
     window, not at load: on the one-page edition, whose chapters are laid out only as they are reached
     (content-visibility in site.css), measuring its dozens of tables at once laid out the whole plan. */
  function measureTables(boxes) {
    var cues = [];
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var stick = box.querySelector("thead th.stick");
      cues.push({
        box: box,
        hint: box.parentNode.querySelector(".scroll-hint"),
        wide: box.scrollWidth > box.clientWidth + 1,
        right: stick ? stick.getBoundingClientRect().right - box.getBoundingClientRect().left + box.scrollLeft : null
      });
    }
    for (var j = 0; j < cues.length; j++) {
      if (cues[j].hint) { cues[j].hint.hidden = !cues[j].wide; }
      if (cues[j].right !== null) { cues[j].box.style.setProperty("--stick-right", Math.round(cues[j].right) + "px"); }
    }
  }

  var tablesInView = null; // the boxes near the window, while an IntersectionObserver follows them
  function watchTables() {
    var boxes = document.querySelectorAll(".table-scroll");
    if (!boxes.length) { return; }
    if (!("IntersectionObserver" in window)) { measureTables(boxes); return; }
    tablesInView = [];
    var observer = new IntersectionObserver(function (entries) {
      var coming = [];
      entries.forEach(function (e) {
        var at = tablesInView.indexOf(e.target);
        if (e.isIntersecting) {
          if (at < 0) { tablesInView.push(e.target); }
          coming.push(e.target);
        } else if (at >= 0) {
          tablesInView.splice(at, 1);
        }
      });
      measureTables(coming);
    }, { rootMargin: "50% 0px" });
    for (var i = 0; i < boxes.length; i++) { observer.observe(boxes[i]); }
  }

  /* After a resize or a new text size: the tables in view now; the others as they come into view. */
  function tableCues() {
    measureTables(tablesInView || document.querySelectorAll(".table-scroll"));
  }

  /* Each chart's PNG: drawn here from the chart in the page (rectangles, lines, circles and texts, with their
     colours in the light scheme), with its title above and its source below, twice the drawing's size. No
     image is loaded, so the canvas may be saved from file:// and under default-src 'self'; without script
     there is no PNG button, and the SVG download beside it stays. */
  function chartPng() {
    var places = document.querySelectorAll(".chart-links[data-png-name]");
    for (var i = 0; i < places.length; i++) {
      var svg = places[i].parentNode.querySelector("svg.chart-svg");
      if (!svg || !window.HTMLCanvasElement || !document.createElement("canvas").toBlob) { continue; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "chart-png";
      button.textContent = places[i].getAttribute("data-png-label");
      button.addEventListener("click", savePng.bind(null, places[i], svg));
      places[i].appendChild(document.createTextNode(" "));
      places[i].appendChild(button);
    }
  }

  function number(el, name) { return parseFloat(el.getAttribute(name)) || 0; }

  /* Lines of text no wider than max on the canvas, broken at spaces, or anywhere between CJK characters. */
  function lines(ctx, text, max) {
    var out = [], line = "", parts = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) || [];
    for (var i = 0; i < parts.length; i++) {
      if (line && ctx.measureText(line + parts[i]).width > max) { out.push(line.trim()); line = /^\s+$/.test(parts[i]) ? "" : parts[i]; }
      else { line += parts[i]; }
    }
    if (line.trim()) { out.push(line.trim()); }
    return out;
  }

  function savePng(place, svg) {
    var view = svg.viewBox.baseVal, scale = 2, pad = 8;
    var figure = place.parentNode, caption = figure.querySelector(".chart-caption");
    var title = caption ? caption.textContent.replace(/\s+/g, " ").trim() : "";
    // Below the chart, as in its SVG file: the notes it cites (without their links) and its source.
    var footer = [];
    var notes = figure.querySelectorAll(".chart-notes li");
    for (var n = 0; n < notes.length; n++) {
      var note = notes[n].cloneNode(true), links = note.querySelectorAll("a");
      for (var m = 0; m < links.length; m++) { links[m].remove(); }
      footer.push(note.textContent.replace(/\s+/g, " ").trim());
    }
    footer.push(place.getAttribute("data-png-source") || "");
    svg.classList.add("chart-light"); // the light scheme's colours, whatever the reader's scheme
    var style = getComputedStyle(svg), family = style.fontFamily, ink = style.color;
    var probe = document.createElement("canvas").getContext("2d");
    probe.font = "bold 18px " + family;
    var titleLines = lines(probe, title, view.width - 2 * pad);
    probe.font = "12px " + family;
    var sourceLines = [];
    footer.forEach(function (text) { sourceLines = sourceLines.concat(lines(probe, text, view.width - 2 * pad)); });
    var top = titleLines.length * 24 + 8, height = top + view.height + sourceLines.length * 16 + 8;
    var canvas = document.createElement("canvas");
    canvas.width = Math.ceil(view.width * scale);
    canvas.height = Math.ceil(height * scale);
    var ctx = canvas.getContext("2d");
    ctx.scale(scale, scale);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, view.width, height);
    ctx.fillStyle = ink;
    ctx.font = "bold 18px " + family;
    titleLines.forEach(function (line, k) { ctx.fillText(line, pad, 20 + 24 * k); });
    ctx.translate(-view.x, top - view.y);
    var marks = svg.querySelectorAll("rect, line, circle, text");
    for (var i = 0; i < marks.length; i++) {
      var el = marks[i], s = getComputedStyle(el), tag = el.tagName.toLowerCase();
      if (s.display === "none" || s.visibility === "hidden") { continue; }
      ctx.beginPath();
      if (tag === "text") {
        ctx.font = s.fontStyle + " " + s.fontWeight + " " + s.fontSize + " " + s.fontFamily;
        ctx.textAlign = s.textAnchor === "middle" ? "center" : s.textAnchor === "end" ? "right" : "left";
        ctx.fillStyle = s.fill;
        ctx.fillText(el.textContent, number(el, "x"), number(el, "y"));
        continue;
      }
      if (tag === "rect") { ctx.rect(number(el, "x"), number(el, "y"), number(el, "width"), number(el, "height")); }
      if (tag === "circle") { ctx.arc(number(el, "cx"), number(el, "cy"), number(el, "r"), 0, 2 * Math.PI); }
      if (tag === "line") { ctx.moveTo(number(el, "x1"), number(el, "y1")); ctx.lineTo(number(el, "x2"), number(el, "y2")); }
      if (tag !== "line" && s.fill !== "none") { ctx.fillStyle = s.fill; ctx.fill(); }
      if (s.stroke !== "none" && parseFloat(s.strokeWidth) > 0) {
        ctx.strokeStyle = s.stroke; ctx.lineWidth = parseFloat(s.strokeWidth); ctx.stroke();
      }
    }
    svg.classList.remove("chart-light");
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.textAlign = "left";
    ctx.font = "12px " + family;
    ctx.fillStyle = "#4a5560";
    sourceLines.forEach(function (line, k) { ctx.fillText(line, pad, top + view.height + 12 + 16 * k); });
    canvas.toBlob(function (blob) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = place.getAttribute("data-png-name");
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    }, "image/png");
  }

  function start() {
    chooseLanguage();
    followSection();
    chapterFilter();
    fontSizeSwitch();
    watchTables();
    chartPng();
    var timer = null;
    window.addEventListener("resize", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(tableCues, 150);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
