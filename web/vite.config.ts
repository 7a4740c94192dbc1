// Builds the analyst's workbench (web/src) into web/dist: static files that `newsgraph serve`
// hands out beside the API. No plugin: esbuild turns the TSX into React's automatic JSX.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // The graph library is large and only the network view needs it.
        manualChunks: (id) => (id.includes('node_modules/cytoscape') ? 'cytoscape' : undefined),
      },
    },
  },
  server: {
    // `npm run dev:web` style development: the API of `newsgraph serve --port 8787`.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
