import { describe, expect, it } from 'vitest';
import { headEnd, inspectText } from './inspect.js';
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

  it('lists a repeated header\'s values from its first column, the one kpi-core reads (Jira "all fields" export)', () => {
    // Jira Cloud repeats `Labels` once per label (fixtures/real-formats/jira/jira-cloud-en.csv).
    const repeated = inspectText('tickets', 'jira.csv', 'Issue key,Created,Labels,Labels\nOPS-1,02/Mar/26 9:15 AM,printer,urgent\n');
    expect(repeated.headers).toEqual(['Issue key', 'Created', 'Labels', 'Labels']);
    expect(repeated.distinctValues['Labels']).toEqual(['printer']);
  });

  it('says an empty file is empty (0 bytes, or blank lines only), not a file without a header', () => {
    // fixtures/bad/empty.csv and blank-lines-only.csv: kpi-core refuses both with code `empty`.
    expect(inspectText('tickets', 'empty.csv', '').empty).toBe(true);
    expect(inspectText('tickets', 'blank.csv', '\n\n;;\n\n').empty).toBe(true);
    expect(inspectText('tickets', 'glpi.csv', GLPI).empty).toBe(false);
  });

  it('copes with a file that is only a header', () => {
    const empty = inspectText('assets', 'a.csv', 'id,name\n');
    expect(empty.headers).toEqual(['id', 'name']);
    expect(empty.distinctValues).toEqual({});
    expect(empty.required).toEqual(['id']);
  });
});

describe('headEnd', () => {
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);

  it('cuts UTF-8 after the last line feed, so no character is split', () => {
    // "id,title\n" = 9 bytes, "T1,Écran\n" = 10 bytes (É is 2 bytes in UTF-8): the cut is at 19.
    const head = new TextEncoder().encode('id,title\nT1,Écran\nT2,Wi');
    expect(headEnd(head)).toBe(19);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, headEnd(head)))).toBe('id,title\nT1,Écran\n');
  });

  it('keeps the whole head when it holds no line feed', () => {
    expect(headEnd(new TextEncoder().encode('id,title'))).toBe(8);
  });

  it('cuts UTF-16 after the whole line feed code unit', () => {
    // BOM (2) + "a\nb" (3 units × 2 bytes): LE "\n" = 0A 00 ends at byte 6, BE "\n" = 00 0A too.
    expect(headEnd(utf16le('a\nb'))).toBe(6);
    expect(headEnd(utf16be('a\nb'))).toBe(6);
    expect(new TextDecoder('utf-16le').decode(utf16le('a\nb').subarray(2, headEnd(utf16le('a\nb'))))).toBe('a\n');
  });

  it('never leaves half a UTF-16 code unit, even when 0x0A is part of another character', () => {
    // U+010A (Ċ) is 0A 01 in UTF-16LE: its 0x0A is not a line feed; the cut stays even.
    const head = utf16le('a\nĊb');
    expect(headEnd(head) % 2).toBe(0);
    expect(new TextDecoder('utf-16le', { fatal: true }).decode(head.subarray(2, headEnd(head)))).toMatch(/^a\n/);
  });
});

describe('inspectText: values as the reader reads them with the preset alone', () => {
  it('asks the reader, so a preset\'s transforms and other columns count', () => {
    // ServiceNow in French (fixtures/real-formats/servicenow): the preset reads the number of a
    // "1 - Critique" choice (its transform), whatever the language of the label.
    const servicenow = [
      '"number","opened_at","short_description","priority","state","impact"',
      '"INC1","02/03/2026 08:15:00","Imprimante","3 - Modéré","Fermé","2 - Moyen"',
      '"INC2","03/03/2026 09:30:00","Messagerie","1 - Critique","Résolu","1 - Élevé"',
      '"INC3","04/03/2026 09:30:00","Écran","1 - Critique","Statut maison","1 - Élevé"',
      '',
    ].join('\n');
    const read = inspectText('tickets', 'incident.csv', servicenow).readAs;
    expect(read.priority).toEqual({ '3 - Modéré': 'P3', '1 - Critique': 'P1' });
    expect(read.impact).toEqual({ '2 - Moyen': 'degraded', '1 - Élevé': 'outage' });
    // A status word no map names has no class (the reader leaves it to the dates): absent.
    expect(read.status).toEqual({ Fermé: 'closed', Résolu: 'resolved' });
  });

  it('reads a Jira status the preset does not name by its status category, as the CLI does', () => {
    const jira = [
      'Tipo de Incidencia;Prioridad;Clave de incidencia;Resumen;Creada;Estado;Resuelta;Categoría de estado',
      'Incidencia;Low;SD-14;Ratón roto;17/mar/26 4:30 PM;Esperando al cliente;;En curso',
      'Incidencia;High;SD-11;Impresora;02/mar/26 9:15 AM;Listo;02/mar/26 10:45 AM;Listo',
      '',
    ].join('\n');
    const inspection = inspectText('tickets', 'jira.csv', jira);
    expect(inspection.preset.name).toBe('jira');
    expect(inspection.readAs.status).toEqual({ 'Esperando al cliente': 'open', Listo: 'closed' });
    expect(inspection.readAs.priority).toEqual({ Low: 'P4', High: 'P2' });
  });

  it('has nothing to say of a file no preset recognises (the CLI refuses it without a mapping)', () => {
    expect(inspectText('tickets', 'x.csv', 'Número;Criado;Estado\n1;15/08/2025 10:00;Fechado\n').readAs).toEqual({});
  });
});
