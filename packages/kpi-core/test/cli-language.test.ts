// With --lang fr, every line the CLI writes to a person is French (review8): progress, the
// quality summary, notices, "wrote", refusals of the arguments and of the files, the help and the
// mapping proposal. With --lang en (the default), the words are those of before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_TEXT, cliLanguage, errorLine } from '../src/cli/messages.js';
import { CONTRACT_ERROR_CODES, revueErrorFrench } from '../src/report/errors-fr.js';
import { proposalLines } from '../src/cli/proposal.js';
import { proposeMapping } from '../src/ingest/propose.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { parseMapping } from '../src/ingest/mapping.js';
import { readTickets } from '../src/ingest/read.js';
import { RevueError } from '../src/internal/errors.js';
import { parsePeriod } from '../src/calendar/period.js';
import { parsePolicy } from '../src/policy/parse.js';
import { matchClient } from '../src/report/clients.js';
import { thrown } from './thrown.js';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const NNBSP = '\u202f';

function revue(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}


/** Words that are English and not French; a French line holding one has English left in it. */
const ENGLISH = new Set(
  'the and of with without from to by for is are was not no cannot read reading wrote rows row accepted rejected blank flagged values value listed under data quality opened after left out every figure unknown command try must needs file folder exist does named names several write it exactly proposed mapping header line looked at words required found optional'.split(' '),
);
// Option names (--by-client) are the command's syntax, not words of a sentence.
const englishIn = (line: string) => line.replace(/revue (?:report|mapping)|--[a-z-]+|\S+\.mapping\.json/g, ' ').toLowerCase().split(/[^\p{L}]+/u).filter((word) => ENGLISH.has(word));

describe('the CLI catalogue (src/cli/messages.ts)', () => {
  it('reads the language from the arguments, before parsing them', () => {
    expect(cliLanguage(['report', '--lang', 'fr'])).toBe('fr');
    expect(cliLanguage(['report', '--lang=fr', '--bogus'])).toBe('fr');
    expect(cliLanguage(['report', '--tickets', 't.csv'])).toBe('en');
    // After "--", an argument is a value, not an option.
    expect(cliLanguage(['mapping', '--', '--lang', 'fr'])).toBe('en');
  });

  it('has every message in French, none left as in English', () => {
    expect(Object.keys(CLI_TEXT.fr).sort()).toEqual(Object.keys(CLI_TEXT.en).sort());
    const sample = (value: unknown): string[] => {
      if (typeof value === 'string') return [value];
      if (typeof value !== 'function') return [];
      const line = { file: 't.csv', preset: 'glpi', rowsRead: 12, accepted: 10, rejected: 2, blank: 1, merged: 1, flagged: 3 };
      return [(value as (...args: unknown[]) => string)('x', 2, 'y', 'z'), (value as (...args: unknown[]) => string)(line, 'x')].filter((text) => typeof text === 'string');
    };
    for (const key of Object.keys(CLI_TEXT.en) as Array<keyof typeof CLI_TEXT.en>) {
      if (key === 'usage') continue;
      const french = sample(CLI_TEXT.fr[key]);
      expect(french.length, key).toBeGreaterThan(0);
      expect(french, key).not.toEqual(sample(CLI_TEXT.en[key]));
      for (const text of french) expect(englishIn(text), `${key}: ${text}`).toEqual([]);
    }
  });

  it('has a French sentence for every RevueError code kpi-core throws', () => {
    const root = fileURLToPath(new URL('../src', import.meta.url));
    const codes = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) for (const match of readFileSync(path, 'utf8').matchAll(/new RevueError\(\s*'([a-z-]+)'/g)) codes.add(match[1]!);
      }
    };
    walk(root);
    expect(codes.size).toBeGreaterThan(20);
    // The shared catalogue (report/errors-fr.ts) says each one, the contract codes apart.
    const contract: readonly string[] = CONTRACT_ERROR_CODES;
    expect([...codes].filter((code) => !contract.includes(code) && revueErrorFrench({ code, message: '…' }) === null).sort()).toEqual([]);
  });
});

describe('errorLine: kpi-core refusals in French, the value the user wrote kept', () => {
  it('says periods, clients, policies, mappings and files in French', () => {
    const cases: Array<[RevueError, string]> = [
      [thrown(() => parsePeriod('2150-Q1', 'UTC')), `la période «${NNBSP}2150-Q1${NNBSP}» sort de 1970–2100`],
      [thrown(() => matchClient('Nobody', ['Bistro Lumière'])), `aucun client ne s’appelle «${NNBSP}Nobody${NNBSP}» (clients${NNBSP}: Bistro Lumière)`],
      [thrown(() => parsePolicy({ headcount: 0 })), `policy.headcount${NNBSP}: 0 n’est pas un entier positif (laisser vide pour aucun)`],
      [thrown(() => parseMapping({ encoding: 'latin-9', columns: { id: 'id', openedAt: 'o' } })), 'la correspondance des colonnes n’est pas valable à encoding'],
      [thrown(() => decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]), { fileName: 'x.csv' })), `x.csv n’est pas un fichier texte CSV (un fichier PDF)${NNBSP}; exportez-le en CSV et réessayez`],
      [thrown(() => readTickets('id,priority\nT1,P2\n', { fileName: 't.csv' })), `t.csv${NNBSP}: aucun format d’export connu ne reconnaît ces colonnes${NNBSP}; indiquez quelle colonne contient quoi dans une correspondance des colonnes${NNBSP}; colonnes du fichier${NNBSP}: id, priority`],
    ];
    for (const [error, french] of cases) {
      expect(errorLine(error, 'fr'), error.message).toBe(french);
      // English: describeError's line, as before.
      expect(errorLine(error, 'en')).not.toBe(french);
    }
  });

  it('keeps the file and the row an error names, and says a broken contract as a fault', () => {
    const located = new RevueError('unreadable', 'cannot read a.csv: EACCES', { file: 'a.csv', row: 42, column: 'Date' });
    expect(errorLine(located, 'fr')).toBe(`a.csv, ligne 42, Date${NNBSP}: impossible de lire a.csv`);
    expect(errorLine(new RevueError('invalid-option', 'backlogTrend: months must be an integer ≥ 1'), 'fr')).toBe(
      `erreur inattendue${NNBSP}: backlogTrend: months must be an integer ≥ 1 (merci de la signaler)`,
    );
  });

  it('says one row looked at in the singular, in English and French (honest9)', () => {
    const proposal = proposeMapping('ID de la demande;Heure de création\n101;02/03/2026 09:00\n', { fileName: 'sdp.csv' });
    expect(proposalLines(proposal, 'fr')[0]).toContain('en-tête à la ligne 1, 1 ligne examinée)');
    expect(proposalLines(proposal)[0]).toContain('header on line 1, 1 row looked at):');
  });

  it('says a mapping proposal in French', () => {
    const proposal = proposeMapping('ID de la demande;Heure de création;Heure de clôture\n101;02/03/2026 09:00;03/03/2026 09:00\n102;13/03/2026 10:00;-\n', { fileName: 'sdp.csv' });
    const lines = proposalLines(proposal, 'fr');
    expect(lines[0]).toMatch(/^correspondance proposée pour sdp\.csv \(d’après les noms et les valeurs des colonnes\u202f; en-tête à la ligne 1, 2 lignes examinées\)\u202f:$/);
    expect(lines).toContain(`  lues comme vides (valeurs de remplissage)${NNBSP}: "-"`);
    // English as before (proposal.test.ts pins its lines).
    expect(proposalLines(proposal)).toContain('  read as empty (placeholders): "-"');
  });
});

describe('revue with --lang fr: every line on standard error in French', () => {
  const dir = mkdtempSync(join(tmpdir(), 'revue-lang-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const tickets = file(
    't.csv',
    [
      'id,openedAt,type,priority,client,resolvedAt',
      'A1,2026-03-10T09:00:00Z,incident,P3,Bistro,2026-03-10T10:00:00Z',
      'A2,2026-03-11T09:00:00Z,incident,P3,Bistro,2026-03-11T10:00:00Z',
      'A3,2026-03-25T09:00:00Z,incident,P3,,2026-03-25T10:00:00Z',
    ].join('\n'),
  );
  const policy = file('p.json', JSON.stringify({ clients: { Bistrot: {} } }));

  it('says the quality summary, the policy notice, the tickets left out and what it wrote', () => {
    const out = join(dir, 'review.md');
    const { code, stderr } = revue(['report', '--tickets', tickets, '--policy', policy, '--period', '2026-03', '--as-of', '2026-03-20T00:00:00Z', '--format', 'md', '--lang', 'fr', '--out', out]);
    expect(code).toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      // French plural rules (Intl.PluralRules): 0 is singular.
      `revue: t.csv (format Revue)${NNBSP}: 3 lignes, 3 acceptées, 0 rejetée`,
      // The review's own catalogue (CATALOGUES.fr.policyNotice), not the English one of before.
      `revue: La politique prévoit des conditions propres à «${NNBSP}Bistrot${NNBSP}», qui ne désigne aucun client des données (comparé sans tenir compte des majuscules, accents et espaces)${NNBSP}: elles n’ont pas été appliquées.`,
      `revue: 1 ticket ouvert après la date des données (2026-03-20T00:00:00.000Z), laissé hors de tous les chiffres`,
      `revue: écrit${NNBSP}: ${out}`,
    ]);
  });

  it('writes one review per client and says which tickets name no client, in French', () => {
    const { code, stderr } = revue(['report', '--tickets', tickets, '--period', '2026-03', '--by-client', join(dir, 'by-client'), '--lang', 'fr']);
    expect(code).toBe(0);
    expect(stderr).toContain(`revue: écrit${NNBSP}: ${join(dir, 'by-client', 'Bistro.json')} (client «${NNBSP}Bistro${NNBSP}»)`);
    expect(stderr).toContain(`revue: 1 ticket ne nomme aucun client${NNBSP}: il n’est dans aucune de ces revues`);
  });

  it('refuses bad arguments and missing files in French, exit code 2', () => {
    for (const args of [
      ['report', '--bogus', '--lang', 'fr'],
      ['report', '--lang', 'fr'],
      ['report', '--tickets', join(dir, 'nope.csv'), '--lang', 'fr'],
      ['report', '--tickets', tickets, '--period', '2026-Q9', '--lang', 'fr'],
      ['report', '--tickets', tickets, '--client', 'Nobody', '--lang', 'fr'],
      ['report', '--tickets', tickets, '--out', join(dir, 'missing', 'r.json'), '--lang', 'fr'],
    ]) {
      const { code, stderr } = revue(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
      expect(englishIn(stderr.replace(/revue report --help|--[a-z-]+|\S+\.csv|\S+\.json|\/\S+/g, ' ')), stderr).toEqual([]);
    }
  });

  it('prints its help in French, and in English by default', () => {
    expect(revue(['report', '--help', '--lang', 'fr']).stdout).toMatch(/^Usage\u202f: revue report --tickets FICHIER \[options\]/);
    expect(revue(['report', '--help']).stdout).toMatch(/^Usage: revue report --tickets FILE \[options\]/);
  });

  it('proposes a mapping in French (revue mapping --lang fr)', () => {
    const odd = file('odd.csv', 'Ticket ID,Date Opened\n1,03/03/2026 09:00\n2,17/03/2026 10:00\n');
    const { code, stderr, stdout } = revue(['mapping', odd, '--lang', 'fr']);
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toMatch(/^revue: correspondance proposée pour odd\.csv/);
    expect(JSON.parse(stdout).$comment).toMatch(/^Proposée par revue mapping d’après odd\.csv/);
  });
});
