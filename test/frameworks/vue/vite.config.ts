import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const refugeTags = new Set([
  'asylum-stat',
  'violence-timeline',
  'police-deaths-chart',
  'drug-killings-chart',
  'republish-notice',
]);

export default defineConfig({
  // Our tags are custom elements, not Vue components: Vue sets their properties and listens to
  // their events without trying to resolve them.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => refugeTags.has(tag) } } }),
  ],
});
