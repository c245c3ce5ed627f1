/* Draws each map of a page with Leaflet from the county boundaries (geo.js) and the map's own data
   tables, so that the map and the tables cannot disagree. Keyboard: each county is a button that opens
   its popup; no scroll trap: the wheel never zooms, and on touch screens dragging starts after a tap. */
(function () {
  'use strict';
  // ColorBrewer YlGnBu, 5 classes: sequential, safe for colour-blind readers; outlines carry the shapes.
  var PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
  var OUTLINE = '#333333';

  function rowsFor(canvas) {
    var id = canvas.getAttribute('data-map');
    var selector = canvas.getAttribute('data-mode') === 'focus' ? 'table.map-data'
      : 'table.map-data[data-map-data="' + id + '"]';
    var rows = [];
    document.querySelectorAll(selector).forEach(function (table) {
      table.querySelectorAll('tbody tr[data-counties]').forEach(function (tr) { rows.push(tr); });
    });
    return rows;
  }

  function countiesOf(tr) {
    return (tr.getAttribute('data-counties') || '').split(' ').filter(Boolean);
  }

  function text(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  /**
   * One popup item per table row: code and name (where the row is the county itself, its table instead,
   * so that the county's name is not said twice), then its other cells, each under its column's header
   * (which carries the column's unit), one a line.
   */
  function rowItem(tr, county, colon) {
    var li = document.createElement('li');
    var name = document.createElement('strong');
    var own = text(tr.querySelector('.map-name'));
    name.textContent = own === county ? text(tr.closest('table').caption)
      : [text(tr.querySelector('.map-code')), own].filter(Boolean).join(' ');
    li.appendChild(name);
    var head = tr.closest('table').tHead.rows[0].cells;
    tr.querySelectorAll('.map-cell').forEach(function (td) {
      if (text(td)) {
        var line = document.createElement('span');
        line.className = 'map-popup-cell';
        line.textContent = text(head[td.cellIndex]) + colon + text(td);
        li.appendChild(line);
      }
    });
    return li;
  }

  // Palette colours for 1 to 5 classes, spread out so that neighbouring classes differ clearly.
  var SPREAD = [[3], [1, 4], [1, 2, 4], [1, 2, 3, 4], [0, 1, 2, 3, 4]];

  /**
   * Up to five classes of the distinct values, each as its lowest and highest value. Where the largest
   * value is ten or more times the smallest above zero, the classes are orders of magnitude (one per
   * power of ten that holds a value; zero a class of its own), so that 3.9 and 54.0 are never one class;
   * otherwise, quantiles of the distinct values. The result says which it is (log).
   */
  function classes(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var distinct = sorted.filter(function (v, i) { return i === 0 || v !== sorted[i - 1]; });
    var positive = distinct.filter(function (v) { return v > 0; });
    var out = [];
    if (positive.length > 1 && positive[positive.length - 1] >= 10 * positive[0]) {
      out.log = true;
      if (distinct[0] <= 0) {
        out.push({ low: distinct[0], high: distinct.filter(function (v) { return v <= 0; }).pop() });
      }
      var decade = null;
      positive.forEach(function (v) {
        var d = Math.floor(Math.log(v) / Math.LN10 + 1e-9);
        if (d !== decade) { out.push({ low: v, high: v }); decade = d; } else { out[out.length - 1].high = v; }
      });
      // More orders of magnitude than colours: the lowest ones share the first class.
      while (out.length > PALETTE.length) { out[1].low = out[0].low; out.shift(); }
      return out;
    }
    var n = Math.min(PALETTE.length, distinct.length);
    var start = 0;
    for (var i = 1; i <= n; i++) {
      var end = Math.ceil(i * distinct.length / n) - 1;
      out.push({ low: distinct[start], high: distinct[end] });
      start = end + 1;
    }
    return out;
  }

  function classOf(value, breaks) {
    var i = 0;
    while (i < breaks.length - 1 && value > breaks[i].high) { i++; }
    return SPREAD[breaks.length - 1][i];
  }

  function inside(ring, x, y) {
    var c = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { c = !c; }
    }
    return c;
  }

  function edgeDistance(ring, x, y) {
    var best = Infinity;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var ax = ring[j][0], ay = ring[j][1], dx = ring[i][0] - ax, dy = ring[i][1] - ay;
      var t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      var ex = ax + t * dx - x, ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
    return best;
  }

  /**
   * Where a county's label goes: the point of a grid over its outline farthest from the outline's edges,
   * so that the label of a district wrapped around another (a suburb around a city's centre) stays on its own.
   */
  function labelPoint(geometry) {
    var ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0][0];
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    ring.forEach(function (p) {
      minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
    });
    var best = null, bestDistance = -1, steps = 24;
    for (var i = 0; i <= steps; i++) {
      for (var j = 0; j <= steps; j++) {
        var x = minX + (maxX - minX) * i / steps, y = minY + (maxY - minY) * j / steps;
        if (inside(ring, x, y)) {
          var d = edgeDistance(ring, x, y);
          if (d > bestDistance) { bestDistance = d; best = [y, x]; }
        }
      }
    }
    return best || [(minY + maxY) / 2, (minX + maxX) / 2];
  }

  /** A label short enough for the small districts: the name without "District" or "County" (the full name is in the popup). */
  function shortName(name) {
    return name.replace(/ (District|County)$/, '');
  }

  function draw(canvas) {
    var geo = window.plansiteGeo;
    if (!geo || !window.L) { return; }
    var L = window.L;
    var lang = canvas.getAttribute('data-lang');
    var mode = canvas.getAttribute('data-mode');
    var focus = canvas.getAttribute('data-focus');
    var t = function (key) { return canvas.getAttribute('data-t-' + key) || ''; };
    var rows = rowsFor(canvas);
    var seat = canvas.getAttribute('data-seat');
    canvas.textContent = '';
    canvas.classList.add('map-live');
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', canvas.getAttribute('data-label'));

    var touch = L.Browser.mobile || L.Browser.touch && !L.Browser.pointer;
    var map = L.map(canvas, { scrollWheelZoom: false, dragging: !touch, tap: false, zoomSnap: 0.25,
      attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(canvas.getAttribute('data-attribution-short'));
    if (canvas.getAttribute('data-review')) {
      map.attributionControl.addAttribution(canvas.getAttribute('data-review'));
    }
    if (touch) {
      map.on('click', function () { map.dragging.enable(); });
    }
    var tileUrl = canvas.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: canvas.getAttribute('data-tile-attribution') || '',
        subdomains: (canvas.getAttribute('data-tile-subdomains') || 'a,b,c').split(','),
        maxZoom: Number(canvas.getAttribute('data-tile-max-zoom')) || 18 }).addTo(map);
    }

    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);

    var measureInput = null;
    var legend = document.querySelector('[data-legend-for="' + canvas.getAttribute('data-map') + '"]');
    var fieldset = document.querySelector('[data-measures-for="' + canvas.getAttribute('data-map') + '"]');
    if (fieldset) {
      fieldset.hidden = false;
      measureInput = function () { return fieldset.querySelector('input:checked').value; };
    }

    function rowsIn(adcode) {
      return rows.filter(function (tr) { return !tr.getAttribute('data-shape') && countiesOf(tr).indexOf(adcode) >= 0; });
    }

    function valueOf(adcode) {
      var key = measureInput();
      var found = null;
      rowsIn(adcode).forEach(function (tr) {
        var td = tr.querySelector('[data-measure="' + key + '"]');
        if (td && td.hasAttribute('data-value')) { found = Number(td.getAttribute('data-value')); }
      });
      return found;
    }

    var breaks = [];
    function restyle(layer) {
      var adcode = layer.feature.properties.adcode;
      var fill = '#ffffff';
      var dash = null;
      if (mode === 'focus') {
        fill = adcode === focus ? PALETTE[3] : '#ffffff';
      } else if (mode === 'index') {
        fill = PALETTE[1];
      } else if (mode === 'measure') {
        var v = valueOf(adcode);
        if (v === null) { dash = '4 3'; } else { fill = PALETTE[classOf(v, breaks)]; }
      } else {
        var n = rowsIn(adcode).length;
        fill = n === 0 ? '#ffffff' : PALETTE[classOf(n, breaks)];
      }
      layer.setStyle({ color: OUTLINE, weight: 1.5, fillColor: fill, fillOpacity: 0.85, dashArray: dash });
    }

    function computeBreaks() {
      var values = [];
      geo.counties.features.forEach(function (f) {
        if (mode === 'measure') {
          var v = valueOf(f.properties.adcode);
          if (v !== null) { values.push(v); }
        } else if (mode === 'count') {
          var n = rowsIn(f.properties.adcode).length;
          if (n > 0) { values.push(n); }
        }
      });
      breaks = classes(values);
    }

    function popupFor(name, adcode, items) {
      var colon = t('colon') || ': ';
      var box = document.createElement('div');
      var h = document.createElement('p');
      var a = document.createElement('a');
      a.href = canvas.getAttribute('data-county-href').replace('{adcode}', adcode);
      a.textContent = name;
      h.appendChild(a);
      box.appendChild(h);
      if (items.length) {
        var ul = document.createElement('ul');
        items.forEach(function (tr) { ul.appendChild(rowItem(tr, name, colon)); });
        box.appendChild(ul);
      } else if (mode !== 'focus') {
        var p = document.createElement('p');
        p.textContent = t('none');
        box.appendChild(p);
      }
      return box;
    }

    // An open popup is panned inside the map (autoPan); if the map itself is partly under the page's sticky
    // header, the page scrolls too, so that the popup and its close button are in view.
    map.on('popupopen', function (e) {
      canvas.classList.add('map-popup-open');
      window.setTimeout(function () {
        var el = e.popup.getElement();
        var header = document.querySelector('.site-header');
        if (!el || !header) { return; }
        var over = el.getBoundingClientRect().top - header.getBoundingClientRect().bottom - 8;
        if (over < 0) { window.scrollBy(0, over); }
      }, 300);
    });

    // Escape closes a popup; focus then goes back to the county it was opened from.
    var openedFrom = null;
    map.on('popupclose', function () {
      canvas.classList.remove('map-popup-open');
      if (openedFrom && (document.activeElement === document.body || !document.activeElement)) {
        openedFrom.focus();
      }
    });

    function makeKeyboardButton(layer, label) {
      var el = layer.getElement();
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', label);
      el.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          openedFrom = el;
          layer.openPopup();
          var link = map.getPane('popupPane').querySelector('a');
          if (link) { link.focus(); }
        }
      });
    }

    // A popup fits inside the map whatever its width (a phone's 360 px): no wider than the map less a
    // margin, panned into view with its close button, its list scrolling within a height the map has.
    function popupOptions() {
      var width = canvas.clientWidth, height = canvas.clientHeight;
      // The popup's content box: the map's width less 12 px either side and the popup's own margins (map.css).
      var room = width - 24 - 46;
      return { maxWidth: Math.max(120, Math.min(360, room)), minWidth: Math.max(60, Math.min(200, room)),
        maxHeight: Math.max(120, height - 96), autoPanPadding: [12, 12], keepInView: true };
    }

    var counties = L.geoJSON(geo.counties);
    map.fitBounds(counties.getBounds(), { padding: [8, 8] });
    // When the map's size changes (a phone turned, a window resized) the whole city is fitted again, unless
    // the reader has moved the map or opened a popup.
    var moved = false;
    map.on('dragstart', function () { moved = true; });
    canvas.addEventListener('click', function (e) {
      if (e.target.closest && e.target.closest('.leaflet-control-zoom')) { moved = true; }
    });
    map.on('resize', function () {
      if (!moved && !canvas.querySelector('.leaflet-popup')) { map.fitBounds(counties.getBounds(), { padding: [8, 8] }); }
    });
    counties.addTo(map);
    outline(L, map, geo.counties);
    computeBreaks();
    counties.eachLayer(function (layer) {
      var p = layer.feature.properties;
      var name = p[lang] || p.zh;
      restyle(layer);
      // The label as text (never markup); the city's seat, where the plan names one, with a star before its name.
      var label = document.createElement('span');
      if (p.adcode === seat) {
        var star = document.createElement('span');
        star.className = 'map-seat-mark';
        star.textContent = '\u2605';
        label.appendChild(star);
      }
      label.appendChild(document.createTextNode(shortName(name)));
      L.tooltip({ permanent: true, direction: 'center', className: 'county-label' + (p.adcode === seat ? ' county-label-seat' : '') })
        .setLatLng(labelPoint(layer.feature.geometry)).setContent(label).addTo(map);
      if (mode === 'index') {
        // The counties' index: each county is a link to its page.
        var href = canvas.getAttribute('data-county-href').replace('{adcode}', p.adcode);
        layer.on('click', function () { window.location.href = href; });
        var el = layer.getElement();
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'link');
        el.setAttribute('aria-label', name);
        el.addEventListener('keydown', function (e) {
          if (e.key === 'Enter') { e.preventDefault(); window.location.href = href; }
        });
        return;
      }
      layer.bindPopup(function () {
        return popupFor(name, p.adcode, mode === 'measure' || mode === 'count' || mode === 'focus'
          ? rowsIn(p.adcode) : []);
      }, popupOptions());
      var n = rowsIn(p.adcode).length;
      makeKeyboardButton(layer, mode === 'count' ? name + ': ' + n + ' ' + t('items') : name);
    });

    // Official shapes of zones or blocks, when data/geo/ has them, drawn over the counties.
    rows.forEach(function (tr) {
      var id = tr.getAttribute('data-shape');
      if (!id || !geo.shapes[id]) { return; }
      var shape = L.geoJSON({ type: 'Feature', properties: {}, geometry: geo.shapes[id] }, {
        style: { color: '#000000', weight: 2, fillColor: PALETTE[4], fillOpacity: 0.5 } }).addTo(map);
      shape.eachLayer(function (layer) {
        var label = text(tr.querySelector('.map-code')) + ' ' + text(tr.querySelector('.map-name'));
        layer.bindPopup(function () {
          var ul = document.createElement('ul');
          ul.appendChild(rowItem(tr, null, t('colon') || ': '));
          return ul;
        }, popupOptions());
        makeKeyboardButton(layer, label);
      });
    });

    function drawLegend() {
      if (!legend || mode === 'focus' || mode === 'index') { return; }
      legend.hidden = false;
      legend.textContent = '';
      var title = document.createElement('p');
      title.className = 'map-legend-title';
      title.textContent = t('legend');
      legend.appendChild(title);
      // What the colours count or measure: the map's tables, or the measure chosen.
      var what = document.createElement('p');
      what.className = 'map-legend-what';
      if (mode === 'count') {
        what.textContent = t('count');
      } else {
        var chosen = fieldset && fieldset.querySelector('input:checked');
        what.textContent = chosen ? text(chosen.parentNode) : '';
      }
      legend.appendChild(what);
      var ul = document.createElement('ul');
      breaks.forEach(function (b, i) {
        var li = document.createElement('li');
        var swatch = document.createElement('span');
        swatch.className = 'map-swatch map-swatch-' + SPREAD[breaks.length - 1][i];
        li.appendChild(swatch);
        li.appendChild(document.createTextNode(b.low === b.high ? String(b.low) : b.low + ' – ' + b.high));
        ul.appendChild(li);
      });
      var empty = document.createElement('li');
      var blank = document.createElement('span');
      blank.className = 'map-swatch ' + (mode === 'measure' ? 'map-swatch-empty' : 'map-swatch-none');
      empty.appendChild(blank);
      empty.appendChild(document.createTextNode(mode === 'measure' ? t('no-value') : t('none')));
      ul.appendChild(empty);
      if (seat) {
        var star = document.createElement('li');
        var mark = document.createElement('span');
        mark.className = 'map-swatch map-swatch-seat map-seat-mark';
        mark.textContent = '\u2605';
        star.appendChild(mark);
        star.appendChild(document.createTextNode(t('seat')));
        ul.appendChild(star);
      }
      legend.appendChild(ul);
      if (breaks.log) {
        var note = document.createElement('p');
        note.className = 'map-legend-note';
        note.textContent = t('log');
        legend.appendChild(note);
      }
    }
    drawLegend();
    if (fieldset) {
      fieldset.addEventListener('change', function () {
        computeBreaks();
        counties.eachLayer(restyle);
        drawLegend();
      });
    }
  }

  /**
   * The city's outer boundary, drawn heavier over the counties: the edges that belong to one county only
   * (neighbouring counties share their vertices, so an inner edge appears twice).
   */
  function outline(L, map, collection) {
    var seen = {};
    var key = function (a, b) { return a[0] + ',' + a[1] + ';' + b[0] + ',' + b[1]; };
    var rings = [];
    collection.features.forEach(function (f) {
      var polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      polygons.forEach(function (polygon) { rings.push(polygon[0]); });
    });
    rings.forEach(function (ring) {
      for (var i = 1; i < ring.length; i++) {
        var k = key(ring[i - 1], ring[i]), back = key(ring[i], ring[i - 1]);
        seen[k] = (seen[k] || 0) + 1;
        seen[back] = (seen[back] || 0) + 1;
      }
    });
    var lines = [];
    rings.forEach(function (ring) {
      var line = null;
      for (var i = 1; i < ring.length; i++) {
        if (seen[key(ring[i - 1], ring[i])] === 1) {
          if (!line) { line = [[ring[i - 1][1], ring[i - 1][0]]]; lines.push(line); }
          line.push([ring[i][1], ring[i][0]]);
        } else {
          line = null;
        }
      }
    });
    L.polyline(lines, { color: '#000000', weight: 3, interactive: false }).addTo(map);
  }

  function start() {
    document.querySelectorAll('.map-canvas[data-map]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
