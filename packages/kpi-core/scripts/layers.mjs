#!/usr/bin/env node
/**
 * The library's layering, checked (issue 13, item 7): no import cycle between modules, the
 * calendar does not import the policy, kpi/ does not import report/. Imports are read from the
 * sources with TypeScript's own parser (type-only imports count: a cycle of types is still a
 * knot in the design).
 *
 * Some violations predate the rule. They are listed in KNOWN below, each to be removed as it is
 * fixed: the check fails on any NEW violation, and also when a KNOWN one has gone (so the list
 * only shrinks). `node scripts/layers.mjs --list` prints what it sees.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Violations present when the rule was introduced (2026-12-03), to be fixed and deleted: none left. */
const KNOWN = new Set([]);

/** Folder rules: a module under `from` imports nothing under `to`. */
const RULES = [
  { from: 'calendar/', to: 'policy/', name: 'calendar→policy' },
  { from: 'kpi/', to: 'report/', name: 'kpi→report' },
];

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The relative imports and re-exports of a file, as paths under src/. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out = [];
  const add = (specifier) => {
    if (!specifier.startsWith('.')) return;
    out.push(relative(root, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))));
  };
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      add(statement.moduleSpecifier.text);
    }
  }
  // Dynamic imports and import('…') types: walk the rest of the tree.
  const visit = (node) => {
    if ((ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) || ts.isImportTypeNode(node)) {
      const arg = ts.isCallExpression(node) ? node.arguments[0] : node.argument.literal;
      if (arg && ts.isStringLiteral(arg)) add(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return out;
}

const graph = new Map(sources(root).map((file) => [relative(root, file), importsOf(file)]));

const found = [];
for (const [file, targets] of graph) {
  for (const target of targets) {
    for (const rule of RULES) {
      if (file.startsWith(rule.from) && target.startsWith(rule.to)) found.push(`rule ${rule.name}: ${file} → ${target}`);
    }
  }
}

// Strongly connected components (Tarjan): any component of two or more modules is a cycle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const strong = (node) => {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!graph.has(next)) continue;
    if (!index.has(next)) {
      strong(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(`cycle: ${component.sort().join(' ↔ ')}`);
  }
};
for (const node of [...graph.keys()].sort()) if (!index.has(node)) strong(node);

const seen = new Set(found);
if (process.argv.includes('--list')) for (const line of [...seen].sort()) console.log(line);
const fresh = [...seen].filter((line) => !KNOWN.has(line)).sort();
const gone = [...KNOWN].filter((line) => !seen.has(line)).sort();
const knownCycles = [...seen].filter((line) => line.startsWith('cycle:') && KNOWN.has(line)).length;
if (fresh.length > 0 || gone.length > 0) {
  for (const line of fresh) console.error(`layers: new violation — ${line}`);
  for (const line of gone) console.error(`layers: fixed, remove it from KNOWN in scripts/layers.mjs — ${line}`);
  process.exit(1);
}
console.log(`layers: ${graph.size} modules, no new cycle or layer violation (${seen.size} known, ${knownCycles} of them cycles, listed in scripts/layers.mjs)`);
