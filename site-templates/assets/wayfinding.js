/* Way-finding on long pages: a glossary term's definition shown in place, beside the term (the link to the
   glossary works without this script); the glossary's filter box; the section being read marked in the
   contents beside the text. */
(function () {
  'use strict';

  function fold(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '');
  }

  /* Terms: a term link opens its definition as a disclosure right after it (so Tab reaches the link to
     the glossary and the close button next); Escape, the close button, the term again or a click elsewhere
     closes it, and focus goes back to the term. A click with a modifier key still follows the link. */
  function terms() {
    var store = document.querySelector('[data-term-definitions]');
    if (!store) { return; }
    var defs = {};
    store.querySelectorAll('[data-term]').forEach(function (d) { defs[d.getAttribute('data-term')] = d; });
    var open = null;

    function close(focus) {
      if (!open) { return; }
      open.link.setAttribute('aria-expanded', 'false');
      open.pop.parentNode.removeChild(open.pop);
      if (focus) { open.link.focus(); }
      open = null;
    }

    function idOf(link) {
      var href = link.getAttribute('href') || '';
      var i = href.indexOf('#term-');
      return i < 0 ? null : href.slice(i + 6);
    }

    function place(link, pop) {
      var box = link.closest('article') || document.body;
      var a = box.getBoundingClientRect();
      var r = link.getClientRects()[0] || link.getBoundingClientRect();
      var width = Math.min(352, a.width);
      pop.style.width = width + 'px';
      pop.style.left = Math.max(0, Math.min(r.left - a.left, a.width - width)) + 'px';
      pop.style.top = (r.bottom - a.top + 4) + 'px';
    }

    function show(link) {
      var def = defs[idOf(link)];
      var pop = document.createElement('span');
      pop.className = 'term-pop';
      pop.id = 'term-pop';
      pop.setAttribute('role', 'group');
      pop.setAttribute('aria-label', def.querySelector('.term-pop-name').textContent);
      var inner = document.createElement('span');
      inner.className = 'term-pop-body';
      def.childNodes.forEach(function (n) { inner.appendChild(n.cloneNode(true)); });
      pop.appendChild(inner);
      var more = document.createElement('a');
      more.className = 'term-pop-more';
      more.href = link.getAttribute('href');
      more.textContent = store.getAttribute('data-more');
      pop.appendChild(more);
      var x = document.createElement('button');
      x.type = 'button';
      x.className = 'term-pop-close';
      x.setAttribute('aria-label', store.getAttribute('data-close'));
      x.textContent = '×';
      x.addEventListener('click', function () { close(true); });
      pop.appendChild(x);
      link.parentNode.insertBefore(pop, link.nextSibling);
      link.setAttribute('aria-expanded', 'true');
      link.setAttribute('aria-controls', 'term-pop');
      place(link, pop);
      open = { link: link, pop: pop };
    }

    document.querySelectorAll('a.term').forEach(function (link) {
      if (!defs[idOf(link)]) { return; }
      link.setAttribute('aria-expanded', 'false');
      link.addEventListener('click', function (e) {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
        e.preventDefault();
        var again = open && open.link === link;
        close(false);
        if (!again) { show(link); }
      });
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && open) { close(true); }
    });
    document.addEventListener('click', function (e) {
      if (open && !open.pop.contains(e.target) && e.target !== open.link && !open.link.contains(e.target)) {
        close(false);
      }
    });
    window.addEventListener('resize', function () { if (open) { place(open.link, open.pop); } });
  }

  /* The glossary's filter: entries whose term (in either language, or its pinyin, tone marks or not)
     contains what is typed; letters left empty are hidden; the count is announced. */
  function glossary() {
    var form = document.querySelector('[data-glossary-filter]');
    if (!form) { return; }
    var input = form.querySelector('input');
    var status = form.querySelector('[role="status"]');
    var entries = Array.prototype.slice.call(document.querySelectorAll('.glossary .term-entry'));
    var keys = entries.map(function (e) { return fold(e.querySelector('dt').textContent); });
    form.hidden = false;
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    input.addEventListener('input', function () {
      var q = fold(input.value);
      var shown = 0;
      entries.forEach(function (e, i) {
        e.hidden = q !== '' && keys[i].indexOf(q) < 0;
        if (!e.hidden) { shown++; }
      });
      document.querySelectorAll('.glossary-letter').forEach(function (s) {
        s.hidden = !s.querySelector('.term-entry:not([hidden])');
      });
      status.textContent = q === '' ? '' : shown === 0 ? status.getAttribute('data-none')
        : status.getAttribute('data-count').replace('{n}', shown).replace('{total}', entries.length);
    });
  }

  /* The contents beside the text: the section being read is marked (aria-current) as the page scrolls. */
  function contents() {
    var nav = document.querySelector('article.chapter > .toc, article.full-edition > nav.contents');
    if (!nav || !('IntersectionObserver' in window)) { return; }
    var links = {};
    nav.querySelectorAll('a[href^="#"]').forEach(function (a) { links[a.getAttribute('href').slice(1)] = a; });
    var current = null;
    var observer = new IntersectionObserver(function (seen) {
      seen.forEach(function (s) {
        if (s.isIntersecting && links[s.target.id]) {
          if (current) { current.removeAttribute('aria-current'); }
          current = links[s.target.id];
          current.setAttribute('aria-current', 'location');
        }
      });
    }, { rootMargin: '-10% 0px -80% 0px' });
    Object.keys(links).forEach(function (id) {
      var target = document.getElementById(id);
      if (target) { observer.observe(target); }
    });
  }

  function start() {
    terms();
    glossary();
    contents();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
