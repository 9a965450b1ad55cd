/* The details panel and the pain finder's candidate list, drawn from the HTML that /_view answers
   (components/view_panels.py explains why). The ids are those of components/ids.py. */
(function () {
  'use strict';

  const VIEW_PATH = '/_view';
  const PANELS = {details: 'point-details', candidates: 'candidates'};
  const VIEW_REQUEST = 'view-request';
  const TECHNIQUE_REQUEST = 'technique-request';
  const STUDY_CLICK = 'study-click';
  const GRAPH = '#body-map .js-plotly-plot';
  const PAGE = 'page';

  let filters = {};     // the filters' values, as last seen by follow()
  let shown = null;     // the view and filters the panels show
  let pending = null;   // a view drawn here that the URL does not hold yet
  let newest = 0;       // the newest request: answers to older ones are dropped
  let handed = 0;       // counts hand-overs, so the same view handed twice still reaches Dash
  const written = {};   // the HTML last written into each panel

  const key = (view) => (view || '') + '|' + JSON.stringify(filters);

  function ask(body) {
    const ticket = ++newest;
    return fetch(VIEW_PATH, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(Object.assign({filters: filters}, body)),
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer) => (ticket === newest ? answer : null))
      .catch(() => null);
  }

  // The candidate that had the focus keeps it when the list is drawn again (the button is a new element).
  function focusedCandidate() {
    const item = document.activeElement && document.activeElement.closest('#candidates li[data-point-id]');
    if (!item) { return null; }
    const {pointId, side} = item.dataset;
    return `#candidates li[data-point-id="${CSS.escape(pointId)}"][data-side="${CSS.escape(side)}"] button`;
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
    shown = key(view);
  }

  // Plotly.react with only the changed shapes replaced redraws just those shapes; Plotly.relayout of the same
  // attributes recalculates the whole plot (70-130 ms). Dash's own patch arrives later with the same values.
  function drawShapes(slots) {
    const gd = document.querySelector(GRAPH);
    if (!gd || !gd._fullLayout || !gd.layout.shapes) { return; }
    const shapes = gd.layout.shapes.slice();
    for (const [slot, changes] of Object.entries(slots)) { shapes[slot] = Object.assign({}, shapes[slot], changes); }
    window.Plotly.react(gd, gd.data, Object.assign({}, gd.layout, {shapes: shapes}));
  }

  // Draws the view after a click or a link at once, then hands it to Dash for the URL and everything else.
  function go(body) {
    return ask(body).then((answer) => {
      if (!answer || answer.query === null || answer.query === undefined) { return; }
      draw(answer, answer.query, true);
      pending = answer.query;
      handed += 1;
      window.dash_clientside.set_props(VIEW_REQUEST, {data: {query: answer.query, at: handed}});
    });
  }

  const currentView = () => (pending !== null ? pending : window.location.search);
  window.addEventListener('popstate', () => { pending = null; });  // back or forward: the URL is the view again

  document.addEventListener('click', (event) => {
    const target = event.target.closest && event.target.closest('[data-technique], [data-query]');
    if (!target || !target.closest('#' + PANELS.details + ', #' + PANELS.candidates)) { return; }
    if (target.dataset.technique) {
      handed += 1;
      window.dash_clientside.set_props(TECHNIQUE_REQUEST, {data: {technique: target.dataset.technique, at: handed}});
      return;
    }
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
    event.preventDefault();  // a link followed within the page, like any other change of view
    go({view: target.dataset.query});
  });

  // The figure's clicks. Heard before Dash's own listener, and no Dash callback listens to the figure's
  // clickData, so the request leaves before any of Dash's bookkeeping. Study mode gets its clicks as a store.
  function onClick(event) {
    const page = document.getElementById(PAGE);
    const mode = page && /\bmode-([a-z-]+)/.exec(page.className);
    if (mode && mode[1] === 'study') {
      handed += 1;
      window.dash_clientside.set_props(STUDY_CLICK, {data: {xvals: event.xvals, yvals: event.yvals, at: handed}});
    } else if (mode && (mode[1] === 'explore' || mode[1] === 'pain')) {
      const points = (event.points || []).map((p) => ({curveNumber: p.curveNumber, customdata: p.customdata}));
      go({view: currentView(), click: {points: points, xvals: event.xvals, yvals: event.yvals}});
    }
  }

  function listen() {
    const gd = document.querySelector(GRAPH);
    if (!gd || !gd._ev) { window.requestAnimationFrame(listen); return; }
    gd._ev.prependListener('plotly_click', onClick);
  }
  listen();

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.views = {
    follow: function (search, nav, condition, technique, selfCare) {
      filters = {nav: nav, condition: condition, technique: technique, self_care: selfCare};
      if (search === pending) { pending = null; }
      if (shown === key(search)) { return; }
      const view = search || '';
      ask({view: view}).then((answer) => { if (answer) { draw(answer, view, false); } });
    },
  };
})();
