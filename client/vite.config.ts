import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Builds the workspace into client/dist, which the API server serves at `/`. */
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Two pages: the workspace, and GraphiQL for developers (served at /graphiql in development).
    rollupOptions: { input: { main: `${root}index.html`, graphiql: `${root}graphiql.html` } },
  },
  server: {
    // `npm run dev:client` next to `npm start`: the API keeps its own port, Vite proxies to it.
    proxy: {
      '/graphql': process.env.OPSGRAPH_API ?? 'http://127.0.0.1:4000',
      '/auth': process.env.OPSGRAPH_API ?? 'http://127.0.0.1:4000',
      '/ingest': process.env.OPSGRAPH_API ?? 'http://127.0.0.1:4000',
    },
  },
});
