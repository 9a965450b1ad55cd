/* Checks what this browser keeps for the app before Dash reads it. Dash loads the files of assets/ as plain
   scripts before the one that starts it rendering, so this runs before any dcc.Store reads its value.

   A value the app cannot have written (not JSON, nested deeper than anything it writes, too large to send, or of
   the wrong kind) would be sent with every callback that reads it, the server would refuse the request, and that
   part of the page would stay broken until the value was cleared. Such a value is moved, exactly as it was, to
   '<key>-set-aside' ('-set-aside-2', ... when that is taken), so nothing is lost; the app starts afresh without it,
   and the page says so (components/stored_data_note.py shows `note`). What a value holds inside its shape is
   left to the server, which reads anything odd as empty. The keys are the ids of the dcc.Store components kept in
   the browser, read from the page (components/ids.py writes them into it); tests/test_stored_data.py checks that
   this list names every one of them. */
(function () {
  'use strict';

  const IDS = JSON.parse(document.querySelector('script[data-app-ids]').textContent);

  // The app writes at most 4 levels (progress -> items -> item -> card); the server refuses far deeper requests.
  const MAX_DEPTH = 16;
  // Values sent to the server with callbacks leave room within its 1 MiB request limit. The largest the app writes
  // is the study progress, about 200 bytes a card (a point or a muscle, scheduled by FSRS): 60 kB today, 460 kB for
  // 2,000 points and 300 muscles.
  const MAX_SENT_BYTES = 512 * 1024;

  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const isText = (value) => typeof value === 'string';
  const STORES = [
    {key: IDS.STUDY_PROGRESS, storage: 'localStorage', what: 'study progress', fits: isObject,
     maxBytes: MAX_SENT_BYTES},
    // The history is never sent whole (components/guided_self_care.py sends only what it lists), so it may grow
    // as long as the browser lets it.
    {key: IDS.GUIDED_HISTORY, storage: 'localStorage', what: 'self-care sessions', fits: Array.isArray,
     maxBytes: Infinity},
    {key: IDS.THEME_STORE, storage: 'localStorage', what: 'dark mode setting', fits: isText, maxBytes: 1024},
    {key: IDS.HANDOUT_LIST, storage: 'sessionStorage', what: 'handout list', fits: Array.isArray,
     maxBytes: 64 * 1024},
    {key: IDS.GUIDED_RESUME, storage: 'sessionStorage', what: 'place in the self-care session', fits: isObject,
     maxBytes: 4 * 1024},
  ];

  // Whether no array or object lies deeper than `limit` levels (the value itself is level 1). Iterative, so a
  // value nested thousands deep costs a few steps and no stack.
  function withinDepth(value, limit) {
    const pending = [[value, 1]];
    while (pending.length) {
      const [node, depth] = pending.pop();
      if (depth > limit) { return false; }
      for (const child of Array.isArray(node) ? node : Object.values(node)) {
        if (child !== null && typeof child === 'object') { pending.push([child, depth + 1]); }
      }
    }
    return true;
  }

  function sizeInBytes(raw, limit) {
    if (limit === Infinity || raw.length * 3 <= limit) { return raw.length; }  // UTF-8: at most 3 bytes a unit
    return raw.length > limit ? raw.length : new TextEncoder().encode(raw).length;
  }

  // Why a stored value cannot be used as it is, or '' when it can.
  function problem(raw, store) {
    if (sizeInBytes(raw, store.maxBytes) > store.maxBytes) { return 'too large'; }
    let value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return 'not JSON';
    }
    if (value === null) { return ''; }  // Dash reads null as nothing stored
    if (!store.fits(value)) { return 'wrong kind'; }
    if (typeof value === 'object' && !withinDepth(value, MAX_DEPTH)) { return 'nested too deep'; }
    return '';
  }

  // Moves the value to a free '<key>-set-aside' key and removes it (and Dash's timestamp for it). Throws, leaving
  // the value where it was, when the browser has no room for the copy even once the original is gone.
  function setAside(storage, key, raw) {
    let aside = key + '-set-aside';
    for (let n = 2; storage.getItem(aside) !== null; n += 1) { aside = key + '-set-aside-' + n; }
    try {
      storage.setItem(aside, raw);
    } catch (full) {
      storage.removeItem(key);  // frees the room the copy needs
      try {
        storage.setItem(aside, raw);
      } catch (stillFull) {
        storage.setItem(key, raw);
        throw stillFull;
      }
    }
    storage.removeItem(key);
    storage.removeItem(key + '-timestamp');
    return aside;
  }

  function listed(names) {
    return names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
  }

  const setAsideNow = [];
  for (const store of STORES) {
    try {
      const storage = window[store.storage];
      const raw = storage.getItem(store.key);
      const why = raw === null ? '' : problem(raw, store);
      if (why) {
        setAsideNow.push({key: store.key, what: store.what, why: why, aside: setAside(storage, store.key, raw)});
      }
    } catch (error) {
      // Storage switched off or full: the app reads nothing stored, as in a private window.
    }
  }
  const note = setAsideNow.length
    ? 'We could not read your saved ' + listed(setAsideNow.map((s) => s.what)) + ' in this browser. ' +
      'We kept a copy aside and started afresh.'
    : '';
  window.triggerPointStoredData = Object.freeze({setAside: Object.freeze(setAsideNow), note: note});
}());
