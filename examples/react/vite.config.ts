import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Nothing special for the custom elements: React 19 sets their properties and listens to their events itself.
export default defineConfig({
  plugins: [react()],
});
