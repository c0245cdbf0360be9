// SPDX-License-Identifier: GPL-3.0-or-later
// RotorDeck Remote: the page. Talks protocol v1 (docs/remote.md) over one WebSocket; the server
// plans every turn, this page only shows the plan and asks when the server says so.
'use strict';

(() => {
  // Every text the page shows, in one place.
  const TEXT = {
    connecting: 'Connecting…',
    connected: 'Connected',
    disconnected: 'Disconnected: retrying…',
    loggedInAs: (user, role) => `${user} (${role === 'control' ? 'control' : 'view only'})`,
    wrongLogin: 'Wrong user or password.',
    rateLimited: (s) => `Too many failed logins. Try again in ${s} s.`,
    busy: 'The server is busy. Try again in a moment.',
    sessionExpired: 'Your session has ended. Please log in again.',
    noSession: 'Please log in.',
    tapHint: (label) => `Tap the compass to turn ${label}.`,
    viewOnlyHint: 'View only: you can watch and stop, not turn.',
    noAzimuth: 'Select an azimuth rotator to turn it from the compass.',
    preview: (label, p) => `Turn ${label} to ${p.bearingDeg}°: ${dirText(p)} ${p.travelDeg}°, about ${Math.round(p.estimatedSeconds)} s.`,
    previewNoMove: (label, p) => `${label} is already at ${p.bearingDeg}°.`,
    stopFirst: ' It stops first, then reverses.',
    otherEnd: ' The other end of the antenna points there.',
    longUnwind: (p) => `Long way round: the range forces ${p.travelDeg}° ${dirText(p)} instead of the short way. Turn anyway?`,
    turn: 'Turn',
    turnLongWay: 'Turn the long way',
    cannotTurn: (label, bearing, code) => `${label} cannot turn to ${bearing}°: ${reason(code)}.`,
    refused: (label, code) => `${label}: ${reason(code)}.`,
    stop: 'STOP',
    park: 'Park',
    heading: 'Heading',
    target: 'Target',
    raw: 'raw',
    state: { moving: 'moving', stopped: 'stopped', stale: 'stale', brokerDown: 'broker down', unknown: 'no data' },
    reasons: {
      brokerDown: 'the broker is down', outOfRange: 'out of its range', darkZone: 'that bearing is out of its range (dark zone)',
      invalidValue: 'not a valid bearing', positionUnknown: 'its position is not known yet', superseded: 'another client turned or stopped it',
      forbidden: 'view only', unknownRotator: 'unknown rotator', unknownPreset: 'unknown preset', noParkBearing: 'no park bearing set',
    },
    actions: { turn: 'turn', preset: 'preset', park: 'park', stop: 'stop', stopAll: 'stop all' },
    event: (m, label) => `${m.by}: ${TEXT.actions[m.action] || m.action} ${label}${m.bearingDeg !== undefined ? ' ' + Math.round(m.bearingDeg) + '°' : ''}`,
  };
  const PALETTE = ['#e53935', '#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#00897b', '#6d4c41', '#d81b60'];

  const $ = (id) => document.getElementById(id);
  const dirText = (p) => (p.direction === 'cw' ? 'clockwise' : p.direction === 'ccw' ? 'counter-clockwise' : '');
  const reason = (code) => TEXT.reasons[code] || code;

  let socket = null;
  let retryMs = 1000;
  let token = sessionStorage.getItem('rotordeck.token');
  let role = null;
  let seq = 1;
  const requests = new Map(); // seq -> the request, for the reply's context
  let order = []; // rotator ids in the server's order
  const rotators = new Map();
  let selectedId = null;
  let pendingTurn = null; // {request, plan}: what the preview's button sends

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws');
    setLink(TEXT.connecting, false);
    socket.onopen = () => { retryMs = 1000; };
    socket.onmessage = (e) => {
      let message;
      try { message = JSON.parse(e.data); } catch { return; }
      handle(message);
    };
    socket.onclose = () => {
      setLink(TEXT.disconnected, true);
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10000);
    };
  }

  function send(request) {
    request.seq = seq++;
    requests.set(request.seq, request);
    if (requests.size > 200) requests.delete(requests.keys().next().value);
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(request));
    return request.seq;
  }

  function handle(m) {
    const request = m.seq !== undefined ? requests.get(m.seq) : undefined;
    if (request) requests.delete(m.seq);
    switch (m.type) {
      case 'hello':
        setLink(TEXT.connected, false);
        if (token) send({ type: 'resume', token });
        else showLogin('');
        break;
      case 'session':
        token = m.token;
        role = m.role;
        sessionStorage.setItem('rotordeck.token', token);
        $('who').textContent = TEXT.loggedInAs(m.user, m.role);
        $('login').hidden = true;
        $('logout').hidden = false;
        $('station').hidden = false;
        $('stopBar').hidden = false;
        break;
      case 'snapshot':
        rotators.clear();
        order = [];
        m.rotators.forEach(upsert);
        if (!rotators.has(selectedId)) selectedId = firstAzimuthId();
        render();
        break;
      case 'update':
        m.rotators.forEach(upsert);
        render();
        break;
      case 'removed':
        rotators.delete(m.rotator);
        order = order.filter((id) => id !== m.rotator);
        if (selectedId === m.rotator) selectedId = firstAzimuthId();
        render();
        break;
      case 'preview':
        showPreview(m, request);
        break;
      case 'result':
        if (!m.accepted) note(TEXT.refused(labelOf(m.rotator), m.code));
        break;
      case 'event':
        addEvent(m);
        break;
      case 'loggedOut':
        forget('');
        break;
      case 'error':
        handleError(m, request);
        break;
      default:
        break;
    }
  }

  function handleError(m, request) {
    switch (m.code) {
      case 'sessionExpired':
      case 'noSession':
        forget(TEXT[m.code]);
        break;
      case 'wrongLogin':
      case 'busy':
        showLogin(TEXT[m.code]);
        break;
      case 'rateLimited':
        showLogin(TEXT.rateLimited(Math.ceil((m.retryAfterMs || 0) / 1000)));
        break;
      case 'confirmRequired':
        // A preset or park (or a turn from an old preview) that is a long unwind: ask.
        if (request) showConfirm(Object.assign({}, request, { confirm: true }), m.plan);
        break;
      default:
        note(TEXT.refused(labelOf(m.rotator || (request && request.rotator)), m.code));
        break;
    }
  }

  function forget(why) {
    token = null;
    role = null;
    sessionStorage.removeItem('rotordeck.token');
    showLogin(why);
  }

  function showLogin(why) {
    $('login').hidden = false;
    $('station').hidden = true;
    $('stopBar').hidden = true;
    $('logout').hidden = true;
    $('who').textContent = '';
    $('loginError').textContent = why;
    $('loginButton').disabled = false;
    hidePreview();
  }

  function setLink(text, bad) {
    $('link').textContent = text;
    $('link').classList.toggle('bad', bad);
  }

  function upsert(r) {
    if (!rotators.has(r.id)) order.push(r.id);
    rotators.set(r.id, r);
  }

  function firstAzimuthId() {
    return order.find((id) => !rotators.get(id).elevationMode) || order[0] || null;
  }

  // The user's label; else the device's name while no other rotator has it; else CALL/ID.
  function labelOf(id) {
    const r = rotators.get(id);
    if (!r) return id || '';
    if (r.label) return r.label;
    if (r.name && ![...rotators.values()].some((o) => o.id !== id && (o.label || o.name) === r.name)) return r.name;
    return r.id;
  }

  function colourOf(id) {
    const r = rotators.get(id);
    if (r && /^#[0-9a-fA-F]{6}$/.test(r.colour || '')) return r.colour;
    return PALETTE[Math.max(0, order.indexOf(id)) % PALETTE.length];
  }

  function stateOf(r) {
    if (r.link === 'brokerDown') return 'brokerDown';
    if (r.link === 'stale') return 'stale';
    if (r.link === 'unknown' && r.rawAzimuthDeg === null) return 'unknown';
    return r.moving ? 'moving' : 'stopped';
  }

  const canControl = () => role === 'control';
  // Stop from any client always wins: every logged-in page may stop.
  const canStop = () => role !== null;

  function button(text, className, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (className) b.className = className;
    b.addEventListener('click', onClick);
    return b;
  }

  // ---- list and stop bar ------------------------------------------------------------------

  // Items are built once and then only their texts change: a button under the user's finger
  // must not be replaced by the next update (the tap would be lost; STOP must never be).
  const items = new Map(); // id -> {li, sig, state, numbers}
  let stopsSig = '';

  function render() {
    const list = $('rotators');
    const wanted = [];
    for (const id of order) {
      const r = rotators.get(id);
      const sig = JSON.stringify([labelOf(id), colourOf(id), r.presets, r.parkBearingDeg, role, id === selectedId]);
      let item = items.get(id);
      if (!item || item.sig !== sig) {
        item = rotatorItem(r);
        item.sig = sig;
        items.set(id, item);
      }
      updateItem(item, r);
      wanted.push(item.li);
    }
    for (const id of [...items.keys()]) if (!rotators.has(id)) items.delete(id);
    const same = wanted.length === list.children.length && wanted.every((li, i) => list.children[i] === li);
    if (!same) list.replaceChildren(...wanted);

    const sig = JSON.stringify([order.map(labelOf), role]);
    if (sig !== stopsSig) {
      stopsSig = sig;
      $('stops').replaceChildren(...order.map((id) => {
        const b = button(`${TEXT.stop} ${labelOf(id)}`, 'stop', () => send({ type: 'stop', rotator: id }));
        b.dataset.rotator = id;
        b.disabled = !canStop();
        return b;
      }));
    }
    $('stopAll').disabled = !canStop();
    const selected = rotators.get(selectedId);
    $('hint').textContent = !canControl() ? TEXT.viewOnlyHint
      : selected && !selected.elevationMode ? TEXT.tapHint(labelOf(selectedId)) : TEXT.noAzimuth;
    $('bearingGo').disabled = !canControl() || !selected;
    draw();
  }

  function rotatorItem(r) {
    const li = document.createElement('li');
    li.className = 'rotator' + (r.id === selectedId ? ' selected' : '');
    li.dataset.rotator = r.id;
    const name = document.createElement('button');
    name.type = 'button';
    name.className = 'name';
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.style.background = colourOf(r.id);
    name.append(dot, document.createTextNode(labelOf(r.id)));
    name.addEventListener('click', () => { selectedId = r.id; hidePreview(); render(); });
    const state = document.createElement('span');
    const numbers = document.createElement('div');
    numbers.className = 'numbers';
    const actions = document.createElement('div');
    actions.className = 'actions';
    (r.presets || []).forEach((p, index) => {
      const b = button(`${p.label} ${p.bearingDeg}°`, 'quiet', () => send({ type: 'preset', rotator: r.id, index }));
      b.disabled = !canControl();
      actions.append(b);
    });
    if (r.parkBearingDeg !== null && r.parkBearingDeg !== undefined) {
      const b = button(`${TEXT.park} ${r.parkBearingDeg}°`, 'quiet', () => send({ type: 'park', rotator: r.id }));
      b.disabled = !canControl();
      actions.append(b);
    }
    const stop = button(TEXT.stop, 'stop', () => send({ type: 'stop', rotator: r.id }));
    stop.disabled = !canStop();
    actions.append(stop);
    li.append(name, state, numbers, actions);
    return { li, state, numbers };
  }

  function updateItem(item, r) {
    const s = stateOf(r);
    item.state.className = 'state ' + s;
    item.state.textContent = TEXT.state[s];
    const unit = '°';
    let text = `${TEXT.heading} ${r.bearingDeg === null ? '–' : r.bearingDeg + unit}`;
    if (r.rawAzimuthDeg !== null) text += ` (${TEXT.raw} ${r.rawAzimuthDeg}${unit})`;
    if (r.targetBearingDeg !== null) text += ` · ${TEXT.target} ${r.targetBearingDeg}${unit}`;
    item.numbers.textContent = text;
  }

  // ---- preview and confirmation -----------------------------------------------------------

  function requestPreview(bearingDeg) {
    const r = rotators.get(selectedId);
    if (!r || !canControl() || r.elevationMode) return;
    send({ type: 'preview', rotator: r.id, bearingDeg: Math.round(bearingDeg) % 360 });
  }

  function showPreview(m, request) {
    if (!request) return;
    const label = labelOf(m.rotator);
    if (!m.possible) {
      pendingTurn = null;
      showPanel(TEXT.cannotTurn(label, Math.round(m.bearingDeg), m.code), null, null);
      return;
    }
    const p = m.plan;
    let text = p.travelDeg === 0 ? TEXT.previewNoMove(label, p) : TEXT.preview(label, p);
    if (p.stopFirst) text += TEXT.stopFirst;
    if (p.otherEnd) text += TEXT.otherEnd;
    pendingTurn = { request: { type: 'turn', rotator: m.rotator, bearingDeg: m.bearingDeg, confirm: p.longUnwind }, plan: p };
    showPanel(text, p.longUnwind ? TEXT.longUnwind(p) : null, p.longUnwind ? TEXT.turnLongWay : TEXT.turn);
  }

  function showConfirm(request, plan) {
    pendingTurn = { request, plan };
    showPanel(TEXT.preview(labelOf(request.rotator), plan), TEXT.longUnwind(plan), TEXT.turnLongWay);
  }

  function showPanel(text, warning, goText) {
    $('previewText').textContent = text;
    $('previewWarning').hidden = !warning;
    $('previewWarning').textContent = warning || '';
    $('previewGo').hidden = !goText;
    $('previewGo').textContent = goText || '';
    $('preview').hidden = false;
    draw();
  }

  function hidePreview() {
    pendingTurn = null;
    $('preview').hidden = true;
    draw();
  }

  function note(text) {
    pendingTurn = null;
    showPanel(text, null, null);
  }

  function addEvent(m) {
    const li = document.createElement('li');
    const time = new Date().toLocaleTimeString();
    li.textContent = `${time} ${TEXT.event(m, m.rotator ? labelOf(m.rotator) : '')}`;
    const events = $('events');
    events.prepend(li);
    while (events.children.length > 6) events.lastChild.remove();
  }

  // ---- the compass ------------------------------------------------------------------------
  // Same geometry as the desktop map: north up, bearings clockwise, the rim is radius 1.

  const canvas = $('compass');
  let geometry = { cx: 0, cy: 0, r: 0 };

  function pointAt(bearingDeg, fraction) {
    const a = ((bearingDeg - 90) * Math.PI) / 180;
    return [geometry.cx + Math.cos(a) * geometry.r * fraction, geometry.cy + Math.sin(a) * geometry.r * fraction];
  }

  function bearingAt(x, y) {
    const b = (Math.atan2(x - geometry.cx, -(y - geometry.cy)) * 180) / Math.PI;
    return (b + 360) % 360;
  }

  function arc(g, fromDeg, spanDeg, inner, outer) {
    const a0 = ((fromDeg - 90) * Math.PI) / 180;
    const a1 = ((fromDeg + spanDeg - 90) * Math.PI) / 180;
    g.beginPath();
    g.arc(geometry.cx, geometry.cy, geometry.r * outer, a0, a1);
    g.arc(geometry.cx, geometry.cy, geometry.r * inner, a1, a0, true);
    g.closePath();
  }

  function draw() {
    const size = canvas.clientWidth;
    if (!size) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size * dpr)) {
      canvas.width = Math.round(size * dpr);
      canvas.height = Math.round(size * dpr);
    }
    const g = canvas.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, size, size);
    const style = getComputedStyle(document.documentElement);
    const fg = style.getPropertyValue('--fg').trim();
    const muted = style.getPropertyValue('--muted').trim();
    const line = style.getPropertyValue('--line').trim();
    const card = style.getPropertyValue('--card').trim();
    const accent = style.getPropertyValue('--accent').trim();
    geometry = { cx: size / 2, cy: size / 2, r: size / 2 - Math.max(18, size * 0.06) };
    const { cx, cy, r } = geometry;

    g.fillStyle = card;
    g.beginPath();
    g.arc(cx, cy, r, 0, 2 * Math.PI);
    g.fill();

    // The selected rotator's dark zone and overlap, as on the desktop map.
    const selected = rotators.get(selectedId);
    if (selected && !selected.elevationMode) {
      if (selected.maxRotateDeg < 360) {
        g.fillStyle = 'rgba(128,128,128,0.28)';
        arc(g, selected.startAzimuthDeg + selected.maxRotateDeg, 360 - selected.maxRotateDeg, 0, 1);
        g.fill();
      } else if (selected.maxRotateDeg > 360) {
        g.fillStyle = 'rgba(255,170,0,0.35)';
        arc(g, selected.startAzimuthDeg, selected.maxRotateDeg - 360, 0.94, 1);
        g.fill();
      }
    }

    g.strokeStyle = line;
    g.lineWidth = 1;
    for (const f of [1 / 3, 2 / 3, 1]) {
      g.beginPath();
      g.arc(cx, cy, r * f, 0, 2 * Math.PI);
      g.stroke();
    }
    for (let b = 0; b < 360; b += 10) {
      const [x0, y0] = pointAt(b, b % 30 === 0 ? 0.92 : 0.96);
      const [x1, y1] = pointAt(b, 1);
      g.strokeStyle = b % 90 === 0 ? fg : line;
      g.beginPath();
      g.moveTo(x0, y0);
      g.lineTo(x1, y1);
      g.stroke();
    }
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    const labelRadius = 1 + (size / 2 - r) / r / 2;
    for (let b = 0; b < 360; b += 30) {
      const [x, y] = pointAt(b, labelRadius);
      const cardinal = { 0: 'N', 90: 'E', 180: 'S', 270: 'W' }[b];
      g.fillStyle = cardinal ? fg : muted;
      g.font = `${cardinal ? 'bold ' : ''}${Math.max(10, Math.round(size * 0.032))}px "DejaVu Sans", sans-serif`;
      g.fillText(cardinal || String(b), x, y);
    }

    // Beams, then targets, then headings on top; the selected rotator last.
    const drawn = order.filter((id) => id !== selectedId).concat(selectedId && rotators.has(selectedId) ? [selectedId] : []);
    for (const id of drawn) {
      const rot = rotators.get(id);
      if (rot.elevationMode || rot.bearingDeg === null) continue;
      const colour = colourOf(id);
      const half = Math.max(1, rot.beamWidthDeg / 2);
      g.globalAlpha = id === selectedId ? 0.28 : 0.14;
      g.fillStyle = colour;
      arc(g, rot.bearingDeg - half, 2 * half, 0, 1);
      g.fill();
      if (rot.bidirectional) {
        arc(g, rot.bearingDeg + 180 - half, 2 * half, 0, 1);
        g.fill();
      }
      g.globalAlpha = 1;
    }
    for (const id of drawn) {
      const rot = rotators.get(id);
      if (rot.elevationMode || rot.targetBearingDeg === null) continue;
      const [x, y] = pointAt(rot.targetBearingDeg, 1);
      g.strokeStyle = colourOf(id);
      g.lineWidth = 2;
      g.setLineDash([6, 5]);
      g.beginPath();
      g.moveTo(cx, cy);
      g.lineTo(x, y);
      g.stroke();
      g.setLineDash([]);
      g.fillStyle = colourOf(id);
      g.beginPath();
      g.arc(x, y, 6, 0, 2 * Math.PI);
      g.fill();
    }
    for (const id of drawn) {
      const rot = rotators.get(id);
      if (rot.elevationMode || rot.bearingDeg === null) continue;
      const [x, y] = pointAt(rot.bearingDeg, 0.97);
      g.strokeStyle = colourOf(id);
      g.lineWidth = id === selectedId ? 4 : 2.5;
      g.globalAlpha = rot.link === 'live' ? 1 : 0.45;
      g.beginPath();
      g.moveTo(cx, cy);
      g.lineTo(x, y);
      g.stroke();
      g.globalAlpha = 1;
    }
    if (pendingTurn && pendingTurn.plan) {
      const [x, y] = pointAt(pendingTurn.plan.bearingDeg, 1);
      g.strokeStyle = accent;
      g.lineWidth = 2;
      g.setLineDash([2, 4]);
      g.beginPath();
      g.moveTo(cx, cy);
      g.lineTo(x, y);
      g.stroke();
      g.setLineDash([]);
      g.beginPath();
      g.arc(x, y, 9, 0, 2 * Math.PI);
      g.stroke();
    }
    g.fillStyle = fg;
    g.beginPath();
    g.arc(cx, cy, 3, 0, 2 * Math.PI);
    g.fill();
  }

  canvas.addEventListener('click', (e) => {
    const rect = canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const dx = x - geometry.cx;
    const dy = y - geometry.cy;
    if (Math.hypot(dx, dy) < geometry.r * 0.08) return; // the centre has no bearing
    requestPreview(bearingAt(x, y));
  });

  // ---- controls ---------------------------------------------------------------------------

  $('login').addEventListener('submit', (e) => {
    e.preventDefault();
    $('loginButton').disabled = true;
    $('loginError').textContent = '';
    send({ type: 'login', user: $('user').value, password: $('password').value });
    $('password').value = '';
  });
  $('logout').addEventListener('click', () => send({ type: 'logout' }));
  $('stopAll').addEventListener('click', () => send({ type: 'stopAll' }));
  $('previewGo').addEventListener('click', () => {
    if (pendingTurn) send(Object.assign({}, pendingTurn.request));
    hidePreview();
  });
  $('previewCancel').addEventListener('click', hidePreview);
  $('bearingForm').addEventListener('submit', (e) => {
    e.preventDefault();
    const value = Number($('bearingInput').value);
    if ($('bearingInput').value !== '' && Number.isFinite(value) && value >= 0 && value < 360) requestPreview(value);
  });
  window.addEventListener('resize', draw);

  connect();
})();
