/* Answers the quiz's map questions ("where does it lie?", "click on the muscle") without a pointer. While the map
   cursor (components/study_quiz.py draws it for a map question) has the focus, a cursor is drawn on the body map;
   the arrow keys move it a finger-width (with Shift a hand-width), V moves it to the same place on the next view, and
   Enter answers with its place, exactly as a click there would (the STUDY_CLICK store). Where it stands (the view and
   the body region under it, from the figure's region outlines) is said in an aria-live note. The cursor is an element
   laid over the figure, never part of it: the figure has one owner (components/body_map.py). The script decides
   nothing: the server grades the place. Ids, steps and the views' extents come from the page. */
(function () {
  'use strict';

  const IDS = JSON.parse(document.querySelector('script[data-app-ids]').textContent);
  const SAY_AFTER_MS = 250;  // a run of key presses is said once, where it ends
  const graph = () => document.querySelector('#' + IDS.BODY_MAP + ' .js-plotly-plot');

  let cursor = null;    // {x, y} in figure units
  let owner = null;     // the map cursor element the cursor belongs to (a new question draws a new one)
  let marker = null;    // the drawn cursor
  let sent = 0;         // counts answers, so the same place answered twice still reaches Dash
  let sayTimer = null;

  const settings = (keys) => ({
    step: Number(keys.dataset.step),
    bigStep: Number(keys.dataset.bigStep),
    regionsTrace: Number(keys.dataset.regionsTrace),
    views: JSON.parse(keys.dataset.views),  // [[name, left, right, centre], ...] in figure units
  });

  const viewAt = (views, x) => views.find((v) => x < v[2]) || views[views.length - 1];

  // The label of the region under (x, y): the figure's region outlines (separated by null) carry them in `meta`.
  function regionAt(gd, trace, x, y) {
    const outlines = gd.data[trace], labels = outlines.meta || [];
    let shape = 0, start = 0;
    for (let i = 0; i <= outlines.x.length; i++) {
      if (i < outlines.x.length && outlines.x[i] !== null) { continue; }
      let inside = false;
      for (let a = start, b = i - 1; a < i; b = a++) {
        const xa = outlines.x[a], ya = outlines.y[a], xb = outlines.x[b], yb = outlines.y[b];
        if ((ya > y) !== (yb > y) && x < (xb - xa) * (y - ya) / (yb - ya) + xa) { inside = !inside; }
      }
      if (inside) { return labels[shape]; }
      shape += 1;
      start = i + 1;
    }
    return null;
  }

  function ranges(gd) {
    const xr = gd._fullLayout.xaxis.range, yr = gd._fullLayout.yaxis.range;
    return {x0: Math.min(...xr), x1: Math.max(...xr), y0: Math.min(...yr), y1: Math.max(...yr)};
  }

  function clamp(gd) {
    const r = ranges(gd);
    cursor.x = Math.min(Math.max(cursor.x, r.x0), r.x1);
    cursor.y = Math.min(Math.max(cursor.y, r.y0), r.y1);
  }

  // The cursor starts in the middle of the view nearest the middle of what the map shows.
  function start(gd, conf) {
    const r = ranges(gd);
    const view = viewAt(conf.views, (r.x0 + r.x1) / 2);
    cursor = {x: view[3], y: (r.y0 + r.y1) / 2};
    clamp(gd);
  }

  function draw() {
    const gd = graph();
    const keys = document.getElementById(IDS.STUDY_KEYS);
    const wrap = gd && gd.closest('.graph-wrap');
    const shown = cursor && keys && document.activeElement === keys && wrap && gd._fullLayout;
    if (!shown) {
      if (marker) { marker.hidden = true; }
      return;
    }
    if (!marker || !marker.isConnected) {
      marker = document.createElement('div');
      marker.className = 'study-cursor';
      marker.setAttribute('aria-hidden', 'true');
      wrap.appendChild(marker);
    }
    const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    const plot = gd.getBoundingClientRect(), frame = wrap.getBoundingClientRect();
    marker.style.left = (plot.left - frame.left + xa._offset + xa.l2p(cursor.x)) + 'px';
    marker.style.top = (plot.top - frame.top + ya._offset + ya.l2p(cursor.y)) + 'px';
    marker.hidden = false;
  }

  function say(keys) {
    window.clearTimeout(sayTimer);
    sayTimer = window.setTimeout(() => {
      const gd = graph(), note = document.getElementById(IDS.STUDY_CURSOR_NOTE);
      if (!gd || !note || !cursor) { return; }
      const conf = settings(keys);
      const view = viewAt(conf.views, cursor.x)[0];
      const region = regionAt(gd, conf.regionsTrace, cursor.x, cursor.y);
      note.textContent = view[0].toUpperCase() + view.slice(1) + ' view: ' + (region || 'off the body');
    }, SAY_AFTER_MS);
  }

  function answer() {
    sent += 1;
    window.dash_clientside.set_props(IDS.STUDY_CLICK, {data: {xvals: [cursor.x], yvals: [cursor.y], keys: sent}});
    const next = document.getElementById(IDS.STUDY_NEXT);
    if (next) { next.focus(); }  // the map cursor goes with the question; the feedback is said aloud
  }

  function onKey(event) {
    const keys = event.target;
    const gd = graph();
    if (!keys || keys.id !== IDS.STUDY_KEYS || !gd || !gd._fullLayout || !cursor) { return; }
    const conf = settings(keys);
    const step = event.shiftKey ? conf.bigStep : conf.step;
    const moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
    if (moves[event.key]) {
      cursor.x += moves[event.key][0];
      cursor.y += moves[event.key][1];
    } else if (event.key === 'v' || event.key === 'V') {
      const here = viewAt(conf.views, cursor.x);
      const next = conf.views[(conf.views.indexOf(here) + 1) % conf.views.length];
      cursor.x = next[3] + (cursor.x - here[3]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      answer();
      return;
    } else {
      return;
    }
    event.preventDefault();  // the arrows would scroll the page
    clamp(gd);
    draw();
    say(keys);
  }

  document.addEventListener('focusin', (event) => {
    const keys = event.target;
    if (!keys || keys.id !== IDS.STUDY_KEYS) { return; }
    const gd = graph();
    if (!gd || !gd._fullLayout) { return; }
    if (owner !== keys || !cursor) {
      owner = keys;
      start(gd, settings(keys));
    }
    draw();
    say(keys);
  });
  document.addEventListener('focusout', () => window.requestAnimationFrame(draw));
  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', () => window.requestAnimationFrame(draw));

  // The figure redraws (a new frame, a resize): the cursor follows its place on the body.
  function listen() {
    const gd = graph();
    if (!gd || !gd.on) { window.requestAnimationFrame(listen); return; }
    gd.on('plotly_afterplot', draw);
    gd.on('plotly_relayout', draw);
  }
  listen();
}());
