// SPDX-License-Identifier: GPL-3.0-or-later
// The web remote in a real browser: Debian's Chromium, headless, driven by puppeteer-core.
// Starts the simulator (with its own mosquitto) and rotordeck-bridge --web, logs in, sees the
// rotators, taps the compass to turn one (the Target must appear on the broker), presses STOP
// (the stop must appear too), presses STOP on a view-only page too (it may stop, not turn),
// and takes screenshots at phone and desktop sizes.
//
// node remote.test.mjs --sim PATH --bridge PATH --out DIR
// Exit 77 (skipped) only when chromium is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.log('SKIP: chromium is not installed (Debian package "chromium"; installer/setup-debian.sh installs it)');
  process.exit(77);
}
let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  console.error('FAIL: puppeteer-core is missing: run "npm ci" in tests/browser (installer/setup-debian.sh does)');
  process.exit(1);
}
for (const key of ['sim', 'bridge', 'out']) {
  if (!args[key]) {
    console.error(`usage: node remote.test.mjs --sim PATH --bridge PATH --out DIR (missing --${key})`);
    process.exit(2);
  }
}
mkdirSync(args.out, { recursive: true });

const TIMEOUT_MS = 30000;
const children = [];
let browser = null;

function fail(message) {
  throw new Error(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Starts a program and collects its stdout lines; waitFor(pred) resolves with the first line
// (past or future) that matches.
function start(command, argv) {
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines = [];
  const waiters = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.pred(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const stderr = [];
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
  child.on('exit', (code) => {
    for (const w of waiters) w.reject(new Error(`${command} ended (${code}) while waiting: ${stderr.slice(-5).join(' | ')}`));
  });
  const waitFor = (pred, what, timeoutMs = TIMEOUT_MS) => new Promise((resolve, reject) => {
    const seen = lines.find(pred);
    if (seen !== undefined) return resolve(seen);
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; ${command} said: ${lines.slice(-5).join(' | ')} ${stderr.slice(-5).join(' | ')}`)), timeoutMs);
    waiters.push({ pred, resolve: (l) => { clearTimeout(timer); resolve(l); }, reject });
  });
  return { child, lines, waitFor };
}

function stopAll() {
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

async function login(page, url, user, password) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#login:not([hidden])', { timeout: TIMEOUT_MS });
  await page.type('#user', user);
  await page.type('#password', password);
  await page.click('#loginButton');
  await page.waitForFunction(() => document.querySelectorAll('#rotators li.rotator').length === 2, { timeout: TIMEOUT_MS });
}

// Clicks the compass at a bearing, using the page's own geometry (north up, clockwise).
async function tapBearing(page, bearingDeg) {
  const box = await (await page.$('#compass')).boundingBox();
  const size = box.width;
  const r = size / 2 - Math.max(18, size * 0.06);
  const a = ((bearingDeg - 90) * Math.PI) / 180;
  await page.mouse.click(box.x + size / 2 + Math.cos(a) * r * 0.7, box.y + size / 2 + Math.sin(a) * r * 0.7);
}

async function main() {
  const sim = start(args.sim, ['--embedded-broker', '--count', '2', '--range', '450']);
  const brokerLine = await sim.waitFor((l) => l.startsWith('broker '), 'the simulator\'s broker');
  const brokerUrl = brokerLine.slice('broker '.length).trim();
  await sim.waitFor((l) => l === 'ready SIM/02', 'the simulated devices');
  const brokerPort = new URL(brokerUrl).port;

  // Accounts, hashed by the bridge itself.
  const dir = mkdtempSync(join(tmpdir(), 'rotordeck-browser-'));
  const hash = (password) => {
    const run = spawnSync(args.bridge, ['--hash-password'], { input: password + '\n', encoding: 'utf8' });
    if (run.status !== 0) fail(`--hash-password failed: ${run.stderr}`);
    return run.stdout.trim();
  };
  const usersFile = join(dir, 'users');
  writeFileSync(usersFile, `op:control:${hash('op-secret')}\nguest:view:${hash('guest-secret')}\n`);

  const watcher = start('mosquitto_sub', ['-h', '127.0.0.1', '-p', brokerPort, '-v', '-t', 'SIM/+/ROT/Target', '-t', 'SIM/+/ROT/stop']);
  const webPort = await freePort();
  const bridge = start(args.bridge, ['--broker', brokerUrl, '--rotator', 'SIM/01', '--rotator', 'SIM/02', '--park', '180',
    '--web', String(webPort), '--web-users', usersFile]);
  const webLine = await bridge.waitFor((l) => l.startsWith('web '), 'the web remote');
  const url = webLine.slice('web '.length).trim();
  console.log(`web remote at ${url}, broker ${brokerUrl}`);

  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const blocked = [];

  // ---- desktop --------------------------------------------------------------------------
  const desktop = await browser.newPage();
  await desktop.setViewport({ width: 1280, height: 800 });
  desktop.on('request', (request) => {
    if (!request.url().startsWith(url.replace(/\/$/, '')) && !request.url().startsWith('ws')) blocked.push(request.url());
  });
  const consoleErrors = [];
  desktop.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  desktop.on('pageerror', (e) => consoleErrors.push(String(e)));

  // A wrong password is refused.
  await desktop.goto(url, { waitUntil: 'load' });
  await desktop.waitForSelector('#login:not([hidden])', { timeout: TIMEOUT_MS });
  await desktop.type('#user', 'op');
  await desktop.type('#password', 'wrong');
  await desktop.click('#loginButton');
  await desktop.waitForFunction(() => document.querySelector('#loginError').textContent.length > 0, { timeout: TIMEOUT_MS });
  await desktop.screenshot({ path: join(args.out, 'desktop-login-refused.png') });

  await login(desktop, url, 'op', 'op-secret');
  const names = await desktop.$$eval('#rotators li.rotator', (items) => items.map((li) => li.dataset.rotator));
  // The simulator names both devices alike: the page tells them apart by CALL/ID.
  const stopLabels = await desktop.$$eval('#stops button', (buttons) => buttons.map((b) => b.textContent));
  if (stopLabels.join(',') !== 'STOP SIM/01,STOP SIM/02') fail(`stop buttons: ${stopLabels}`);
  if (names.join(',') !== 'SIM/01,SIM/02') fail(`rotators on the page: ${names}`);
  // Wait until the heading of the first rotator is known.
  await desktop.waitForFunction(() => /Heading \d+°/.test(document.querySelector('#rotators li.rotator .numbers').textContent), { timeout: TIMEOUT_MS });

  // Tap east: preview, then Turn (or "Turn the long way" if the range forces it).
  await tapBearing(desktop, 90);
  await desktop.waitForSelector('#preview:not([hidden]) #previewGo:not([hidden])', { timeout: TIMEOUT_MS });
  const previewText = await desktop.$eval('#previewText', (e) => e.textContent);
  if (!/to 9\d°|to 8\d°/.test(previewText)) fail(`preview does not say about 90°: ${previewText}`);
  await desktop.screenshot({ path: join(args.out, 'desktop-preview.png') });
  await desktop.click('#previewGo');
  const target = await watcher.waitFor((l) => l.startsWith('SIM/01/ROT/Target '), 'the Target on the broker');
  console.log(`on the broker: ${target}`);
  await desktop.waitForFunction(() => /Target (8\d|9\d)°/.test(document.querySelector('#rotators li.rotator .numbers').textContent), { timeout: TIMEOUT_MS });
  await desktop.waitForFunction(() => document.querySelector('#rotators li.rotator .state').textContent === 'moving', { timeout: TIMEOUT_MS });
  await desktop.screenshot({ path: join(args.out, 'desktop-turning.png') });

  // STOP in the stop bar, always on screen.
  await desktop.click('#stops button[data-rotator="SIM/01"]');
  const stop = await watcher.waitFor((l) => l.startsWith('SIM/01/ROT/stop'), 'the stop on the broker');
  console.log(`on the broker: ${stop}`);
  await desktop.waitForFunction(() => /op@127\.0\.0\.1: stop/.test(document.querySelector('#events').textContent), { timeout: TIMEOUT_MS });
  await desktop.waitForFunction(() => document.querySelector('#rotators li.rotator .state').textContent === 'stopped', { timeout: TIMEOUT_MS });
  await desktop.screenshot({ path: join(args.out, 'desktop.png') });

  // ---- phone ----------------------------------------------------------------------------
  const phone = await browser.newPage();
  await phone.bringToFront();
  await phone.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await login(phone, url, 'guest', 'guest-secret');
  await phone.screenshot({ path: join(args.out, 'phone.png') });
  const stopAllBox = await (await phone.$('#stopAll')).boundingBox();
  if (!stopAllBox || stopAllBox.y < 0 || stopAllBox.y + stopAllBox.height > 844) fail('Stop All is not on the phone screen');
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
  if (wide > 390) fail(`the phone page is ${wide} px wide (scrolls sideways)`);
  // View only: STOP and Stop All work (a stop from any page always wins); turning does not.
  if (await phone.$eval('#stopAll', (b) => b.disabled)) fail('a view-only page cannot press Stop All');
  if (!(await phone.$eval('#bearingGo', (b) => b.disabled))) fail('a view-only page can turn');
  const parkOrPreset = await phone.$$eval('#rotators .actions button.quiet', (bs) => bs.filter((b) => !b.disabled).length);
  if (parkOrPreset) fail(`a view-only page has ${parkOrPreset} park or preset buttons enabled`);
  await phone.click('#stops button[data-rotator="SIM/02"]');
  const viewerStop = await watcher.waitFor((l) => l.startsWith('SIM/02/ROT/stop'), "the viewer's stop on the broker");
  console.log(`on the broker: ${viewerStop}`);
  await desktop.waitForFunction(() => /guest@127\.0\.0\.1: stop/.test(document.querySelector('#events').textContent), { timeout: TIMEOUT_MS });
  // The desktop's next command shows on the phone at once.
  await desktop.bringToFront();
  await desktop.click('#stopAll');
  await phone.bringToFront();
  await phone.waitForFunction(() => /op@127\.0\.0\.1: stop all/.test(document.querySelector('#events').textContent), { timeout: TIMEOUT_MS });
  await phone.screenshot({ path: join(args.out, 'phone-event.png') });

  if (blocked.length) fail(`the page loaded something from elsewhere: ${blocked.join(', ')}`);
  if (consoleErrors.length) fail(`errors in the page: ${consoleErrors.join(' | ')}`);
  console.log(`PASS: screenshots in ${args.out}`);
}

try {
  await main();
  await browser?.close();
  stopAll();
  process.exit(0);
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  try { await browser?.close(); } catch { /* already gone */ }
  stopAll();
  process.exit(1);
}
