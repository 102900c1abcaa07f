// One screen-reader session: a private display, accessibility on, Orca logging speech, and the
// article served over HTTP as a CDN serves dist/. Browsers are opened one after another in it.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveFolder } from '../../wordpress/static-server.mjs';
import { articlePage } from './article-page.mjs';
import { openBrowser } from './browsers.mjs';
import {
  desktopEnvironment,
  enableAccessibility,
  focusWindowOf,
  pressKey,
  startDisplay,
} from './desktop.mjs';
import { startOrca } from './orca.mjs';
import { SpeechLog } from './speech-log.mjs';

const libraryPath = '/cdn/refuge-widgets/0/';

export async function startSession(runDir, distDir, languages) {
  const site = join(runDir, 'site');
  const library = join(site, libraryPath.slice(1, -1));
  mkdirSync(join(library, '..'), { recursive: true });
  symlinkSync(distDir, library);
  for (const lang of languages) {
    writeFileSync(join(site, `${lang}.html`), articlePage(distDir, lang, libraryPath));
  }
  const stops = [];
  try {
    const server = await serveFolder(site);
    stops.push(() => server.close());
    const display = await startDisplay();
    stops.push(display.stop);
    const env = desktopEnvironment(runDir, display.display);
    enableAccessibility(env);
    const log = new SpeechLog(join(runDir, 'speech.log'));
    const orca = await startOrca(runDir, env, log);
    stops.push(orca.stop);
    return {
      env,
      log,
      pageUrl: (lang) => `${server.url}/${lang}.html`,
      stop: () => Promise.all(stops.reverse().map((stop) => stop())),
    };
  } catch (error) {
    await Promise.all(stops.reverse().map((stop) => stop()));
    throw error;
  }
}

/**
 * Opens the article for `lang` in `browser` and waits until Orca has finished its say-all on load.
 * Chromium may report the page's first form control as focused while loading, and Orca then enters
 * focus mode and stays quiet (see SCREEN-READER.md): browse mode is turned back on in that case.
 * Returns the browser process.
 */
export async function openArticle(session, browser, lang, runDir) {
  const { env, log } = session;
  const from = log.size();
  const child = openBrowser(browser, runDir, session.pageUrl(lang), env);
  focusWindowOf(env, child.pid);
  const loaded = await log.waitFor(/Finished loading|Focus mode/, { from, timeout: 90_000 });
  await log.waitForQuiet({ quiet: 1500, timeout: 60_000 });
  if (loaded.includes('Focus mode')) {
    pressKey(env, 'Insert+a');
    await log.waitForQuiet({ quiet: 1000 });
  }
  return child;
}
