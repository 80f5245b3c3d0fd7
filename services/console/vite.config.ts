import { copyFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** dist/persisted-documents.json: the operations the console sends, by hash, for the gateway. */
function persistedDocuments(): Plugin {
  return {
    name: 'qinshang-persisted-documents',
    apply: 'build',
    closeBundle() {
      copyFileSync(path.resolve(import.meta.dirname, 'src/gql/persisted-documents.json'), path.resolve(import.meta.dirname, 'dist/persisted-documents.json'));
    },
  };
}

export default defineConfig({
  plugins: [react(), persistedDocuments()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // Libraries change less often than pages: separate files keep the browser's cache warm.
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          if (id.includes('echarts') || id.includes('zrender')) return 'echarts';
          if (id.includes('antd') || id.includes('@ant-design') || id.includes('rc-') || id.includes('@rc-component')) return 'antd';
          return 'vendor';
        },
      },
    },
  },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/console-config.json': 'http://localhost:4000' },
  },
});
