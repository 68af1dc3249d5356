import { proposeMapping, readTickets, ticketRows, type Mapping } from '@revue/kpi-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectText } from '$lib/engine/inspect.js';
import { toMapping } from '$lib/engine/user-mapping.js';
import { initialMapping, proposedMeanings, withProposedMeanings } from './initial-mapping.js';

// Look-alikes of real exports (fixtures/real-formats/README.md says where each was seen), each
// recognised by its preset yet holding words the preset does not know.
const fixture = (path: string) => readFileSync(new URL(`../../../../../fixtures/real-formats/${path}`, import.meta.url), 'utf8');
const FILES = [
  // Jira Service Management in Spanish: the status "Esperando al cliente".
  { name: 'jira-es.csv', text: fixture('jira/jira-es.csv') },
  // Jira Cloud: the workflow statuses "Triage" and "Shelved".
  { name: 'jira-cloud-en.csv', text: fixture('jira/jira-cloud-en.csv') },
  // ServiceNow in French: priorities "1 - Critique" … "5 - Planification", impacts "1 - Élevé"….
  { name: 'servicenow-incident-fr.csv', text: fixture('servicenow/servicenow-incident-fr.csv') },
];

/** The tickets as read, and the quality report's counts: what every figure is computed from. */
function read(name: string, text: string, mapping?: Mapping) {
  const { table, quality } = readTickets(text, { fileName: name, timezone: 'UTC', ...(mapping ? { mapping } : {}) });
  return { rows: ticketRows(table), accepted: quality.accepted, rejected: quality.rejected, reasons: quality.reasons, warnings: quality.warnings };
}

describe('initialMapping: the figures of `revue report` on the same file', () => {
  for (const { name, text } of FILES) {
    it(`reads ${name} as the CLI does (preset alone): every ticket and every flag alike`, () => {
      const inspection = inspectText('tickets', name, text);
      expect(inspection.proposal.confident).toBe(true);
      // `revue report --tickets FILE`: the detected preset, no mapping.
      expect(read(name, text, toMapping(initialMapping(inspection)))).toEqual(read(name, text));
    });
  }

  it('offers the proposal\'s meanings for the words the preset does not know, without applying them', () => {
    const es = inspectText('tickets', 'jira-es.csv', FILES[0]!.text);
    const mapping = initialMapping(es);
    expect(mapping.values.status?.['Esperando al cliente']).toBeUndefined();
    expect(proposedMeanings(es, mapping)).toEqual({ status: { 'Esperando al cliente': 'pending' } });

    // Read as open now (the preset reads its status category, "En curso"), as `revue report` does.
    expect(read('jira-es.csv', FILES[0]!.text, toMapping(mapping)).rows.find((row) => row.id === 'SD-14')?.statusClass).toBe('open');

    // The proposal reads each choice by its rank ("1 - Critique" → P1 … "5 - Planification" → P5,
    // "2 - Élevé" and "3 - Modéré" too, which its word lists missed): that changes nothing, the
    // ServiceNow preset reads the choice's number already. Jira Cloud's "Triage" → open neither (its category).
    const fr = inspectText('tickets', 'servicenow-incident-fr.csv', FILES[2]!.text);
    expect(fr.proposal.mapping.values.priority).toEqual({ '3 - Modéré': 'P3', '1 - Critique': 'P1', '4 - Faible': 'P4', '2 - Élevé': 'P2', '5 - Planification': 'P5' });
    expect(proposedMeanings(fr, initialMapping(fr))).toEqual({});
    const cloud = inspectText('tickets', 'jira-cloud-en.csv', FILES[1]!.text);
    expect(proposedMeanings(cloud, initialMapping(cloud))).toEqual({});
  });

  it('once applied by the person, reads as `revue mapping FILE`\'s proposal given to --mapping', () => {
    for (const { name, text } of FILES) {
      const inspection = inspectText('tickets', name, text);
      const start = initialMapping(inspection);
      const applied = withProposedMeanings(start, proposedMeanings(inspection, start));
      expect(proposedMeanings(inspection, applied)).toEqual({});
      const proposal = proposeMapping(text, { kind: 'tickets', fileName: name }).mapping;
      expect(read(name, text, toMapping(applied))).toEqual(read(name, text, proposal));
    }
  });

  it('reads a file no preset recognises as `revue mapping FILE` + `--mapping` does, its "-" placeholders included', () => {
    // ServiceDesk Plus writes "-" for a date not reached; the proposal reads it as empty (`empty`).
    const name = 'sdp-en-requests.csv';
    const text = fixture('manageengine-sdp/sdp-en-requests.csv');
    const inspection = inspectText('tickets', name, text);
    expect(inspection.proposal.confident).toBe(false);
    const proposal = proposeMapping(text, { kind: 'tickets', fileName: name }).mapping;
    expect(proposal.empty).toEqual({ '*': ['-'] });
    // Before: the screen's mapping left `empty` out, and each "-" was a value that cannot be read.
    const dashboard = read(name, text, toMapping(initialMapping(inspection)));
    expect(dashboard).toEqual(read(name, text, proposal));
    expect(dashboard.warnings).toEqual({ 'closed-without-resolution': 1 });
  });

  it('starts a file no preset recognises from the whole proposal', () => {
    const text = 'Número;Criado;Estado\n2025081510000222;15/08/2025 10:00;Fechado\n2025081610000223;16/08/2025 11:00;Aberto\n';
    const inspection = inspectText('tickets', 'otrs.csv', text);
    expect(inspection.proposal.confident).toBe(false);
    expect(initialMapping(inspection)).toEqual(inspection.proposal.mapping);
    expect(proposedMeanings(inspection, initialMapping(inspection))).toEqual({});
  });
});
