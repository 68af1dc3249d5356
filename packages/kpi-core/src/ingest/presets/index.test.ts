import { describe, expect, it } from 'vitest';
import { ASSET_PRESETS, TICKET_PRESETS, detectPresetFromHeaders, scorePreset } from './index.js';
import { lastPathSegment, normalizeHeader } from './preset.js';

describe('scorePreset', () => {
  it('weighs required fields 3 and others 1, plus the share of the file headers it knows', () => {
    // canonical has 25 fields, 2 required: total weight 2×3 + 23 = 29. Headers id + openedAt: found 6.
    // Score = 0.75 × 6/29 + 0.25 × 2/2 = 0.4052 → 0.405.
    expect(scorePreset(TICKET_PRESETS.canonical, ['id', 'openedAt'])).toBe(0.405);
    // Missing a required field: × 0.3. Headers: title only → 0.75 × 1/29 + 0.25 × 1 = 0.2759; × 0.3 = 0.0828 → 0.083.
    expect(scorePreset(TICKET_PRESETS.canonical, ['title'])).toBe(0.083);
    expect(scorePreset(TICKET_PRESETS.canonical, [])).toBe(0);
  });

  it('matches headers without case, accents or extra spaces', () => {
    expect(normalizeHeader("  DATE  D’OUVERTURE ")).toBe("date d'ouverture");
    expect(detectPresetFromHeaders(['id', 'DATE D’OUVERTURE', 'priorite'], 'tickets').name).toBe('glpi');
  });
});

describe('detectPresetFromHeaders', () => {
  it.each([
    [['ID', 'Titre', 'Statut', "Date d'ouverture", 'Priorité'], 'glpi'],
    [['number', 'opened_at', 'short_description', 'priority', 'state'], 'servicenow'],
    [['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Created', 'Resolved'], 'jira'],
    [['Ticket Id', 'Subject', 'Status', 'Priority', 'Urgency', 'Category', 'Created Time', 'Resolved Time'], 'freshservice'],
    [['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Resolved time', 'Survey results'], 'freshdesk'],
    [['Número', 'Ticket#', 'Idade', 'Titulo', 'Criado', 'Última Alteração', 'Hora de Fechamento', 'Fila', 'Estado', 'Prioridade'], 'otrs'],
    [['Ticket#', 'Age', 'Title', 'Created', 'Close Time', 'Queue', 'State', 'Priority', 'Customer ID'], 'otrs'],
    [['#', 'Title', 'State', 'Priority', 'Created At', 'Closed At'], 'zammad'],
    [['Id', 'Subject', 'Status', 'Priority', 'Created at', 'Solved at'], 'zendesk'],
    [['Ticket Number', 'Date Created', 'Subject', 'Priority', 'Current Status'], 'osticket'],
    [['id', 'openedAt', 'priority'], 'canonical'],
  ])('%j → %s', (headers, expected) => {
    const detection = detectPresetFromHeaders(headers, 'tickets');
    expect(detection.name).toBe(expected);
    expect(detection.candidates).toHaveLength(Object.keys(TICKET_PRESETS).length);
    expect(detection.candidates[0]!.score).toBe(detection.score);
  });

  it('detects asset presets', () => {
    expect(detectPresetFromHeaders(['Asset Tag', 'Asset Name', 'Purchased', 'Cost'], 'assets').name).toBe('snipe-it');
    expect(detectPresetFromHeaders(['Nom', 'Entité', 'Type', "Informations financières et administratives - Date d'achat"], 'assets').name).toBe('glpi');
    expect(Object.keys(ASSET_PRESETS)).toEqual(['canonical', 'glpi', 'snipe-it']);
  });
});

describe('lastPathSegment', () => {
  it('keeps the last segment of a GLPI path', () => {
    expect(lastPathSegment('Entité racine > Bistro')).toBe('Bistro');
    expect(lastPathSegment('Bistro')).toBe('Bistro');
    expect(lastPathSegment('Root > ')).toBeNull();
  });
});
