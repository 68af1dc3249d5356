import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { chartLibraries, escapeHtml, MISSING_CHART_LIBRARIES } from './html.js';

function moduleNotFound(name: string): Error {
  // What Node's ESM loader throws for a package that is not installed.
  return Object.assign(new Error(`Cannot find package '${name}' imported from /x/dist/cli/html.js`), { code: 'ERR_MODULE_NOT_FOUND' });
}

describe('chartLibraries (vega and vega-lite, optional peer dependencies)', () => {
  it('turns a missing vega into one RevueError that says how to install it', async () => {
    const error = await chartLibraries(() => Promise.reject(moduleNotFound('vega'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevueError);
    expect((error as RevueError).code).toBe('missing-dependency');
    expect((error as RevueError).message).toBe(MISSING_CHART_LIBRARIES);
    expect(MISSING_CHART_LIBRARIES).toContain('npm install vega@^6.4.0 vega-lite@^6.4.3');
    expect(MISSING_CHART_LIBRARIES).toContain('--format md');
  });

  it('keeps any other failure as it is', async () => {
    const broken = new TypeError('vega exploded');
    await expect(chartLibraries(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('loads the installed libraries once', async () => {
    const first = chartLibraries();
    expect(chartLibraries()).toBe(first);
    const { vega, vegaLite } = await first;
    expect(typeof vega.View).toBe('function');
    expect(typeof vegaLite.compile).toBe('function');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
