// What PHP wrote to the site's WP_DEBUG_LOG (WP_DEBUG is on, display off: wordpress-site.mjs), as
// entries: a line starting with PHP's `[date]` and the lines that follow it (a stack trace), so
// an error raised in WordPress's code from the plugin's callback counts as the plugin's.
import { existsSync, readFileSync } from 'node:fs';

/** The log's length in characters now, for reading only what a check makes PHP write. */
export const debugLogLength = (site) => readDebugLog(site).length;

function readDebugLog(site) {
  return existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
}

/** The log's entries from `from` (a length from debugLogLength) on, without their dates. */
export function debugLogEntries(site, from = 0) {
  const entries = [];
  for (const line of readDebugLog(site).slice(from).split('\n')) {
    if (!line.trim()) continue;
    const dated = line.match(/^\[[^\]]+\] (.*)$/);
    if (dated || entries.length === 0) entries.push(dated ? dated[1] : line);
    else entries[entries.length - 1] += `\n${line}`;
  }
  return entries;
}

/** An entry about the plugin: one of its files (in the site's plugins folder), or its namespace. */
export const isPluginEntry = (entry) => /\/plugins\/refuge-widgets\/|RefugeWidgets\\/.test(entry);

/**
 * WordPress's own PHP 8.2 deprecation notices, raised in its own files (6.1, from before PHP 8.2,
 * has dozens: dynamic properties, `${var}` in strings), which no plugin can silence.
 */
export const isWordPressDeprecation = (entry) =>
  !isPluginEntry(entry) && /^PHP Deprecated: .* in \S+\/wp-(includes|admin)\//.test(entry);

/** The distinct entries, each once with how many times it was logged, for a check's report. */
export function summarize(entries) {
  const counts = new Map();
  for (const entry of entries) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  return [...counts].map(([entry, count]) => (count > 1 ? `${count}× ${entry}` : entry));
}
