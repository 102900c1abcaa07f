import type { Plugin } from 'vite';

/** See corrections-shown-plugin.mjs. */
export function correctionsShown(corrections: readonly unknown[]): Plugin;
