import { existsSync, readdirSync } from 'node:fs';

/** Changesets written and not yet released in `dir` (`changeset version` turns them into the changelog). */
export const pendingChangesets = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md')
    : [];
