/**
 * The floor of reading a file: the time to bring its bytes into memory, to find its line breaks
 * in them, and to decode them as UTF-8 — what any reader pays before parsing a cell. Run as a
 * child by bench/cli.ts (`node floor.js FILE…`), prints one JSON line of milliseconds.
 */
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let started = performance.now();
const contents = files.map((file) => readFileSync(file));
const read = performance.now() - started;

started = performance.now();
let lines = 0;
for (const bytes of contents) {
  let at = bytes.indexOf(10);
  while (at !== -1) {
    lines++;
    at = bytes.indexOf(10, at + 1);
  }
}
const split = performance.now() - started;

started = performance.now();
const decoder = new TextDecoder();
let characters = 0;
for (const bytes of contents) {
  // 16 MB at a time, as kpi-core's reader decodes a large file.
  for (let from = 0; from < bytes.length; from += 16 * 2 ** 20) characters += decoder.decode(bytes.subarray(from, from + 16 * 2 ** 20), { stream: true }).length;
}
const decode = performance.now() - started;
process.stdout.write(`${JSON.stringify({ read, split, decode, lines, characters })}\n`);
