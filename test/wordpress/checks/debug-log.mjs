// Last, once the plugin is deleted: whatever the run made PHP 8.2 log with WP_DEBUG on (every page,
// editor request, command-line script, and the plugin's uninstall.php), nothing is the plugin's:
// no notice, warning or deprecation in its files or its namespace. What else was logged is
// WordPress's own (6.1's deprecations under PHP 8.2, its update checks failing with no network)
// and is listed, not failed.
import assert from 'node:assert/strict';
import { debugLogEntries, isPluginEntry, summarize } from '../debug-log.mjs';

export default {
  name: 'PHP logged nothing about the plugin in the whole run',
  async run({ site }) {
    const entries = debugLogEntries(site);
    assert.deepEqual(summarize(entries.filter(isPluginEntry)), [], 'PHP logged about the plugin');
    if (entries.length === 0) return 'the log is empty';
    // Each on one line, short, in the site's own terms.
    const lines = entries.map((entry) =>
      entry.split('\n')[0].replaceAll(`${site.root}/`, '').slice(0, 150),
    );
    const distinct = summarize(lines);
    return `${entries.length} entries, all WordPress's own (${distinct.length} distinct):\n${distinct
      .map((line) => `      ${line}`)
      .join('\n')}`;
  },
};
