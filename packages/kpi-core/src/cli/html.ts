/**
 * The one-page printable review: the Markdown review's content as HTML, with the main charts
 * rendered to inline SVG by Vega in Node. Self-contained: no script, no external resource.
 *
 * vega and vega-lite are optional peer dependencies of the package (25 MB over 79 packages that
 * only this page needs): they are loaded here, on the first HTML review, and their absence is
 * one clear message naming the command that installs them.
 */
import type { ViewOptions } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { RevueError } from '../internal/errors.js';
import { NONE_KEY } from '../kpi/common.js';
import { formatter } from '../report/format.js';
import { periodName } from '../report/period-name.js';
import type { Report } from '../report/types.js';
import { CATEGORY_NAMES, reportToMarkdown } from '../report/markdown.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const LABELS = {
  en: { noClient: 'no client', noType: 'no type', sla: 'SLA met by month', costs: 'Cost by category', lost: 'Hours lost by client', mtbf: 'MTBF by asset type (hours)', response: 'Response', resolution: 'Resolution', plan: 'Preventive plan kept, by task' },
  fr: { noClient: 'sans client', noType: 'sans type', sla: 'SLA respecté par mois', costs: 'Coût par catégorie', lost: 'Heures perdues par client', mtbf: 'MTBF par type d’équipement (heures)', response: 'Prise en charge', resolution: 'Résolution', plan: 'Plan de maintenance préventive respecté, par tâche' },
} as const;

/** The page's title, as the review's: `Revue — Bistro — 2026-Q2`, `Revue — tous les clients — T2 2026`. */
export function pageTitle(report: Report): string {
  const who = report.client ?? (report.language === 'fr' ? 'tous les clients' : 'all clients');
  return `Revue — ${who} — ${periodName(report.period, formatter(report.language, report.currency, report.timezone), report.timezone)}`;
}

function charts(report: Report): Array<{ title: string; spec: TopLevelSpec }> {
  const label = LABELS[report.language];
  const base = { width: 520, height: 220, config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null } } } as const;
  const out: Array<{ title: string; spec: TopLevelSpec }> = [];
  const months = report.sla.byMonth.flatMap((month) => [
    { month: month.month, target: label.response, adherence: month.response?.adherence ?? null },
    { month: month.month, target: label.resolution, adherence: month.resolution?.adherence ?? null },
  ]).filter((row) => row.adherence !== null);
  if (months.length > 0) {
    out.push({
      title: label.sla,
      spec: {
        ...base,
        data: { values: months },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'month', type: 'ordinal', title: null },
          y: { field: 'adherence', type: 'quantitative', title: null, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          color: { field: 'target', type: 'nominal', title: null },
        },
      },
    });
  }
  const costs = Object.entries(report.tco.byCategory)
    .filter((entry): entry is [string, number] => entry[1] !== null && entry[1] > 0)
    // Rounded to the cent: the chart's tooltip and label show the value as it is.
    .map(([category, amount]) => ({ category: CATEGORY_NAMES[report.language][category] ?? category, amount: Math.round(amount * 100) / 100 }));
  if (costs.length > 0) {
    out.push({
      title: label.costs,
      spec: {
        ...base,
        data: { values: costs },
        mark: 'bar',
        encoding: {
          y: { field: 'category', type: 'nominal', sort: '-x', title: null },
          x: { field: 'amount', type: 'quantitative', title: report.currency },
        },
      },
    });
  }
  const lost = Object.entries(report.lostHours.byClient).map(([client, hours]) => ({ client: client === NONE_KEY ? label.noClient : client, hours: Math.round(hours * 10) / 10 }));
  if (lost.length > 0) {
    out.push({
      title: label.lost,
      spec: {
        ...base,
        data: { values: lost },
        mark: 'bar',
        encoding: { y: { field: 'client', type: 'nominal', sort: '-x', title: null }, x: { field: 'hours', type: 'quantitative', title: 'h' } },
      },
    });
  }
  const mtbf = Object.entries(report.reliability.byType)
    .filter(([, figures]) => figures.mtbfHours !== null)
    .map(([type, figures]) => ({ type: type === NONE_KEY ? label.noType : type, mtbf: figures.mtbfHours, lower: figures.mtbfLowerHours, upper: figures.mtbfUpperHours ?? figures.mtbfHours }));
  if (mtbf.length > 0) {
    out.push({
      title: label.mtbf,
      spec: {
        ...base,
        data: { values: mtbf },
        layer: [
          { mark: 'bar', encoding: { y: { field: 'type', type: 'nominal', title: null }, x: { field: 'mtbf', type: 'quantitative', title: 'h' } } },
          { mark: 'rule', encoding: { y: { field: 'type', type: 'nominal' }, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } } },
        ],
      },
    });
  }
  const tasks = Object.values(report.preventive.byTask)
    .filter((task) => task.compliance !== null)
    .map((task) => ({ task: task.title, compliance: task.compliance }));
  if (tasks.length > 0) {
    out.push({
      title: label.plan,
      spec: {
        ...base,
        data: { values: tasks },
        mark: 'bar',
        encoding: {
          y: { field: 'task', type: 'nominal', sort: 'x', title: null },
          x: { field: 'compliance', type: 'quantitative', title: null, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
        },
      },
    });
  }
  return out;
}

/** What the HTML review needs from vega and vega-lite. */
export interface ChartLibraries {
  vega: Pick<typeof import('vega'), 'View' | 'parse'>;
  vegaLite: Pick<typeof import('vega-lite'), 'compile'>;
}

/** The message when vega or vega-lite is not installed (exit code 2 in the CLI). */
export const MISSING_CHART_LIBRARIES =
  '--format html draws its charts with vega and vega-lite, optional peer dependencies that are not installed: ' +
  'run `npm install vega@^6.4.0 vega-lite@^6.4.3` beside @revue/kpi-core, or use --format md';

async function importChartLibraries(): Promise<ChartLibraries> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  return { vega, vegaLite };
}

let loaded: Promise<ChartLibraries> | undefined;

/**
 * vega and vega-lite, imported once on first use. A module that cannot be found becomes a
 * RevueError with {@link MISSING_CHART_LIBRARIES}; any other failure stays what it is.
 *
 * @param load - another importer, not remembered (tests give one that fails)
 */
export function chartLibraries(load?: () => Promise<ChartLibraries>): Promise<ChartLibraries> {
  const attempt = (load ?? importChartLibraries)().catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new RevueError('missing-dependency', MISSING_CHART_LIBRARIES);
    throw error;
  });
  if (load !== undefined) return attempt;
  loaded ??= attempt;
  return loaded;
}

/**
 * The charts' number format per language: French writes `100 000` and `10 %` (d3's fr-FR, with
 * the narrow no-break spaces the rest of the review uses), not `100,000` and `10%`.
 */
const NUMBER_LOCALES = {
  en: { decimal: '.', thousands: ',' },
  fr: { decimal: ',', thousands: '\u202f', percent: '\u202f%' },
} as const;

async function toSvg(spec: TopLevelSpec, { vega, vegaLite }: ChartLibraries, language: Report['language']): Promise<string> {
  // The constructor reads `locale` as d3 definitions ({ number, time }), which vega's typings
  // declare as ready formatters.
  const locale = { number: { ...NUMBER_LOCALES[language], grouping: [3], currency: ['', ''] } } as unknown as ViewOptions['locale'];
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none', locale });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Minimal Markdown → HTML for the review's own output (headings, lists, tables, bold). */
function markdownToHtml(markdown: string): string {
  const html: string[] = [];
  const lines = markdown.split('\n');
  const inline = (text: string) =>
    escapeHtml(text.replace(/\\([\\`*_[\]<|#>+-])/g, '$1')).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('# ')) html.push(`<h1>${inline(line.slice(2))}</h1>`);
    else if (line.startsWith('## ')) html.push(`<h2>${inline(line.slice(3))}</h2>`);
    else if (line.startsWith('### ')) html.push(`<h3>${inline(line.slice(4))}</h3>`);
    else if (/^\d+\. /.test(line)) {
      html.push('<ol>');
      while (i < lines.length && /^\d+\. /.test(lines[i]!)) html.push(`<li>${inline(lines[i++]!.replace(/^\d+\. /, ''))}</li>`);
      html.push('</ol>');
      i--;
    } else if (line.startsWith('- ')) {
      html.push('<ul>');
      while (i < lines.length && lines[i]!.startsWith('- ')) html.push(`<li>${inline(lines[i++]!.slice(2))}</li>`);
      html.push('</ul>');
      i--;
    } else if (line.startsWith('|')) {
      const cells = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
      html.push('<table>', `<thead><tr>${cells(line).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`, '<tbody>');
      i += 2;
      while (i < lines.length && lines[i]!.startsWith('|')) html.push(`<tr>${cells(lines[i++]!).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      html.push('</tbody></table>');
      i--;
    } else if (line.trim() !== '') html.push(`<p>${inline(line)}</p>`);
  }
  return html.join('\n');
}

/**
 * The self-contained HTML review (charts as inline SVG).
 *
 * @throws {RevueError} `missing-dependency` when vega or vega-lite is not installed
 */
export async function reportToHtml(report: Report, libraries?: ChartLibraries): Promise<string> {
  const f = formatter(report.language, report.currency, report.timezone);
  const chartsWith = libraries ?? (await chartLibraries());
  const figures = await Promise.all(
    charts(report).map(async ({ title, spec }) => `<figure><figcaption>${escapeHtml(title)}</figcaption>${await toSvg(spec, chartsWith, report.language)}</figure>`),
  );
  return `<!doctype html>
<html lang="${report.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(pageTitle(report))}</title>
<style>
body { font: 15px/1.45 Helvetica, Arial, sans-serif; color: #1b1f24; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; width: 100%; } th, td { padding: .3rem .5rem; border-bottom: 1px solid #e5e8eb; text-align: left; }
td:not(:first-child), th:not(:first-child) { text-align: right; }
figure { margin: 1.5rem 0; break-inside: avoid; } figcaption { font-weight: bold; margin-bottom: .5rem; }
footer { margin-top: 3rem; color: #57606a; font-size: .85rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
</style>
</head>
<body>
${markdownToHtml(reportToMarkdown(report))}
<section>${figures.join('\n')}</section>
<footer>Revue · ${escapeHtml(f.date(report.asOf))}</footer>
</body>
</html>
`;
}
