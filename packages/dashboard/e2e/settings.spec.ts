import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { slideId, startDeck, svgLogo } from './deck-helpers.js';

/**
 * A PNG of random pixels (PNG specification: signature, IHDR, IDAT of the zlib-compressed
 * scanlines, IEND, each chunk with its CRC-32), far larger than a logo may be once base64-encoded.
 */
function noisyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  let seed = 12345;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let i = 1; i < row.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      row[i] = seed >>> 24;
    }
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** WCAG 2 contrast ratio of two CSS `rgb(r, g, b)` colours, computed in the page's terms. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

async function openSettings(page: Page, query = '?lang=fr') {
  await page.goto(`/settings${query}`);
  await expect(page.getByTestId('section-settings')).toBeVisible();
  await expect(page.getByTestId('settings-preview')).toBeVisible({ timeout: 45_000 });
}

test.describe('presentation settings (branding)', () => {
  test('name, logos and colours are saved, previewed, and dress the slides with readable colours', async ({ page }) => {
    await openSettings(page);
    await expect(page.locator('h1')).toHaveText('Réglages de présentation');
    await page.getByTestId('settings-msp-name').fill('Infogérance Azur');
    await page.getByTestId('settings-msp-logo').setInputFiles(svgLogo('IA', '#0b5394'));
    await expect(page.getByTestId('settings-msp-logo-image')).toBeVisible();
    await page.getByTestId('settings-client-logo').setInputFiles(svgLogo('BL', '#7a3e00'));
    await expect(page.getByTestId('settings-client-logo-image')).toBeVisible();
    // A yellow too light for text on white: the headings will be darker, and the page says so.
    await page.getByTestId('settings-primary').fill('#f1c232');
    await expect(page.getByTestId('settings-adjusted')).toContainText('les titres utiliseront #');
    const preview = page.getByTestId('settings-preview');
    await expect(preview.getByTestId('title-msp-name')).toHaveText('Infogérance Azur');
    await expect(preview.getByTestId('title-msp-logo')).toBeVisible();

    // Saved in the browser: still there after a reload.
    await page.reload();
    await expect(page.getByTestId('settings-msp-name')).toHaveValue('Infogérance Azur', { timeout: 15_000 });
    await expect(page.getByTestId('settings-primary')).toHaveValue('#f1c232');

    // On the slides: the band in the chosen colour with dark ink on it; headings readable on white.
    await expect(page.getByTestId('settings-preview')).toBeVisible({ timeout: 45_000 });
    await startDeck(page);
    await expect(page.getByTestId('title-msp-name')).toHaveText('Infogérance Azur');
    await expect(page.getByTestId('title-client-logo')).toBeVisible();
    const title = await page.evaluate(() => {
      const band = getComputedStyle(document.querySelector('.title-band')!);
      return { band: band.backgroundColor, ink: band.color };
    });
    expect(title.band).toBe('rgb(241, 194, 50)');
    expect(contrast(title.ink, title.band)).toBeGreaterThanOrEqual(4.5);
    await page.keyboard.press('ArrowRight');
    expect(await slideId(page)).toBe('agenda');
    const heading = await page.evaluate(() => getComputedStyle(document.querySelector('.slide-title')!).color);
    expect(contrast(heading, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
    // The footer names the MSP on every slide but the title.
    await expect(page.locator('.slide-foot-msp')).toHaveText('Infogérance Azur');
  });

  test('exported as a small JSON file and imported back; a wrong file is refused in plain French', async ({ page }) => {
    await openSettings(page);
    await page.getByTestId('settings-msp-name').fill('Infogérance Azur');
    await page.getByTestId('settings-accent').fill('#38761d');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('settings-export').click()]);
    expect(download.suggestedFilename()).toBe('revue-presentation.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(file).toEqual({ format: 'revue-branding', version: 1, mspName: 'Infogérance Azur', mspLogo: null, clientLogo: null, primaryColor: '#1f4e79', accentColor: '#38761d' });

    await page.getByTestId('settings-reset').click();
    await expect(page.getByTestId('settings-msp-name')).toHaveValue('');
    await page.getByTestId('settings-import').setInputFiles({ name: 'revue-presentation.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByTestId('settings-msp-name')).toHaveValue('Infogérance Azur');
    await expect(page.getByTestId('settings-accent')).toHaveValue('#38761d');
    await expect(page.getByTestId('settings-status')).toHaveText('Réglages importés et enregistrés.');

    await page.getByTestId('settings-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"primaryColor":"rouge"}') });
    await expect(page.getByTestId('settings-error')).toHaveText('Couleur principale (bandeau de titre, titres)\u202f: une couleur comme #1f4e79');
    await page.getByTestId('settings-import').setInputFiles({ name: 'mapping.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"revue-mapping"}') });
    await expect(page.getByTestId('settings-error')).toHaveText('Fichier de réglages\u202f: ce n’est pas un fichier de réglages de présentation Revue');
    await page.getByTestId('settings-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('pas du json') });
    await expect(page.getByTestId('settings-error')).toHaveText('Ce fichier n’est pas du JSON.');
    // Nothing was changed by the refused files.
    await expect(page.getByTestId('settings-msp-name')).toHaveValue('Infogérance Azur');
  });

  test('a logo must be an image; a large picture is reduced to fit', async ({ page }) => {
    await openSettings(page);
    await page.getByTestId('settings-msp-logo').setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await expect(page.getByTestId('settings-msp-logo-error')).toHaveText('Ce fichier n’est pas une image PNG, JPEG ou SVG.');
    // 900 × 900 random pixels: about 2.4 MB of PNG, 3.2 MB as a data URL, over the 700,000-character limit.
    const big = noisyPng(900, 900);
    expect(big.length).toBeGreaterThan(2_000_000);
    await page.getByTestId('settings-msp-logo').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: big });
    await expect(page.getByTestId('settings-msp-logo-image')).toBeVisible({ timeout: 15_000 });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('revue.branding.v1') ?? '{}') as { mspLogo?: string });
    expect(stored.mspLogo).toMatch(/^data:image\/(png|jpeg);base64,/);
    expect(stored.mspLogo!.length).toBeLessThanOrEqual(700_000);
  });
});
