import { describe, expect, it } from 'vitest';
import { inspectText } from '$lib/engine/inspect.js';
import { missingRequired, unmatchedValues } from './mapping-check.js';

// A Portuguese export in the OTRS style with headers of its own: no preset knows it (written for this test).
const CSV = [
  'Chamado#;Quando;Estado;Prioridade;Título',
  '2025081510000222;15/08/2025 10:02;aberto;3 normal;Impressora',
  '2025081510000231;;fechado com êxito;P1;VPN',
  '2025081610000015;16/08/2025 08:15;Bloqueado;Urgentíssima;Servidor',
].join('\n');

describe('what the mapping screen says is missing', () => {
  const inspection = inspectText('tickets', 'otrs.csv', CSV);
  const mapping = inspection.proposal.mapping;

  it('starts from the proposal: "Quando" is not a known name and not a full date column, so the opening date is missing', () => {
    expect(inspection.proposal.confident).toBe(false);
    expect(mapping.columns).toMatchObject({ id: 'Chamado#', status: 'Estado', priority: 'Prioridade', title: 'Título' });
    expect(missingRequired(inspection, mapping)).toEqual(['openedAt']);
    expect(missingRequired(inspection, { ...mapping, columns: { ...mapping.columns, openedAt: 'Quando' } })).toEqual([]);
  });

  it('lists the status and priority words no map gives a meaning to (P1 is canonical)', () => {
    // "aberto" → open and "fechado com êxito" → closed, "3 normal" → P3 were proposed.
    expect(unmatchedValues(inspection, mapping)).toEqual([
      { field: 'status', values: ['Bloqueado'] },
      { field: 'priority', values: ['Urgentíssima'] },
    ]);
    const fixed = { ...mapping, values: { ...mapping.values, status: { ...mapping.values.status, Bloqueado: 'pending' } } };
    expect(unmatchedValues(inspection, fixed)).toEqual([{ field: 'priority', values: ['Urgentíssima'] }]);
  });
});
