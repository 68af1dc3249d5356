import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { sampleReport } from '../sample/report.js';
import { deckPlan } from './deck.js';
import { deckBytes, deckFileName, type ChartRenderer } from './pptx.js';
import { isPng, pngSize } from './vega.js';

/** A valid 1×1 PNG (the smallest image every PNG reader accepts), standing in for a chart. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('deckBytes', () => {
  it('writes a .pptx zip with a title slide and one slide per section, charts as PNG images', async () => {
    const report = sampleReport({ period: '2026-Q3' });
    const plan = deckPlan(report);
    const rendered: string[] = [];
    const render: ChartRenderer = async (spec, size) => {
      rendered.push(String((spec as { description?: string }).description));
      return { dataUrl: PIXEL, width: size.width, height: size.height };
    };
    const bytes = await deckBytes(plan, render);
    // A zip starts with the local file header signature 'PK\x03\x04' (APPNOTE.TXT §4.3.7).
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(bytes);
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides.length).toBe(plan.slides.length + 1);
    expect(files['ppt/presentation.xml']).toBeDefined();

    // Every chart of the plan was rendered once and is in the deck as a PNG.
    const chartCount = plan.slides.reduce((n, s) => n + s.charts.length, 0);
    expect(rendered.length).toBe(chartCount);
    const media = Object.keys(files).filter((name) => /^ppt\/media\/.+\.png$/.test(name));
    expect(media.length).toBe(chartCount);
    for (const name of media) expect(isPng(files[name]!)).toBe(true);

    // Slide 2 is the summary: its findings are bullets (<a:buChar>) holding the messages.
    const summary = strFromU8(files['ppt/slides/slide2.xml']!);
    expect(summary).toContain('<a:buChar');
    expect(summary).toContain(plan.slides[0]!.bullets[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    // Slide 3 is the Activity slide, slide 4 the SLA slide, with their titles.
    expect(strFromU8(files['ppt/slides/slide3.xml']!)).toContain('Ticket activity');
    expect(strFromU8(files['ppt/slides/slide4.xml']!)).toContain('SLA adherence');
  });

  it('escapes ticket text as XML (a script title stays text)', async () => {
    const report = sampleReport();
    report.findings = [{ kind: 'recurring-problem', severity: 'high', message: '<script>alert(1)</script> & "x"', evidence: {} }];
    const bytes = await deckBytes(deckPlan(report, { sections: ['summary'] }), async () => ({ dataUrl: PIXEL, width: 1, height: 1 }));
    const xml = strFromU8(unzipSync(bytes)['ppt/slides/slide2.xml']!);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
  });
});

describe('deckFileName', () => {
  it('names the period and the client', () => {
    expect(deckFileName({ period: { label: '2026-Q3', start: '', end: '', kind: 'quarter', chosenBy: 'given' }, client: null })).toBe('revue-2026-Q3.pptx');
    expect(deckFileName({ period: { label: '2026-Q3', start: '', end: '', kind: 'quarter', chosenBy: 'given' }, client: 'A/B' })).toBe('revue-2026-Q3-A-B.pptx');
  });
});

describe('pngSize', () => {
  it('reads the IHDR size', () => {
    // PIXEL is 1×1: IHDR bytes 16–19 = 00 00 00 01, 20–23 = 00 00 00 01.
    expect(pngSize(PIXEL)).toEqual({ width: 1, height: 1 });
  });

  it('rejects what is not a PNG', () => {
    expect(() => pngSize('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toThrow(TypeError);
  });
});
