import { describe, expect, it } from 'vitest';
import { inspectText } from './inspect.js';
import { headerSignature } from './signature.js';

// A French GLPI export as FORMATS.md §1 describes it: `;`, every cell quoted, trailing `;`.
const GLPI = [
  '"ID";"Titre";"Statut";"Date d\'ouverture";"Priorité";"Catégorie";',
  '"1";"Imprimante bloquée";"Clos";"05-01-2026 16:24";"Haute";"Imprimante";',
  '"2";"Écran noir";"Nouveau";"06-01-2026 08:02";"Très haute";"Poste";',
  '"3";"Wifi lent";"En cours (Attribué)";"06-01-2026 09:40";"Haute";"Réseau";',
  '',
].join('\n');

describe('inspectText', () => {
  const inspection = inspectText('tickets', 'glpi.csv', GLPI);

  it('reads the header row and detects the preset', () => {
    expect(inspection.headers).toEqual(['ID', 'Titre', 'Statut', "Date d'ouverture", 'Priorité', 'Catégorie', '']);
    expect(inspection.preset.name).toBe('glpi');
    expect(inspection.signature).toBe(headerSignature('tickets', inspection.headers));
  });

  it('finds the column the preset reads for each field', () => {
    expect(inspection.presetColumns).toMatchObject({ id: 'ID', openedAt: "Date d'ouverture", priority: 'Priorité', title: 'Titre' });
    expect(inspection.required).toEqual(['id', 'openedAt']);
  });

  it('lists the distinct values of each column for the value maps', () => {
    // Priorité holds "Haute" twice and "Très haute" once → two distinct values, sorted.
    expect(inspection.distinctValues['Priorité']).toEqual(['Haute', 'Très haute']);
    expect(inspection.distinctValues['ID']).toEqual(['1', '2', '3']);
  });

  it('keeps the preset value maps, keyed by normalised value', () => {
    // FORMATS.md: GLPI FR priorities "Très haute" and "Haute"; keys are accent- and case-free.
    const priority = inspection.presetMaps.priority ?? {};
    expect(Object.keys(priority)).toContain('tres haute');
    expect(priority['haute']).toMatch(/^P[1-5]$/);
  });

  it('copes with a file that is only a header', () => {
    const empty = inspectText('assets', 'a.csv', 'id,name\n');
    expect(empty.headers).toEqual(['id', 'name']);
    expect(empty.distinctValues).toEqual({});
    expect(empty.required).toEqual(['id']);
  });
});
