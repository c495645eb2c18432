import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The first screen's stylesheet inlined into index.html: a separate file blocks the first paint
 * for one more request (Lighthouse's "render-blocking resources"). The file stays in the build, as
 * the manifest names it (scripts/bundle-budget.mjs prints its size); lazily loaded parts keep
 * their own stylesheets. The page's Content-Security-Policy allows inline styles.
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'crm:inline-entry-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      html.source = String(html.source).replace(
        /<link rel="stylesheet"[^>]*? href="\.\/([^"]+\.css)"[^>]*>/g,
        (tag, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
        },
      );
    },
  };
}

/**
 * The English core texts preloaded by index.html: the first render waits for the interface's
 * dictionary (main.ts), which would otherwise be requested only once the entry has run, one
 * round trip later. English is the default and the fallback of every language; a Polish or
 * Chinese page fetches its own dictionary as before (these 1.9 KB come along unused).
 */
function preloadEnglishTexts(): Plugin {
  return {
    name: 'crm:preload-english-texts',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      const en = Object.values(bundle).find(
        (c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/lib/i18n/en.ts'),
      );
      if (html?.type !== 'asset' || !en) return;
      html.source = String(html.source).replace(
        '</head>',
        `  <link rel="modulepreload" crossorigin href="./${en.fileName}">\n  </head>`,
      );
    },
  };
}

// A static app: relative base so dist/ works from any folder or file server.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    inlineEntryStylesheet(),
    preloadEnglishTexts(),
    // Offline after the first visit: a Workbox service worker precaches every built file, the
    // SheetJS and chart.js chunks included. 'prompt': a new version waits until the user chooses
    // "Reload to update" (src/lib/state/app-update.svelte.ts registers it after the first screen).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'CRM Workbook',
        short_name: 'CRM Workbook',
        description: 'Live worksheets for building customer relationships. Your answers stay in this browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f5f8b',
        background_color: '#f6f8fa',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The SheetJS chunk is large; it must be there offline all the same.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is kept offline at once; a new version still waits for "Reload to update".
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    // Dexie's ES2018+ module build: smaller than the legacy UMD its package entry wraps.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  // The manifest lets scripts/bundle-budget.mjs follow the chunk graph instead of parsing minified code.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  // ES workers: the import's worker (export/read-workbook.worker.ts) loads definitions lazily.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
