// The built app as a web editor deploys it: from a sub-path, under the strict Content-Security-Policy of
// deploy/security-headers.conf, and embedded in another site's page with the iframe code from the dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openWatchedPage, waitForMapReady, type BrowserSession } from './browser';
import { nginxHeaders, startStaticServer, type StaticServer } from './static-server';

const PREFIX = '/binnenwerk/kaart/';
let session: BrowserSession;
let app: StaticServer;
let host: StaticServer;
const hostPages: Record<string, string> = {};

/** Records CSP violations from the page and its frames (init scripts are not subject to the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

beforeAll(async () => {
  host = await startStaticServer({ root: 'tests/e2e', prefix: '/nothing-here/', pages: hostPages });
  const headers = nginxHeaders();
  // The test host page runs on another origin: allow it to frame the app, as ubrijk.nl is allowed.
  headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace(
    /frame-ancestors ([^;]*)/,
    `frame-ancestors $1 ${host.origin}`,
  );
  app = await startStaticServer({ root: 'dist', prefix: PREFIX, headers });
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
  await app?.close();
  await host?.close();
});

describe('deployed under a sub-path with the strict CSP', () => {
  it('has a CSP without unsafe-eval, unsafe-inline or blob: workers', () => {
    const csp = nginxHeaders()['Content-Security-Policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(csp).not.toMatch(/worker-src[^;]*blob:/);
  });

  it('draws the map, loads the data and violates nothing', async () => {
    const watched = await openWatchedPage(session.browser);
    const violations = await watchCsp(watched.page);
    const response = await watched.page.goto(`${app.origin}${PREFIX}?provincie=NL-UT`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await waitForMapReady(watched.page);
    await expect.poll(() => watched.page.getByRole('heading', { level: 2, name: 'Utrecht' }).count()).toBe(1);
    // The figures (a lazily loaded chunk and another data file) work too.
    await expect
      .poll(() => watched.page.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 })
      .toBeGreaterThan(10);
    expect(await violations()).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });
});

describe('embedded with the code from the "Insluiten" dialog', () => {
  let snippet = '';
  let script = '';
  // The host script asks each frame for its height on its load event, which a lazy iframe also fires for the
  // about:blank it starts with: Chromium drops that message, with this warning, and the frame answers the next.
  const hostPage = {
    width: 800,
    height: 700,
    expectedWarnings: [
      /^Failed to execute 'postMessage' on 'DOMWindow': The target origin provided \('[^']+'\) does not match the recipient window's origin/,
    ],
  };

  beforeAll(async () => {
    const watched = await openWatchedPage(session.browser);
    await watched.page.goto(`${app.origin}${PREFIX}?provincie=NL-GE`);
    await waitForMapReady(watched.page);
    await watched.page.getByRole('button', { name: 'Insluiten' }).click();
    const dialog = watched.page.getByRole('dialog', { name: 'Kaart insluiten op uw website' });
    snippet = await dialog.getByLabel('HTML-code van het iframe').inputValue();
    script = await dialog.getByLabel('HTML-code van het script').inputValue();
    await watched.context.close();
    hostPages['/artikel.html'] = [
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Artikel</title></head><body>',
      '<h1>Werken bij Binnenwerk</h1>',
      snippet,
      '<p style="height: 1500px">Meer tekst onder de kaart.</p>',
      script,
      '</body></html>',
    ].join('\n');
  });

  it('is valid iframe code for the current view, with a title and lazy loading', () => {
    expect(snippet).toMatch(/^<iframe\n/);
    expect(snippet).toContain(`src="${app.origin}${PREFIX}?provincie=NL-GE&amp;embed=1"`);
    expect(snippet).toContain('title="Kaart van de Binnenwerk-teams (Gelderland)"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toMatch(/<\/iframe>$/);
    expect(script).toBe(`<script src="${app.origin}${PREFIX}embed/hoogte.js" defer></script>`);
  });

  it('shows the map in the host page, resizes the iframe and leaves scrolling to the page', async () => {
    const watched = await openWatchedPage(session.browser, hostPage);
    const violations = await watchCsp(watched.page);
    await watched.page.goto(`${host.origin}/artikel.html`);
    const iframe = watched.page.locator('iframe[data-binnenwerk-teamkaart]');
    expect(await iframe.getAttribute('height')).toBe('640');
    const frame = watched.page.frameLocator('iframe[data-binnenwerk-teamkaart]');
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => frame.getByRole('heading', { level: 2, name: 'Gelderland' }).count()).toBe(1);
    // The host script sets the iframe to the height the app reports (its whole content: no inner scrollbar).
    const contentHeight = () =>
      frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 }).not.toBe(640);
    expect(Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))).toBeLessThanOrEqual(4);
    expect(await frame.locator('html').evaluate((html) => html.scrollHeight <= window.innerHeight + 1)).toBe(true);
    // In the iframe the map uses cooperative gestures: a plain wheel over the map scrolls the host page. (A chosen
    // province on a desktop starts the WebGL map; the SVG map answers until it has drawn.)
    await frame.locator('[data-webgl-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await frame.locator('.maplibregl-cooperative-gestures').count()).toBe(1);
    const mapBox = await frame.locator('.maplibregl-canvas').boundingBox();
    if (!mapBox) throw new Error('no map canvas in the iframe');
    await watched.page.mouse.move(mapBox.x + mapBox.width / 2, Math.min(mapBox.y + mapBox.height / 2, 650));
    await watched.page.mouse.wheel(0, 400);
    await expect.poll(() => watched.page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await violations()).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('ignores height messages from other origins', async () => {
    const watched = await openWatchedPage(session.browser, hostPage);
    await watched.page.goto(`${host.origin}/artikel.html`);
    const iframe = watched.page.locator('iframe[data-binnenwerk-teamkaart]');
    await watched.page.frameLocator('iframe[data-binnenwerk-teamkaart]').locator('[data-map-ready="true"]').waitFor();
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).not.toBe(640);
    const before = (await iframe.boundingBox())?.height;
    // The host page itself (another origin than the iframe) posts a forged height.
    await watched.page.evaluate(() => window.postMessage({ type: 'binnenwerk-teamkaart:hoogte', height: 50 }, '*'));
    await watched.page.waitForTimeout(300);
    expect((await iframe.boundingBox())?.height).toBe(before);
    await watched.context.close();
  });
});
