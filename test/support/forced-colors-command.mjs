/**
 * A test-runner command that turns Chromium's forced-colours emulation (Windows High Contrast) on
 * or off: `executeServerCommand('emulate-forced-colors', { active: true })`. @web/test-runner's
 * own emulateMedia does not pass `forced-colors` on to Puppeteer.
 */
export function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`forced-colors emulation needs Puppeteer, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      const value = payload?.active ? 'active' : 'none';
      await page.emulateMediaFeatures([{ name: 'forced-colors', value }]);
      return true;
    },
  };
}
