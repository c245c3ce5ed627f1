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

  function start() {
    chooseLanguage();
    followSection();
    chapterFilter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
