/**
 * A proposed mapping as the CLI shows it (short lines on standard error) and writes it
 * (`revue mapping FILE`: JSON that `--mapping` reads as it is, the evidence under `$proposal`).
 */
import { isUpwardPriorityScale, type MappingProposal } from '../ingest/propose.js';
import { oneLine } from '../ingest/messages.js';

function quoted(text: string, max = 40): string {
  return `"${oneLine(text, max)}"`;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/**
 * The proposal in a few readable lines: each field ← its column, how sure, sample values; the
 * status, priority and type words it maps; the placeholders it reads as empty; what it did not
 * recognise or find.
 *
 * @example
 * proposalLines(proposeMapping(csv, { fileName: 'otrs.csv' }))
 * // ['proposed mapping for otrs.csv (header on line 1, 4 rows looked at):', '  id          ← "Chamado#"  100%  2025081510000222, 2025081510000231', …]
 */
export function proposalLines(proposal: MappingProposal): string[] {
  const lines: string[] = [];
  const by = proposal.mapping.extends === undefined ? 'by column names and values' : `extending preset ${proposal.mapping.extends}`;
  lines.push(`proposed mapping for ${proposal.file} (${by}; header on line ${proposal.headerLine}, ${proposal.rowsSampled} rows looked at):`);
  const entries = Object.entries(proposal.fields);
  const width = Math.max(8, ...entries.map(([field]) => field.length));
  const columnWidth = Math.min(32, Math.max(8, ...entries.map(([, f]) => quoted(f!.column).length)));
  for (const [field, proposed] of entries) {
    const f = proposed!;
    const samples = f.samples.slice(0, 3).map((s) => oneLine(s, 30)).join(', ');
    const guessed =
      f.dateOrderGuessed === 'month-first'
        ? '; month before day guessed from AM/PM: no date looked at has a day above 12'
        : f.dateOrderGuessed === 'day-first'
          ? '; day before month guessed: no date looked at has a day above 12'
          : '';
    const detail = f.labelPrefix !== undefined ? `the label ${f.labelPrefix}…` : f.lifeUnit === 'years' ? 'years: small bare numbers' : f.durationUnit !== undefined ? `duration in ${f.durationUnit}${field.endsWith('At') ? ' after openedAt' : ''}` : f.dateFormat !== undefined ? `${f.dateFormat}${guessed}` : '';
    const evidence = [samples === '' ? '(empty in the rows looked at)' : samples, detail === '' ? '' : `(${detail})`].filter((p) => p !== '').join(' ');
    lines.push(`  ${field.padEnd(width)} ← ${quoted(f.column).padEnd(columnWidth)} ${percent(f.confidence).padStart(4)}  ${evidence}`);
  }
  for (const [field, map] of Object.entries(proposal.mapping.values)) {
    const pairs = Object.entries(map ?? {}).map(([source, target]) => `${oneLine(source, 30)} → ${target}`);
    if (pairs.length > 0) lines.push(`  ${field} words: ${pairs.slice(0, 8).join(', ')}${pairs.length > 8 ? `, … (${pairs.length - 8} more)` : ''}`);
  }
  const priorities = Object.keys(proposal.mapping.values.priority ?? {});
  if (isUpwardPriorityScale(priorities)) {
    lines.push(`  priority numbers read upward, by Request Tracker's default names: 0–49 Low → P4, 50–99 Medium → P3, 100 and up High → P2; change them if your site set other thresholds`);
  }
  const statusLabels = proposal.mapping.labels?.statusLabels;
  if (statusLabels !== undefined) {
    lines.push(`  status labels ${quoted(`${statusLabels.prefix}…`)} of ${quoted(statusLabels.column)} read over the status while a ticket is open (a waiting label makes it pending)`);
  }
  const placeholders = proposal.mapping.empty?.['*'] ?? [];
  if (placeholders.length > 0) lines.push(`  read as empty (placeholders): ${placeholders.map((p) => quoted(p, 20)).join(', ')}`);
  for (const [field, values] of Object.entries(proposal.unmatchedValues)) {
    lines.push(`  ${field} words not recognised (fill them in): ${values!.slice(0, 8).map((v) => quoted(v, 30)).join(', ')}${values!.length > 8 ? ', …' : ''}`);
  }
  for (const aside of proposal.setAside) {
    lines.push(`  ${quoted(aside.column)} not used as ${aside.field}: a plain due date may be set by hand, not by an SLA; if your tool sets it from the SLA, name it in "columns"`);
  }
  if (proposal.missing.required.length > 0) lines.push(`  required and not found: ${proposal.missing.required.join(', ')} — name their columns in "columns"`);
  if (proposal.relativeDates.length > 0) {
    const sample = proposal.columns.find((c) => c.header === proposal.relativeDates[0])?.samples[0] ?? '';
    const many = proposal.relativeDates.length > 1;
    lines.push(
      `  ${proposal.relativeDates.map((h) => quoted(h)).join(', ')} ${many ? 'hold' : 'holds'} ages (${quoted(sample, 20)}), not dates: no instant can be read from ${many ? 'them' : 'it'}; ` +
        `export the file again with the dates themselves (Request Tracker: display the columns Created and Resolved, not CreatedRelative…)`,
    );
  }
  if (proposal.missing.useful.length > 0) lines.push(`  not found (optional): ${proposal.missing.useful.join(', ')}`);
  if (!proposal.headerIsLabels) lines.push(`  the first rows read as data, not as column names: is the header row missing?`);
  return lines;
}

/**
 * The JSON `revue mapping` writes: the mapping itself (what `--mapping` reads) and, under keys
 * starting with `$` that the reader ignores, a note and the evidence of each choice.
 */
export function proposalJson(proposal: MappingProposal, use: string): string {
  const { mapping } = proposal;
  const document = {
    $comment: `Proposed by revue mapping from ${proposal.file}. Check every column and value, then use it: ${use}. Keys starting with $ are notes; Revue ignores them.`,
    ...mapping,
    $proposal: {
      headerLine: proposal.headerLine,
      rowsLookedAt: proposal.rowsSampled,
      fields: proposal.fields,
      missing: proposal.missing,
      unmatchedValues: proposal.unmatchedValues,
      setAside: proposal.setAside,
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
