// Shortcodes with values no form would send: markup, javascript: URLs, 5,000 characters, unknown
// widgets and attributes. Each renders the element with only documented attributes and values,
// or nothing, never markup of its own; the page runs no script of theirs; PHP logs no warning.
import assert from 'node:assert/strict';
import { newProblems, readLog } from '../php-log.mjs';

const breakOut = '"><script>window.hostile=1</script>';
const imageBreakOut = "'><img src=x onerror=window.hostile=1>";
const long = 'x'.repeat(5000);

/** Each shortcode and the element it must give, or '' for nothing. */
const cases = [
  [
    `[refuge_widget widget="asylum-stat" metric='${breakOut}' lang="es"]`,
    '<asylum-stat lang="es">',
  ],
  [
    `[refuge_widget widget="asylum-stat" lang='${breakOut}' theme="${imageBreakOut}"]`,
    '<asylum-stat>',
  ],
  [
    `[refuge_widget widget="asylum-stat" metric="javascript:alert(1)" theme="dark"]`,
    '<asylum-stat theme="dark">',
  ],
  [`[refuge_widget widget="asylum-stat" metric="${long}" lang="${long}"]`, '<asylum-stat>'],
  [
    `[refuge_widget widget="police-deaths-chart" show-table='${breakOut}' onclick="alert(1)"]`,
    '<police-deaths-chart>',
  ],
  [`[refuge_widget widget="police-deaths-chart" show-table]`, '<police-deaths-chart show-table>'],
  [`[refuge_widget widget="asylum-stat" ${breakOut}]`, '<asylum-stat>'],
  [`[refuge_widget widget='${breakOut}']`, ''],
  [`[refuge_widget widget="${imageBreakOut}"]`, ''],
  [`[refuge_widget widget="${long}"]`, ''],
  ['[refuge_widget widget="republish-notice" pixel-src="javascript:alert(1)"]', ''],
  ['[refuge_widget widget="script"]', ''],
  ['[refuge_widget]', ''],
];

export default {
  name: 'hostile shortcode values render escaped or nothing, with no PHP warning',
  async run({ site, reader, plugin }) {
    const logBefore = readLog(site.debugLog);

    // What the plugin returns for each, straight from do_shortcode().
    const outputs = JSON.parse(
      await site.php('render-shortcodes.php', [], JSON.stringify(cases.map(([code]) => code))),
    );
    cases.forEach(([code, opening], index) => {
      const output = outputs[index];
      if (!opening) {
        assert.equal(output, '', `${code.slice(0, 80)} renders nothing`);
        return;
      }
      assert.ok(output.startsWith(opening), `${code.slice(0, 80)}\n  gave ${output.slice(0, 200)}`);
      const tag = opening.slice(1).split(/[ >]/)[0];
      assert.ok(output.endsWith(`</${tag}>`), output.slice(-200));
      const prerender = output.slice(opening.length, -`</${tag}>`.length);
      assert.doesNotMatch(prerender, /hostile|javascript:|xxxxx/, `${tag}'s prerender`);
      assert.ok(plugin.prerendered[tag].length > 0);
    });

    // The same shortcodes in a published post, as a reader's browser runs it. The post is the
    // Administrator's, whose content WordPress does not filter: the values reach the shortcode raw.
    const post = await site.createPost({
      author: 'admin',
      title: 'Hostile shortcodes',
      content: cases.map(([code]) => `<p>${code}</p>`).join('\n'),
    });
    const response = await reader.goto(post.url);
    assert.equal(response.status(), 200);
    const page = await reader.evaluate(() => ({
      hostile: 'hostile' in window,
      scripts: [...document.querySelectorAll('script')].filter((script) =>
        script.textContent.includes('hostile'),
      ).length,
      handlers: [...document.querySelectorAll('[onerror], [onclick]')].length,
    }));
    assert.deepEqual(page, { hostile: false, scripts: 0, handlers: 0 });

    assert.deepEqual(newProblems(site.debugLog, logBefore), [], 'PHP logged warnings or notices');
    return `${cases.length} shortcodes`;
  },
};
