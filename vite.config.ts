import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// A static app: relative base so dist/ works from any folder or file server.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  resolve: {
    // Dexie's ES2018+ module build: smaller than the legacy UMD its package entry wraps.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
