import type { Report } from '@revue/kpi-core';
import { deckPlan, type DeckChart, type DeckPlan, type DeckPlanOptions, type DeckSlide, type Tone } from './deck.js';
import { saveBlob, safeFileName } from './download.js';

export interface PptxOptions extends DeckPlanOptions {
  /** File name of the download. Default `revue-<period>[-<client>].pptx`. */
  fileName?: string;
  /** Download the file (default true); false only builds and returns it. */
  download?: boolean;
}

/** Slide size of the deck, in inches: PowerPoint's 16:9 "widescreen". */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

const COLOR = { text: '1B2430', muted: '5B6675', rule: 'DFE7F0', band: 'F4F7FB', good: '1B7A3E', bad: 'B3261E', demo: 'B3261E' } as const;
/** Series colours after the branding's primary colour (Okabe–Ito based, as the dashboard's charts). */
const SERIES = ['E69F00', '009E73', 'CC79A7', '56B4E9', 'D55E00', '7A6A00', '0072B2', '8A94A3'];
const FONT = 'Segoe UI';
/** The line over bars (the backlog, the planned share): the dashboard's warning orange. */
const LINE_COLOR = 'D55E00';
const TONE_COLOR: Record<Tone, string> = { good: COLOR.good, bad: COLOR.bad, neutral: COLOR.muted, none: COLOR.muted };

/** Excel number format codes of chart axes and labels, by unit (PowerPoint localises separators). */
export const CHART_FORMATS: Record<DeckChart['unit'], string> = { percent: '0%', count: '#,##0', hours: '#,##0', money: '#,##0' };

type Pptx = import('pptxgenjs').default;
type Slide = ReturnType<Pptx['addSlide']>;

function footer(slide: Slide, plan: DeckPlan, page: number, pages: number): void {
  slide.addShape('line', { x: 0.5, y: 6.95, w: SLIDE.width - 1, h: 0, line: { color: COLOR.rule, width: 1 } });
  const left = [plan.cover.mspName, plan.footer].filter(Boolean).join(' · ');
  slide.addText(left, { x: 0.5, y: 7.0, w: 10, h: 0.35, fontFace: FONT, fontSize: 10, color: COLOR.muted });
  slide.addText(`${page} / ${pages}`, { x: SLIDE.width - 2.5, y: 7.0, w: 2, h: 0.35, fontFace: FONT, fontSize: 10, color: COLOR.muted, align: 'right' });
}

/** "Demo data" in the top right corner of a slide, in red: fictitious figures never pass for real ones. */
function demoTag(slide: Slide, plan: DeckPlan): void {
  if (!plan.demoLabel) return;
  // About 0.1 inch a character at 12 pt bold, so the frame hugs the words.
  const w = Math.min(4, 0.3 + plan.demoLabel.length * 0.1);
  slide.addText(plan.demoLabel, {
    x: SLIDE.width - 0.4 - w,
    y: 0.15,
    w,
    h: 0.36,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: COLOR.demo,
    align: 'center',
    line: { color: COLOR.demo, width: 1 },
    margin: 0.05,
  });
}

/** The data URL of an image as pptxgenjs wants it (`image/png;base64,…`), or null. */
function imageData(dataUrl: string | null): string | null {
  return dataUrl && /^data:image\/(png|jpeg|svg\+xml);base64,/.test(dataUrl) ? dataUrl.replace(/^data:/, '') : null;
}

function coverSlide(pptx: Pptx, plan: DeckPlan, pages: number): void {
  const slide = pptx.addSlide();
  slide.background = { color: COLOR.band };
  slide.addShape('rect', { x: 0, y: 0, w: 0.35, h: SLIDE.height, fill: { color: plan.colors.primary }, line: { color: plan.colors.primary, width: 0 } });
  const msp = imageData(plan.cover.mspLogo);
  if (msp) slide.addImage({ data: msp, x: 0.9, y: 0.7, w: 2.2, h: 1.0, sizing: { type: 'contain', w: 2.2, h: 1.0 }, altText: plan.cover.mspName || 'Logo' });
  else if (plan.cover.mspName) slide.addText(plan.cover.mspName, { x: 0.9, y: 0.7, w: 6, h: 0.6, fontFace: FONT, fontSize: 20, bold: true, color: plan.colors.primary });
  const client = imageData(plan.cover.clientLogo);
  if (client) slide.addImage({ data: client, x: SLIDE.width - 3.3, y: 0.7, w: 2.4, h: 1.0, sizing: { type: 'contain', w: 2.4, h: 1.0 }, altText: plan.cover.client });
  slide.addText(plan.title, { x: 0.9, y: 2.0, w: SLIDE.width - 1.8, h: 0.6, fontFace: FONT, fontSize: 20, color: COLOR.muted });
  slide.addText(plan.cover.client, { x: 0.9, y: 2.6, w: SLIDE.width - 1.8, h: 1.1, fontFace: FONT, fontSize: 40, bold: true, color: plan.colors.primary, fit: 'shrink' });
  slide.addText(
    [
      { text: plan.cover.period, options: { bold: true, fontSize: 26, color: COLOR.text, breakLine: true } },
      { text: plan.cover.periodWords, options: { fontSize: 18, color: COLOR.muted } },
    ],
    { x: 0.9, y: 3.8, w: SLIDE.width - 1.8, h: 1.2, fontFace: FONT, valign: 'top' },
  );
  slide.addText(plan.cover.dates, { x: 0.9, y: 5.3, w: SLIDE.width - 1.8, h: 0.45, fontFace: FONT, fontSize: 14, color: COLOR.muted });
  if (plan.cover.coverage) slide.addText(plan.cover.coverage, { x: 0.9, y: 5.8, w: SLIDE.width - 1.8, h: 0.8, fontFace: FONT, fontSize: 14, bold: true, color: COLOR.text, valign: 'top', fit: 'shrink' });
  demoTag(slide, plan);
  footer(slide, plan, 1, pages);
}

/** A native chart (pptxgenjs `addChart`): editable in PowerPoint, its data in an embedded sheet. */
function addChart(pptx: Pptx, slide: Slide, plan: DeckPlan, chart: DeckChart, whole: { x: number; y: number; w: number; h: number }): void {
  // What the chart leaves out, said under it (as the page and the HTML slide do): the chart gives up the note's height.
  const noteH = chart.note ? 0.45 : 0;
  const box = { ...whole, h: whole.h - noteH };
  if (chart.note) slide.addText(chart.note, { x: whole.x, y: whole.y + box.h, w: whole.w, h: noteH, fontFace: FONT, fontSize: 10, color: COLOR.muted, valign: 'top', fit: 'shrink' });
  const data = chart.series.map((series) => ({ name: series.name, labels: chart.labels, values: series.values as number[] }));
  // One series of bars in one colour (pptxgenjs colours each bar apart otherwise); parts of a
  // whole (doughnut) and several series take the palette.
  const colors = chart.kind === 'bar' && chart.series.length === 1 ? [plan.colors.primary] : [plan.colors.primary, ...SERIES];
  const format = CHART_FORMATS[chart.unit];
  const common = {
    ...box,
    altText: chart.title,
    title: chart.title,
    showTitle: true,
    titleFontFace: FONT,
    titleFontSize: 14,
    titleColor: COLOR.text,
    chartColors: colors,
    showLegend: chart.series.length > 1 || chart.kind === 'doughnut',
    legendPos: 'b' as const,
    legendFontSize: 12,
    legendFontFace: FONT,
    dataLabelFontSize: 11,
    dataLabelFontFace: FONT,
    displayBlanksAs: 'gap',
  };
  if (chart.kind === 'doughnut') {
    slide.addChart(pptx.ChartType.doughnut, data, { ...common, holeSize: 55, showPercent: true, showValue: false, dataLabelColor: 'FFFFFF', dataLabelFormatCode: '0%' });
    return;
  }
  const axes = {
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    catAxisLabelColor: COLOR.text,
    valAxisLabelFontSize: 12,
    valAxisLabelFontFace: FONT,
    valAxisLabelColor: COLOR.muted,
    valAxisLabelFormatCode: format,
    valGridLine: { color: 'E3E8EF', size: 0.75 },
    ...(chart.range ? { valAxisMinVal: chart.range[0], valAxisMaxVal: chart.range[1] } : { valAxisMinVal: 0 }),
  };
  if (chart.kind === 'line') {
    slide.addChart(pptx.ChartType.line, data, { ...common, ...axes, lineSize: 2.5, lineDataSymbol: 'circle', lineDataSymbolSize: 7 });
    return;
  }
  if (chart.line) {
    // Bars and a line on its own axis, on the right: one native combination chart, both editable.
    const bars = { type: pptx.ChartType.bar, data, options: { barDir: 'col', barGrouping: chart.stacked ? 'stacked' : 'clustered', barGapWidthPct: 60, chartColors: colors.slice(0, chart.series.length) } };
    const line = {
      type: pptx.ChartType.line,
      data: [{ name: chart.line.name, labels: chart.labels, values: chart.line.values as number[] }],
      options: { secondaryValAxis: true, secondaryCatAxis: true, chartColors: [LINE_COLOR], lineSize: 2.5, lineDataSymbol: 'circle', lineDataSymbolSize: 7 },
    };
    const valAxis = (unit: DeckChart['unit']) => ({ valAxisLabelFontSize: 12, valAxisLabelFontFace: FONT, valAxisLabelColor: COLOR.muted, valAxisLabelFormatCode: CHART_FORMATS[unit], valAxisMinVal: 0 });
    // For a combination pptxgenjs takes the options in the data argument.
    const addCombo = slide.addChart.bind(slide) as unknown as (types: unknown[], options: Record<string, unknown>) => void;
    addCombo([bars, line], {
      ...common,
      showLegend: true,
      catAxisLabelFontSize: 12,
      catAxisLabelFontFace: FONT,
      catAxisLabelColor: COLOR.text,
      valGridLine: { color: 'E3E8EF', size: 0.75 },
      valAxes: [valAxis(chart.unit), { ...valAxis(chart.line.unit), valGridLine: { style: 'none' } }],
      catAxes: [{ catAxisTitle: '' }, { catAxisHidden: true }],
    });
    return;
  }
  const few = chart.labels.length * chart.series.length <= 12;
  slide.addChart(pptx.ChartType.bar, data, {
    ...common,
    ...axes,
    // A ranking reads its values at the end of each bar: no value axis to crowd the top.
    ...(chart.horizontal ? { valAxisHidden: true, valGridLine: { style: 'none' as const } } : {}),
    barDir: chart.horizontal ? 'bar' : 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    ...(chart.stacked ? { barOverlapPct: 100 } : {}),
    barGapWidthPct: 60,
    // Horizontal bars list the first category on top, as the dashboard does ('maxMin' is
    // written as is by pptxgenjs; its types only name 'minMax').
    ...(chart.horizontal ? { catAxisOrientation: 'maxMin' as unknown as 'minMax' } : {}),
    showValue: (few || chart.horizontal === true) && !chart.stacked,
    dataLabelFormatCode: format,
    dataLabelPosition: 'outEnd' as const,
    dataLabelColor: COLOR.text,
  });
}

function sectionSlide(pptx: Pptx, plan: DeckPlan, data: DeckSlide, page: number, pages: number): void {
  const slide = pptx.addSlide();
  slide.addText(data.title, { x: 0.5, y: 0.3, w: SLIDE.width - 5, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: plan.colors.primary });
  demoTag(slide, plan);
  const hasCharts = data.charts.length > 0;
  const left = { x: 0.5, y: 1.2, w: hasCharts ? 5.0 : 6.0, h: 5.6 };

  // Headline figures: label, value and, when there is a real comparison, the change coloured
  // green or red by the direction that is good for the figure, and the previous value.
  const rows = data.facts.map((fact) => [
    { text: fact.label, options: { color: COLOR.text, fontSize: 12 } },
    { text: fact.value, options: { bold: true, fontSize: 16, color: plan.colors.primary, align: 'right' as const } },
    {
      text:
        fact.previous !== null
          ? [
              { text: fact.change, options: { fontSize: 11, bold: true, color: TONE_COLOR[fact.tone], breakLine: true } },
              { text: plan.words.previous.replace('{value}', fact.previous), options: { fontSize: 10, color: COLOR.muted, ...(fact.note ? { breakLine: true } : {}) } },
              // What a partial cost total leaves out is said beside its change too.
              ...(fact.note ? [{ text: fact.note, options: { fontSize: 10, color: COLOR.muted } }] : []),
            ]
          : [{ text: fact.note ?? '', options: { fontSize: 10, color: COLOR.muted } }],
      options: { align: 'left' as const },
    },
  ]);
  if (rows.length > 0) {
    slide.addTable(rows, { x: left.x, y: left.y, w: left.w, colW: [left.w * 0.36, left.w * 0.24, left.w * 0.4], fontFace: FONT, border: { type: 'solid', pt: 0.75, color: COLOR.rule }, valign: 'middle', rowH: 0.58, margin: 0.06 });
  }

  // Findings and commentary: under the figures beside charts, else on the right.
  const used = Math.min(rows.length, 8) * 0.62 + 0.2;
  const textBox = hasCharts ? { x: left.x, y: left.y + used, w: left.w, h: Math.max(1, left.h - used) } : { x: 6.9, y: left.y, w: SLIDE.width - 7.4, h: left.h };
  const paragraphs = [
    ...data.bullets.map((text) => ({ text, options: { bullet: true, paraSpaceAfter: 6, color: COLOR.text } })),
    ...(data.commentary
      ? [
          { text: plan.words.commentary, options: { bold: true, breakLine: true, paraSpaceBefore: 6, color: plan.colors.primary } },
          ...data.commentary.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => ({ text: line, options: { breakLine: true, color: COLOR.text } })),
        ]
      : []),
  ];
  if (paragraphs.length > 0) slide.addText(paragraphs, { ...textBox, fontFace: FONT, fontSize: hasCharts ? 12 : 16, valign: 'top', fit: 'shrink' });

  if (hasCharts) {
    const area = { x: left.x + left.w + 0.3, y: 1.1, w: SLIDE.width - (left.x + left.w + 0.3) - 0.4, h: 5.75 };
    const each = area.h / data.charts.length;
    data.charts.forEach((chart, i) => addChart(pptx, slide, plan, chart, { x: area.x, y: area.y + i * each, w: area.w, h: each - 0.1 }));
  } else if (data.section !== 'summary' && paragraphs.length === 0) {
    slide.addText(plan.words.noData, { x: 6.9, y: 3, w: SLIDE.width - 7.4, h: 0.6, fontFace: FONT, fontSize: 16, color: COLOR.muted, align: 'center' });
  }

  // What the speaker reads: each figure with its change and with what the card writes under it
  // (why it is not measured, the tickets behind a rate), so that « n.d. » is never said bare.
  const notes = [
    ...data.facts.map((f) => {
      // No change beside a figure not measured: « n.d. (Précédent : 1 888 h) », not « (; Précédent… ».
      const compared = [f.change, f.previous === null ? '' : plan.words.previous.replace('{value}', () => f.previous!)].filter((text) => text !== '').join(' · ');
      return noteLine(plan, f.label, `${f.value}${compared ? ` (${compared})` : ''}${f.note ? ` — ${f.note}` : ''}`);
    }),
    ...data.bullets,
    ...data.charts.flatMap((chart) => (chart.note ? [noteLine(plan, chart.title, chart.note)] : [])),
    ...(data.commentary ? [noteLine(plan, plan.words.commentary, data.commentary)] : []),
  ];
  if (notes.length > 0) slide.addNotes(notes.join('\n'));
  footer(slide, plan, page, pages);
}

/** A line of the speaker notes, `label: text` with the colon of the deck's language (« label : text »). */
function noteLine(plan: DeckPlan, label: string, text: string): string {
  return plan.words.noteLine.replace('{label}', () => label).replace('{text}', () => text);
}

/** Row height of a detail slide's table, in inches: a header and ten rows take 4.2 of the 5.6 available. */
const ROW_H = 0.38;

/**
 * A detail slide after its section's slide: at most two native charts side by side (the volume
 * by category, priority, site) or one native table (`addTable`: the replacement plan's assets,
 * the missed windows) with "and N more" under it and the footnotes of its "not measured" cells.
 */
function detailSlide(pptx: Pptx, plan: DeckPlan, data: DeckSlide, page: number, pages: number): void {
  const slide = pptx.addSlide();
  // A long title (the French 'Équipements à remplacer, les plus urgents d’abord') in a smaller size
  // and as wide as the demo label leaves (demoTag's width), so that it stays on one line above the table.
  const titleW = SLIDE.width - 1.1 - (plan.demoLabel ? Math.min(4, 0.3 + plan.demoLabel.length * 0.1) : 0);
  slide.addText(data.title, { x: 0.5, y: 0.3, w: titleW, h: 0.7, fontFace: FONT, fontSize: data.title.length > 36 ? 22 : 28, bold: true, color: plan.colors.primary, fit: 'shrink' });
  demoTag(slide, plan);
  const area = { x: 0.5, y: 1.2, w: SLIDE.width - 1, h: 5.6 };
  const notes: string[] = [];
  if (data.charts.length > 0) {
    const gap = 0.3;
    const each = (area.w - gap * (data.charts.length - 1)) / data.charts.length;
    data.charts.forEach((chart, i) => {
      addChart(pptx, slide, plan, chart, { x: area.x + i * (each + gap), y: area.y, w: each, h: area.h });
      notes.push(noteLine(plan, chart.title, chart.labels.map((label, j) => `${label} ${chart.series[0]!.values[j] ?? ''}`).join(', ')));
    });
  }
  const table = data.table;
  if (table) {
    const header = table.columns.map((column) => ({ text: column.label, options: { bold: true, color: COLOR.text, fill: { color: COLOR.band }, align: column.align } }));
    const body = table.rows.map((row) => row.map((text, i) => ({ text, options: { color: COLOR.text, align: table.columns[i]!.align } })));
    slide.addTable([header, ...body], {
      x: area.x,
      y: area.y,
      w: area.w,
      colW: table.columns.map((column) => column.width * area.w),
      fontFace: FONT,
      fontSize: 11,
      rowH: ROW_H,
      valign: 'middle',
      margin: 0.05,
      border: { type: 'solid', pt: 0.75, color: COLOR.rule },
      // One slide per table: the rows left out are counted below, never pushed to a new slide.
      autoPage: false,
    });
    const below = [
      ...(table.more ? [{ text: table.more, options: { bold: true, color: COLOR.text, breakLine: true } }] : []),
      ...table.notes.map((note) => ({ text: note, options: { color: COLOR.muted, fontSize: 10, breakLine: true } })),
    ];
    // Right under the table (rows as drawn; a wrapped cell grows its row a little), never over the footer.
    const top = Math.min(5.65, area.y + (table.rows.length + 1) * ROW_H + 0.35);
    if (below.length > 0) slide.addText(below, { x: area.x, y: top, w: area.w, h: 6.85 - top, fontFace: FONT, fontSize: 12, valign: 'top', fit: 'shrink' });
    notes.push(table.columns.map((c) => c.label).join(' · '), ...table.rows.map((row) => row.join(' · ')), ...(table.more ? [table.more] : []), ...table.notes);
  }
  if (notes.length > 0) slide.addNotes(notes.join('\n'));
  footer(slide, plan, page, pages);
}

function closingSlide(pptx: Pptx, plan: DeckPlan, page: number, pages: number): void {
  const slide = pptx.addSlide();
  slide.addText(plan.closing.title, { x: 0.5, y: 0.3, w: SLIDE.width - 5, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: plan.colors.primary });
  demoTag(slide, plan);
  const steps = plan.closing.steps.length > 0 ? plan.closing.steps.map((text) => ({ text, options: { bullet: { type: 'number' as const }, paraSpaceAfter: 10 } })) : [{ text: plan.closing.empty, options: {} }];
  slide.addText(steps, { x: 0.8, y: 1.4, w: SLIDE.width - 1.6, h: 4.6, fontFace: FONT, fontSize: 20, color: COLOR.text, valign: 'top', fit: 'shrink' });
  if (plan.closing.steps.length > 0) slide.addNotes(plan.closing.steps.join('\n'));
  footer(slide, plan, page, pages);
}

/**
 * Builds the PowerPoint deck of a plan: a title slide (branding, client, period in words,
 * dates), one 16:9 slide per section with its headline figures (changes coloured by the
 * direction that is good for each figure, and only real comparisons), its findings, its
 * commentary and at most two **native charts** (bar, line, doughnut: editable in PowerPoint,
 * their data in an embedded sheet), its detail slides (two native charts, or one native table
 * with "and N more" under it), a closing slide with the next steps, speaker notes
 * repeating the figures, "Demo data" on every slide when it is, and a footer with the period
 * and the page number. pptxgenjs is loaded on first use (not in the main bundle).
 *
 * @example
 * const bytes = await deckBytes(deckPlan(report)); // → Uint8Array (a .pptx zip)
 */
export async function deckBytes(plan: DeckPlan): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = plan.cover.mspName || 'Revue';
  pptx.company = plan.cover.mspName || 'Revue';
  pptx.title = `${plan.title} – ${plan.cover.client} – ${plan.cover.period}`;
  pptx.subject = plan.subtitle;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const pages = plan.slides.length + 2;
  coverSlide(pptx, plan, pages);
  plan.slides.forEach((slide, i) => (slide.detail ? detailSlide : sectionSlide)(pptx, plan, slide, i + 2, pages));
  closingSlide(pptx, plan, pages, pages);
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/**
 * The default file name of a review's deck: `revue-<period>[-<client>][-demo].pptx`, made safe.
 *
 * @example
 * deckFileName(report); // → 'revue-2026-Q3.pptx'
 */
export function deckFileName(report: Pick<Report, 'period' | 'client'>, options: { demo?: boolean } = {}): string {
  return safeFileName(`revue-${report.period.label}${report.client ? `-${report.client}` : ''}${options.demo ? '-demo' : ''}.pptx`);
}

/** The MIME type of a .pptx file. */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Exports the whole review as a PowerPoint deck (`deckPlan` then `deckBytes`). Downloads it
 * (unless `download: false`) and returns the file.
 *
 * @example
 * await exportPptx(report, { language: 'fr', isDemo: true }); // downloads revue-2026-Q3-demo.pptx
 */
export async function exportPptx(report: Report, options: PptxOptions = {}): Promise<Blob> {
  const bytes = await deckBytes(deckPlan(report, options));
  const blob = new Blob([bytes as BlobPart], { type: PPTX_TYPE });
  if (options.download !== false) saveBlob(blob, options.fileName ?? deckFileName(report, { demo: options.isDemo }));
  return blob;
}
