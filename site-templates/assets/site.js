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
  function tableCues() {
    var boxes = document.querySelectorAll(".table-scroll");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var hint = box.parentNode.querySelector(".scroll-hint");
      if (hint) { hint.hidden = box.scrollWidth <= box.clientWidth + 1; }
      var stick = box.querySelector("thead th.stick");
      if (stick) {
        var right = stick.getBoundingClientRect().right - box.getBoundingClientRect().left + box.scrollLeft;
        box.style.setProperty("--stick-right", Math.round(right) + "px");
      }
    }
  }

  function start() {
    chooseLanguage();
    followSection();
    chapterFilter();
    fontSizeSwitch();
    tableCues();
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
