import { expect, type Page } from '@playwright/test';

/** Starts the presentation from the header and waits for the first slide. */
export async function startDeck(page: Page): Promise<void> {
  await page.getByTestId('present').click();
  await expect(page.getByTestId('deck')).toBeVisible();
  await expect(page.locator('.deck-stage .slide')).toHaveCount(1);
}

/** The id of the slide on screen (its `data-testid` without `slide-`). */
export async function slideId(page: Page): Promise<string> {
  const testId = await page.locator('.deck-stage .slide').getAttribute('data-testid');
  return (testId ?? '').replace(/^slide-/, '');
}

/** Waits until every chart of the slide on screen has drawn its SVG. */
export async function waitForSlideCharts(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('.deck-stage [data-testid^="vega-slide-"]')].filter((c) => !c.querySelector('svg text')).length), { timeout: 20_000 })
    .toBe(0);
}

/** Moves forward (ArrowRight) until the slide `id` is on screen; fails after `max` steps. */
export async function goToSlide(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await slideId(page)) === id) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`slide ${id} not reached`);
}

/** One text on a slide as rendered: its size in CSS pixels on screen. */
export interface RenderedText {
  text: string;
  size: number;
  svg: boolean;
}

/**
 * Every visible text of the slide on screen with its rendered size: for HTML, the computed font
 * size times the scale of the slide canvas; for the charts' SVG text, the font size times the
 * text's current transformation matrix to the screen (axis titles are rotated: the matrix's
 * scale is √(a² + b²)). Visually hidden text (screen readers only) is left out.
 */
export function renderedTexts(page: Page): Promise<RenderedText[]> {
  return page.evaluate(() => {
    const stage = document.querySelector('.deck-stage') as HTMLElement;
    const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
    const hidden = (element: Element) => {
      if (element.closest('.visually-hidden')) return true;
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden' || (element as HTMLElement).getClientRects?.().length === 0;
    };
    const out: Array<{ text: string; size: number; svg: boolean }> = [];
    for (const element of stage.querySelectorAll('*')) {
      if (element instanceof SVGTextElement) {
        const text = element.textContent?.trim() ?? '';
        if (text === '' || hidden(element)) continue;
        const matrix = element.getScreenCTM();
        const ratio = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
        out.push({ text, size: parseFloat(getComputedStyle(element).fontSize) * ratio, svg: true });
        continue;
      }
      if (element instanceof SVGElement) continue;
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
      if (own === '' || hidden(element)) continue;
      out.push({ text: own, size: parseFloat(getComputedStyle(element).fontSize) * scale, svg: false });
    }
    return out;
  });
}

/**
 * What sticks out of the slide on screen: elements (visible, not the canvas itself) whose box
 * leaves the slide, or runs under its footer; and boxes that scroll.
 */
export function slideOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.deck-stage .slide') as HTMLElement;
    const box = slide.getBoundingClientRect();
    const footer = slide.querySelector('.slide-foot')?.getBoundingClientRect();
    const faults: string[] = [];
    for (const element of slide.querySelectorAll('*')) {
      if (element.closest('.visually-hidden') || element.closest('svg')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '').split(' ')[0]}`;
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) faults.push(`${name} leaves the slide`);
      else if (footer && !element.closest('.slide-foot') && rect.bottom > footer.top + 1) faults.push(`${name} runs under the footer (${Math.round(rect.bottom - footer.top)} px)`);
      if (element.scrollHeight > element.clientHeight + 1 && (style.overflowY === 'auto' || style.overflowY === 'scroll')) faults.push(`${name} scrolls`);
    }
    return faults;
  });
}

/** A small SVG logo (a fictitious MSP's initials), as a file to choose. */
export function svgLogo(initials: string, colour: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><rect x="0" y="4" width="72" height="72" rx="14" fill="${colour}"/><text x="36" y="52" font-family="sans-serif" font-size="32" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text><text x="86" y="50" font-family="sans-serif" font-size="26" font-weight="700" fill="${colour}">${initials.toLowerCase()}.fr</text></svg>`;
  return { name: `${initials}.svg`, mimeType: 'image/svg+xml', buffer: Buffer.from(svg) };
}
