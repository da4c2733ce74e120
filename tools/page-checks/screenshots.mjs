// Takes the screenshots in docs/screenshots/ from a running Peace Directory (it starts nothing itself).
//
//   BASE_URL=http://localhost:8080 \
//   DIRECTORY_ADMIN_EMAIL=... DIRECTORY_ADMIN_PASSWORD=... \
//   node screenshots.mjs [output folder, default ../../docs/screenshots]
//
// Public pages are taken at a phone's 390×844 (as a mobile device) and a desktop's 1280×900, each in the
// language its name says (chosen as a reader does, with the language switch's `lang` cookie). With a
// moderator's email and password in the environment (the first admin's, as the app was started with), it
// also suggests an edit of the reference profile (a new phone number) through the real form, takes the
// moderators' review of it, rejects it, and takes the moderation log. That changes data: run it against a
// scratch instance (its own data directory), never a live one. The form refuses answers sent faster than
// directory.submissions.minimum-fill-time (3 s by default), so the script waits that long before sending;
// directory.submissions.per-ip-per-hour (5) limits it to five runs an hour against one instance.
//
// Chromium: CHROME_PATH, else the first of chromium, chromium-browser, google-chrome on the PATH.
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const out = resolve(process.argv[2] ?? join(here, '..', '..', 'docs', 'screenshots'));
const email = process.env.DIRECTORY_ADMIN_EMAIL;
const password = process.env.DIRECTORY_ADMIN_PASSWORD;
const fillTime = Number(process.env.FILL_TIME_MS ?? 3500);

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 900, deviceScaleFactor: 1 };

/** name, address, language: saved as name-language-phone.png and name-language-desktop.png. */
const PAGES = [
  ['home', '/', 'en'],
  ['search', '/organisations?q=paix', 'en'],
  ['search', '/organisations?q=paix', 'fr'],
  ['list', '/organisations', 'fr'],
  ['profile', '/organisations/conascipal', 'en'],
  ['profile', '/organisations/conascipal', 'fr'],
  ['country', '/countries/ml', 'en'],
  ['network', '/networks/iansa', 'en'],
  ['network', '/networks/iansa', 'fr'],
];

/** The maps alone (below the fold in the pages' pictures), at desktop width: name, address, element. */
const MAPS = [
  ['map-countries-en', '/countries', 'figure.map'],
  ['map-country-ml-en', '/countries/ml', '.map-place'],
];

function chromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      if (existsSync(join(folder, name))) return join(folder, name);
    }
  }
  throw new Error('No Chromium found: set CHROME_PATH');
}

async function open(page, path, language) {
  await page.setCookie({ name: 'lang', value: language, url: base });
  const response = await page.goto(base + path, { waitUntil: 'load' });
  if (!response || response.status() >= 400) {
    throw new Error(`${path}: HTTP ${response ? response.status() : 'no response'}`);
  }
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(page, file) {
  await page.screenshot({ path: join(out, file) });
  console.log(`saved ${file}`);
}

/** The page at phone then desktop size; scrollTo, a selector, is brought into view (moderator tables). */
async function both(page, name, path, language, scrollTo) {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewport(viewport);
    await open(page, path, language);
    if (scrollTo) {
      // The whole element in view with as much of the page above it as fits; its top if it is taller.
      await page.$eval(scrollTo, (element) => {
        const box = element.getBoundingClientRect();
        const top = box.height + 16 > window.innerHeight ? box.top : box.bottom + 16 - window.innerHeight;
        window.scrollTo(0, Math.max(0, window.scrollY + top));
      });
    }
    await shoot(page, `${name}-${language}-${size}.png`);
  }
}

async function submitAndWait(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

async function type(page, id, text) {
  await page.$eval(`#${id}`, (field) => { field.value = ''; });
  await page.type(`#${id}`, text);
}

/** Suggests a new phone number for the reference profile as a reader would; returns the review's address. */
async function suggestAnEdit(page) {
  await page.setViewport(DESKTOP);
  await open(page, '/organisations/conascipal/suggest-edit', 'en');
  const opened = Date.now();
  await type(page, 'contactPhone', '+223 20 21 22 23');
  await type(page, 'submitterName', 'Screenshot Reader');
  await type(page, 'submitterEmail', 'reader@example.org');
  await page.select('#submitterRelationship', 'OTHER');
  if (!(await page.$eval('#consent', (box) => box.checked))) await page.click('#consent');
  await new Promise((done) => setTimeout(done, Math.max(0, fillTime - (Date.now() - opened))));
  await submitAndWait(page, 'button[value=submit]');
  if (page.url().includes('suggest-edit')) {
    throw new Error('the suggestion was not accepted: ' + (await page.$eval('main', (main) => main.innerText)).slice(0, 400));
  }
}

async function logIn(page) {
  await page.setViewport(DESKTOP);
  await open(page, '/login', 'en');
  await type(page, 'email', email);
  await type(page, 'password', password);
  await submitAndWait(page, 'main form button[type=submit]');
  if (!new URL(page.url()).pathname.startsWith('/moderation')) {
    throw new Error('login failed (a second factor is not supported here): ' + page.url());
  }
}

/** The newest pending submission's review address (the suggestion just made, on a scratch instance). */
async function newestPending(page) {
  await open(page, '/moderation?tab=pending', 'en');
  const ids = await page.$$eval('a[href*="/moderation/submissions/"]', (links) =>
    links.map((link) => Number(new URL(link.href).pathname.split('/').pop())).filter(Number.isInteger));
  if (ids.length === 0) throw new Error('no pending submission in the moderation queue');
  return `/moderation/submissions/${Math.max(...ids)}`;
}

mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: chromium(),
  headless: true,
  args: ['--no-sandbox', '--hide-scrollbars', '--lang=en'],
});
try {
  const page = await browser.newPage();
  for (const [name, path, language] of PAGES) {
    await both(page, name, path, language);
  }
  await page.setViewport(DESKTOP);
  for (const [name, path, selector] of MAPS) {
    await open(page, path, 'en');
    const map = await page.$(selector);
    await map.scrollIntoView();
    await map.screenshot({ path: join(out, `${name}.png`) });
    console.log(`saved ${name}.png`);
  }

  if (email && password) {
    await suggestAnEdit(page);
    await logIn(page);
    const review = await newestPending(page);
    await both(page, 'review-diff', review, 'en', 'main table');
    // Rejected, so that the log has a decision to show (and the suggestion leaves the queue).
    await page.setViewport(DESKTOP);
    await open(page, review, 'en');
    await page.select('#reason', 'OTHER');
    await submitAndWait(page, "form[action$='/reject'] button");
    await both(page, 'moderation-log', '/moderation/log', 'en', 'main table');
  } else {
    console.log('DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD not set: no moderator pages');
  }
} finally {
  await browser.close();
}
