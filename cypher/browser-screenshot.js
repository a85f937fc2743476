// Takes cypher/browser.png: Neo4j Browser of the embedded Neo4j (http://127.0.0.1:17474/browser/) showing the
// relation graph with cypher/graphbuilder.grass applied. Needs Chromium and playwright-core:
//   apt-get install -y chromium && npm install --prefix /tmp/shot playwright-core
//   NODE_PATH=/tmp/shot/node_modules node cypher/browser-screenshot.js [QUERY] [OUT.png]
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const passwordFile = path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'graphbuilder', 'neo4j', 'password');
const password = fs.readFileSync(passwordFile, 'utf8').trim();
const grass = fs.readFileSync(path.join(__dirname, 'graphbuilder.grass'), 'utf8');
const query = process.argv[2] || 'MATCH (s:Entity)-[r:SUPPORTS|OPPOSES|CROSSED_INTO|CAPTURED]->(o:Entity) RETURN s, r, o';
const out = process.argv[3] || path.join(__dirname, 'browser.png');

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // launch() gives Chromium a fresh temporary profile (user data dir) of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1600, height: 1100 } })).newPage();
  await page.goto('http://127.0.0.1:17474/browser/', { waitUntil: 'networkidle' });
  await page.waitForSelector('#connect_password');
  await page.fill('#connect_password', password);
  await page.click('button:has-text("Connect")');
  await page.waitForTimeout(3000);

  const run = async (text) => {
    await page.click('.CodeMirror');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };
  // The README's way of applying the style: `:style` followed by the .grass text.
  await run(':style ' + grass.replace(/\s+/g, ' '));
  await page.waitForTimeout(1500);
  for (const close of await page.$$('.frame [ng-click="frames.close(frame)"]')) {
    try { await close.click(); } catch { /* already gone */ }
  }

  // A taller result frame than Browser's default 400 px, set before the query so the layout uses all of it.
  await page.addStyleTag({ content: '.graph-contents, svg.graph { height: 860px !important; } .view-result, .view-result-graph, .inner, .right-inner-frame, .frame-main, .graph-holder { height: auto !important; max-height: none !important; }' });
  await run(query);
  await page.waitForTimeout(10000); // force layout settles
  await page.screenshot({ path: out });
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
