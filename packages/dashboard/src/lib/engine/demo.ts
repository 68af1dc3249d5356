/**
 * The embedded demo data (fixtures/demo), inlined as text with Vite `?raw` imports. A glob is
 * used so that a checkout without the generated demo files still builds: `demoFiles()` then
 * returns null and the dashboard asks for files instead.
 */
const files = import.meta.glob<string>('../../../../../fixtures/demo/*.{csv,json}', { query: '?raw', import: 'default', eager: true });

export interface DemoFiles {
  tickets: { name: string; text: string };
  assets: { name: string; text: string } | null;
  policy: { name: string; text: string } | null;
}

function find(name: string): { name: string; text: string } | null {
  for (const [path, text] of Object.entries(files)) if (path.endsWith(`/${name}`)) return { name, text };
  return null;
}

/** The demo tickets, assets and policy, or null when the demo tickets are not in the build. */
export function demoFiles(): DemoFiles | null {
  const tickets = find('tickets.csv');
  return tickets ? { tickets, assets: find('assets.csv'), policy: find('policy.json') } : null;
}
