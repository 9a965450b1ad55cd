/* The details panel and the pain finder's candidate list, drawn from what /_view answers, and the figure's clicks
   (components/view_panels.py explains why). This script decides nothing: it forwards a click where the view says
   clicks go, and draws what the server answered. The view comes from the server (the VIEW store), the ids from the
   page (components/ids.py writes them into it). */
(function () {
  'use strict';

  const IDS = JSON.parse(document.querySelector('script[data-app-ids]').textContent);
  const VIEW_PATH = '/_view';
  const PANELS = {details: IDS.POINT_DETAILS, candidates: IDS.CANDIDATES};
  const graph = () => document.querySelector('#' + IDS.BODY_MAP + ' .js-plotly-plot');

  let clicks = 'none';  // where the figure's clicks go, as the server said with the view: 'view', 'study', 'none'
  let current = '';     // the view the server last said the page shows
  let shown = null;     // the view the panels show
  let pending = null;   // a view drawn here that the server has not yet handed back
  let newest = 0;       // the newest request: answers to older ones are dropped
  let handed = 0;       // counts hand-overs, so the same view handed twice still reaches Dash
  const written = {};   // the HTML last written into each panel

  function ask(body) {
    const ticket = ++newest;
    return fetch(VIEW_PATH, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
      .then((response) => (response.ok ? response.json() : null))
      .then((answer) => (ticket === newest ? answer : null))
      .catch(() => null);
  }

  // The candidate that had the focus keeps it when the list is drawn again (the button is a new element).
  function focusedCandidate() {
    const item = document.activeElement && document.activeElement.closest('li[data-point-id]');
    if (!item || !item.closest('#' + PANELS.candidates)) { return null; }
    const {pointId, side} = item.dataset;
    return `#${PANELS.candidates} li[data-point-id="${CSS.escape(pointId)}"][data-side="${CSS.escape(side)}"] button`;
  }

  function draw(answer, view, withShapes) {
    const refocus = focusedCandidate();
    for (const [part, id] of Object.entries(PANELS)) {
      const panel = document.getElementById(id);
      if (panel && written[part] !== answer[part]) {
        panel.innerHTML = answer[part];
        written[part] = answer[part];
      }
    }
    const again = refocus && document.querySelector(refocus);
    if (again) { again.focus(); }
    if (withShapes && answer.shapes) { drawShapes(answer.shapes); }
    shown = view;
  }

  // Plotly.react with only the changed shapes replaced redraws just those shapes; Plotly.relayout of the same
  // attributes recalculates the whole plot (70-130 ms). Dash's own patch arrives later with the same values.
  function drawShapes(slots) {
    const gd = graph();
    if (!gd || !gd._fullLayout || !gd.layout.shapes) { return; }
    const shapes = gd.layout.shapes.slice();
    for (const [slot, changes] of Object.entries(slots)) { shapes[slot] = Object.assign({}, shapes[slot], changes); }
    window.Plotly.react(gd, gd.data, Object.assign({}, gd.layout, {shapes: shapes}));
  }

  // On a narrow screen the details panel stands below the figure: after a selection (or a choice to make) it is
  // brought into view when hardly any of it shows.
  function reveal() {
    const panel = document.getElementById(PANELS.details);
    if (!panel || !window.matchMedia('(max-width: 900px)').matches) { return; }
    if (panel.getBoundingClientRect().top > window.innerHeight - 80) { panel.scrollIntoView({block: 'start'}); }
  }

  // Draws the view the server answered at once, then hands it to Dash for the URL and everything else.
  function go(body) {
    return ask(body).then((answer) => {
      if (!answer || answer.query === null || answer.query === undefined) { return; }
      draw(answer, answer.query, true);
      reveal();
      pending = answer.query;
      handed += 1;
      window.dash_clientside.set_props(IDS.VIEW_REQUEST, {data: {query: answer.query, at: handed}});
    });
  }

  const currentView = () => (pending !== null ? pending : current);
  window.addEventListener('popstate', () => { pending = null; });  // back or forward: the URL is the view again

  document.addEventListener('click', (event) => {
    const target = event.target.closest && event.target.closest('[data-technique], [data-query]');
    if (!target || !target.closest('#' + PANELS.details + ', #' + PANELS.candidates)) { return; }
    if (target.dataset.technique) {
      handed += 1;
      window.dash_clientside.set_props(IDS.TECHNIQUE_REQUEST, {data: {technique: target.dataset.technique, at: handed}});
      return;
    }
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
    event.preventDefault();  // a link followed within the page, like any other change of view
    go({view: target.dataset.query});
  });

  // The figure's clicks. Heard before Dash's own listener, and no Dash callback listens to the figure's
  // clickData, so the request leaves before any of Dash's bookkeeping.
  function onClick(event) {
    if (clicks === 'study') {
      handed += 1;
      window.dash_clientside.set_props(IDS.STUDY_CLICK, {data: {xvals: event.xvals, yvals: event.yvals, at: handed}});
    } else if (clicks === 'view') {
      const points = (event.points || []).map((p) => ({curveNumber: p.curveNumber, customdata: p.customdata}));
      go({view: currentView(), click: Object.assign({points: points}, clickPlace(event))});
    }
  }

  // Where a click fell in figure units, how many figure units a pixel shows, and whether a finger made it: the
  // server decides from these which X was meant. Plotly gives the place only where the view lets a click land
  // anywhere, so elsewhere it is read from the pointer.
  function clickPlace(event) {
    const gd = graph();
    const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    const scale = Math.abs(xa.range[1] - xa.range[0]) / xa._length;
    const raw = event.event || {};
    const touch = raw.changedTouches && raw.changedTouches[0];
    const coarse = Boolean(touch) || raw.pointerType === 'touch' || window.matchMedia('(pointer: coarse)').matches;
    if (event.xvals && event.yvals) { return {xvals: event.xvals, yvals: event.yvals, scale: scale, coarse: coarse}; }
    const at = touch || raw;
    if (typeof at.clientX !== 'number') { return {scale: scale, coarse: coarse}; }
    const box = gd.getBoundingClientRect();
    return {xvals: [xa.p2l(at.clientX - box.left - xa._offset)], yvals: [ya.p2l(at.clientY - box.top - ya._offset)],
      scale: scale, coarse: coarse};
  }

  function listen() {
    const gd = graph();
    if (!gd || !gd._ev) { window.requestAnimationFrame(listen); return; }
    gd._ev.prependListener('plotly_click', onClick);
  }
  listen();

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.views = {
    follow: function (view) {
      if (!view || typeof view.query !== 'string') { return; }
      clicks = view.clicks;
      current = view.query;
      if (view.query === pending) { pending = null; }
      if (shown === view.query) { return; }
      ask({view: view.query}).then((answer) => { if (answer) { draw(answer, view.query, false); } });
    },
  };
})();
