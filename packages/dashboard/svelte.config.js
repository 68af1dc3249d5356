import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every route is prerendered as a shell; unknown paths fall back to the SPA entry.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
    // kpi-core is used from its TypeScript source: no build of the library is needed.
    // `kit.alias` feeds both Vite and the generated tsconfig paths, so svelte-check agrees.
    // One alias per entry of kpi-core's package.json `exports`, subpaths first (Vite takes the
    // first alias whose key starts the import).
    alias: {
      '@revue/kpi-core/model': '../kpi-core/src/api/model.ts',
      '@revue/kpi-core/ingest': '../kpi-core/src/api/ingest.ts',
      '@revue/kpi-core/parts': '../kpi-core/src/api/parts.ts',
      '@revue/kpi-core/time': '../kpi-core/src/api/time.ts',
      '@revue/kpi-core/kpi': '../kpi-core/src/api/kpi.ts',
      '@revue/kpi-core/report': '../kpi-core/src/api/report.ts',
      '@revue/kpi-core': '../kpi-core/src/index.ts',
    },
    // Content-Security-Policy (exports/security): with adapter-static it ships as a
    // <meta http-equiv> tag, and SvelteKit adds the hashes of its inline bootstrap script.
    // Vega runs its expressions through vega-interpreter (see src/lib/export/vega.ts), so no
    // 'unsafe-eval'; its inline styles need 'unsafe-inline' in style-src (SvelteKit then adds no
    // style hashes, which would disable 'unsafe-inline'). frame-ancestors cannot be set in a meta tag.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'connect-src': ['self'],
        'script-src': ['self'],
        'img-src': ['self', 'data:', 'blob:'],
        'style-src': ['self', 'unsafe-inline'],
        'font-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['none'],
      },
    },
  },
};

export default config;
