import { chromium } from 'playwright-core';
import { startStaticServer } from './e2e/static-server';
const server = await startStaticServer({ root: process.env.DIST! });
const browser = await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--enable-unsafe-swiftshader']});
const page = await browser.newPage({viewport:{width:1366,height:900}});
await page.goto(server.origin + '/');
await page.waitForSelector('[data-webgl-ready="true"]', { timeout: 40000 });
await page.waitForTimeout(3000); await page.screenshot({path: process.env.OUT!});
await browser.close(); await server.close();
