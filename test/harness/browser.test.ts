import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findChromium } from './browser';

/** Which Chromium the browser tests drive: CHROMIUM_PATH, else the system's, else the bundled one. */
describe('findChromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('refuses a CHROMIUM_PATH that does not exist, in one sentence naming it', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    await expect(findChromium()).rejects.toThrow(
      'CHROMIUM_PATH is "/nowhere/chromium", which does not exist; point it at a Chromium binary, or unset it to use /usr/bin/chromium or the Chromium of @sparticuz/chromium.',
    );
  });

  it('refuses a CHROMIUM_PATH that names a folder', async () => {
    process.env.CHROMIUM_PATH = os.tmpdir();
    await expect(findChromium()).rejects.toThrow(`CHROMIUM_PATH is "${os.tmpdir()}", which is not a file;`);
  });

  it('uses the binary CHROMIUM_PATH names', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-chromium-path-')), 'chrome');
    fs.writeFileSync(file, '');
    process.env.CHROMIUM_PATH = file;
    try {
      expect(await findChromium()).toEqual({ executablePath: file, source: 'CHROMIUM_PATH', env: {} });
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('without CHROMIUM_PATH, finds the system Chromium or unpacks the bundled one', async () => {
    delete process.env.CHROMIUM_PATH;
    const found = await findChromium();
    expect(found.source).toBe(fs.existsSync('/usr/bin/chromium') ? 'system' : '@sparticuz/chromium');
    expect(fs.statSync(found.executablePath).mode & 0o100).toBeTruthy();
  }, 60_000);
});
