/**
 * Test-runner commands that reach Chromium through Puppeteer, for what @web/test-runner's own
 * commands do not offer:
 * - `executeServerCommand('emulate-forced-colors', { active })` turns forced-colours emulation
 *   (Windows High Contrast) on or off; the runner's emulateMedia does not pass `forced-colors` on.
 * - `executeServerCommand('accessibility-tree', { selector })` returns the whole accessibility
 *   subtree under `selector` (Puppeteer's `pierce/` prefix reaches into shadow roots), not only the
 *   "interesting" nodes: the options of a listbox are kept.
 */
export function chromiumCommands() {
  return {
    name: 'refuge-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs Puppeteer, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        const value = payload?.active ? 'active' : 'none';
        await page.emulateMediaFeatures([{ name: 'forced-colors', value }]);
        return true;
      }
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}
