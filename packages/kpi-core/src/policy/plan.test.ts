import { describe, expect, test } from 'vitest';
import { RevueError, describeError } from '../internal/errors.js';
import { parsePolicy, policyFor } from './parse.js';
import { parsePlanCsv, withPreventivePlan } from './plan.js';

const RESTORE = { id: 'restore', title: 'Restore test', assetType: 'server', category: 'Backup', every: 'month' };
const FW = { id: 'fw-review', title: 'Firewall rules review', assetIds: ['FW-0', 'FW-1'], category: 'Security', every: 'week' };

/** The message of the RevueError thrown by `run`. */
function errorOf(run: () => unknown): RevueError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RevueError);
    return error as RevueError;
  }
  throw new Error('did not throw');
}

describe('preventivePlan in the policy', () => {
  test('tasks are validated and normalised; no plan is an empty plan', () => {
    expect(parsePolicy({}).preventivePlan).toEqual([]);
    const policy = parsePolicy({ preventivePlan: [RESTORE, { ...FW, every: ' Week ' }, { id: 'x', assetType: 'printer', category: 'Service', every: 'quarter' }] });
    expect(policy.preventivePlan).toEqual([
      { id: 'restore', title: 'Restore test', assetType: 'server', assetIds: null, category: 'Backup', every: 'month' },
      { id: 'fw-review', title: 'Firewall rules review', assetType: null, assetIds: ['FW-0', 'FW-1'], category: 'Security', every: 'week' },
      // No title: the id stands in.
      { id: 'x', title: 'x', assetType: 'printer', assetIds: null, category: 'Service', every: 'quarter' },
    ]);
  });

  test("a client's plan replaces the base plan for that client (no merge by id)", () => {
    const policy = parsePolicy({
      preventivePlan: [RESTORE, FW],
      clients: { Bistro: { preventivePlan: [{ ...RESTORE, every: 'quarter' }] }, Cabinet: { headcount: 3 }, Durand: { preventivePlan: [] } },
    });
    expect(policyFor(policy, 'Bistro').preventivePlan.map((t) => [t.id, t.every])).toEqual([['restore', 'quarter']]);
    expect(policyFor(policy, 'Cabinet').preventivePlan).toEqual(policy.preventivePlan);
    expect(policyFor(policy, 'Durand').preventivePlan).toEqual([]);
  });

  test.each([
    [{ preventivePlan: [{ ...RESTORE, every: 'fortnight' }] }, 'policy.preventivePlan[0].every: "fortnight" is not a periodicity (use week, month, quarter, half or year)'],
    [{ preventivePlan: [{ ...RESTORE, every: undefined }] }, 'policy.preventivePlan[0].every: is missing (use week, month, quarter, half or year)'],
    [{ preventivePlan: [{ id: 'a', category: 'Backup', every: 'month' }] }, 'policy.preventivePlan[0]: has no scope: give assetType (every asset of a type) or assetIds (a list of assets)'],
    [{ preventivePlan: [{ ...FW, assetIds: [] }] }, 'policy.preventivePlan[0].assetIds: is empty: name at least one asset, or use assetType'],
    [{ preventivePlan: [{ ...FW, assetIds: 'FW-0' }] }, 'policy.preventivePlan[0].assetIds: "FW-0" is not a list of asset ids'],
    [{ preventivePlan: [{ ...FW, assetIds: ['FW-0', ''] }] }, 'policy.preventivePlan[0].assetIds: item 2 is empty'],
    [{ preventivePlan: [{ ...FW, assetType: 'network' }] }, 'policy.preventivePlan[0]: has both assetType and assetIds: give one of them'],
    [{ preventivePlan: [RESTORE, FW, { ...RESTORE, title: 'Again' }] }, 'policy.preventivePlan[2].id: "restore" is already the id of policy.preventivePlan[0] (task ids must be unique)'],
    [{ preventivePlan: [{ ...RESTORE, category: undefined }] }, 'policy.preventivePlan[0].category: is missing (the category of the preventive tickets that record a run)'],
    [{ preventivePlan: [{ ...RESTORE, category: '  ' }] }, 'policy.preventivePlan[0].category: is empty (the category of the preventive tickets that record a run)'],
    [{ preventivePlan: [{ ...RESTORE, id: 7 }] }, 'policy.preventivePlan[0].id: 7 is not a non-empty string'],
    [{ preventivePlan: [{ ...RESTORE, periodicity: 'month' }] }, 'policy.preventivePlan[0]: unknown key "periodicity" (known: id, title, assetType, assetIds, category, every)'],
    [{ preventivePlan: [{ ...RESTORE, title: 3 }] }, 'policy.preventivePlan[0].title: 3 is not a string'],
    [{ preventivePlan: RESTORE }, 'policy.preventivePlan: {"id":"restore","title":"Restore test... is not a list of tasks'],
    [{ preventivePlan: ['restore'] }, 'policy.preventivePlan[0]: "restore" is not a task object'],
    [{ clients: { Bistro: { preventivePlan: [{ ...RESTORE, every: 'daily' }] } } }, 'policy.clients.Bistro.preventivePlan[0].every: "daily" is not a periodicity'],
  ])('%j is refused', (json, message) => {
    const error = errorOf(() => parsePolicy(json));
    expect(error.code).toBe('policy');
    expect(error.message).toContain(message);
  });
});

describe('parsePlanCsv', () => {
  test('reads the columns of a task; | or spaces separate asset ids', () => {
    const csv = [
      'id,title,assetType,assetIds,category,every',
      'restore,Restore test,server,,Backup,month',
      'fw,"Firewall rules review",,FW-0 FW-1,Security,week',
      '',
      'pcs,Check,,PC Accueil|PC Direction | PC-3,Contrôle,HALF',
    ].join('\n');
    expect(parsePlanCsv(csv)).toEqual([
      { id: 'restore', title: 'Restore test', assetType: 'server', assetIds: null, category: 'Backup', every: 'month' },
      { id: 'fw', title: 'Firewall rules review', assetType: null, assetIds: ['FW-0', 'FW-1'], category: 'Security', every: 'week' },
      { id: 'pcs', title: 'Check', assetType: null, assetIds: ['PC Accueil', 'PC Direction', 'PC-3'], category: 'Contrôle', every: 'half' },
    ]);
  });

  test('semicolons, a BOM, Windows-1252 bytes, columns in any order and case, no title column', () => {
    // "Entretien imprimante" with é as 0xE9 (Windows-1252).
    const text = '\uFEFFEvery;Category;ID;AssetType\r\nquarter;Impression > Entretien;prn;imprimante\r\n';
    const bytes = Uint8Array.from([...'Every;Category;ID;AssetType\nquarter;R'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'seau;net;network\n'].map((c) => c.charCodeAt(0))));
    expect(parsePlanCsv(text)).toEqual([{ id: 'prn', title: 'prn', assetType: 'imprimante', assetIds: null, category: 'Impression > Entretien', every: 'quarter' }]);
    expect(parsePlanCsv(bytes)[0]!.category).toBe('Réseau');
  });

  test.each([
    ['id,title,assetType,assetIds,category,every\nr,R,server,,Backup,fortnight\n', 2, 'every', 'plan.csv, row 2, every: "fortnight" is not a periodicity (use week, month, quarter, half or year)'],
    ['id,title,assetType,assetIds,category,every\nr,R,server,,Backup,month\ns,S,,,Backup,month\n', 3, undefined, 'plan.csv, row 3: task "s" has no scope: give assetType (every asset of a type) or assetIds (a list of assets)'],
    ['id,title,assetType,assetIds,category,every\nr,R,server,FW-1,Backup,month\n', 2, undefined, 'plan.csv, row 2: task "r" has both assetType and assetIds: give one of them'],
    ['id,title,assetType,assetIds,category,every\nr,R,server,,Backup,month\n\nr,Again,printer,,Service,year\n', 4, 'id', 'plan.csv, row 4, id: "r" is already the id of the task on row 2 (task ids must be unique)'],
    ['id,title,assetType,assetIds,category,every\nr,R,server,,,month\n', 2, 'category', 'plan.csv, row 2, category: is empty (the category of the preventive tickets that record a run)'],
    ['id,title,assetType,assetIds,category,every\n,R,server,,Backup,month\n', 2, 'id', 'plan.csv, row 2, id: is empty'],
    ['id,title,assetType,assetIds,category,every\nr,R,server,,Backup,\n', 2, 'every', 'plan.csv, row 2, every: is empty (use week, month, quarter, half or year)'],
    ['id,title,type,category,every\n', 1, undefined, 'plan.csv, row 1: unknown column "type" (known: id, title, assetType, assetIds, category, every)'],
    ['id,title,assetType,category\n', 1, undefined, 'plan.csv, row 1: no "every" column (expected: id,title,assetType,assetIds,category,every)'],
    ['id,title,category,every\n', 1, undefined, 'plan.csv, row 1: no "assetType" or "assetIds" column: a task needs a scope'],
    ['\n\n', undefined, undefined, 'plan.csv: the plan file is empty (expected a header: id,title,assetType,assetIds,category,every)'],
  ])('%j is refused at row %s, column %s', (csv, row, column, described) => {
    const error = errorOf(() => parsePlanCsv(csv));
    expect(error.code).toBe('plan');
    expect(error.file).toBe('plan.csv');
    expect(error.row).toBe(row);
    expect(error.column).toBe(column);
    expect(describeError(error)).toBe(described);
  });

  test('names the given file', () => {
    expect(errorOf(() => parsePlanCsv('id;every\n', { fileName: 'contrat.csv' })).file).toBe('contrat.csv');
  });
});

describe('withPreventivePlan', () => {
  test('replaces the plan of the base policy and of every client, and leaves the policy given alone', () => {
    const policy = parsePolicy({ preventivePlan: [RESTORE], clients: { Bistro: { preventivePlan: [FW] }, __proto__: { headcount: 2 } } });
    const plan = parsePlanCsv('id,assetType,category,every\nprn,printer,Service,quarter\n');
    const replaced = withPreventivePlan(policy, plan);
    expect(replaced.preventivePlan).toBe(plan);
    expect(policyFor(replaced, 'Bistro').preventivePlan).toBe(plan);
    expect(policyFor(replaced, 'Bistro').headcount).toBe(policy.clients.Bistro!.headcount);
    expect(policy.clients.Bistro!.preventivePlan.map((t) => t.id)).toEqual(['fw-review']);
    expect(policy.preventivePlan.map((t) => t.id)).toEqual(['restore']);
  });
});
