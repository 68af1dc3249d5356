/**
 * Run by retention.test.ts in a child process with --expose-gc: reads a generated file whose
 * decoded text is ~150 MB (two bytes a character: every row has a "—"), once whole and once
 * piece by piece, and prints the heap kept by each table after a full collection.
 */
import { readTickets } from '../src/ingest/read.js';

const gc = (globalThis as { gc?: () => void }).gc!;
// A column no field reads (notes) makes most of the text: the table keeps nothing of it.
const notes = 'Relancé le client — en attente de la pièce, voir le ticket parent. '.repeat(4);
function file(): string {
  const rows: string[] = ['id,openedAt,priority,title,client,notes'];
  for (let i = 0; i < 200_000; i++) rows.push(`T${i},2026-03-02 08:15,P2,Imprimante ${i} du 3e étage — bourrage papier,Client ${i % 20},${notes}${i}`);
  return rows.join('\n') + '\n';
}
const textMb = (file().length * 2) / 1e6;
const bytes = new TextEncoder().encode(file());

function kept(read: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const table = read();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (table === null) throw new Error('unreachable');
  return after - before;
}
// The text is made inside: only the reading can keep it alive.
const whole = kept(() => readTickets(file(), { timezone: 'UTC' }));
const pieces = kept(() => readTickets(bytes, { timezone: 'UTC' }));
console.log(JSON.stringify({ textMb, wholeMb: whole / 1e6, piecesMb: pieces / 1e6 }));
