// PHP's log of the test site (WP_DEBUG_LOG), for checks that must leave no warning in it.
import { existsSync, readFileSync } from 'node:fs';

/** What the log holds now, to compare with later (`newProblems`). */
export const readLog = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/**
 * The lines logged since `before` (an earlier `readLog`) that are not WordPress 6.1's own
 * deprecation notices under PHP 8.2.
 */
export const newProblems = (path, before) =>
  readLog(path)
    .slice(before.length)
    .split('\n')
    .filter((line) => line.trim())
    .filter((line) => !/PHP Deprecated: .* in \S+\/wp-(includes|admin)\//.test(line));
