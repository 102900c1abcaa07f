// The two browsers Orca walks, from Debian, each in a fresh profile and not headless (AT-SPI needs
// the X11 path; see ../../../../shared/SCREEN-READER.md in the project's notes).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const firefoxPreferences = {
  // -1: accessibility on whenever an assistive technology asks for it.
  'accessibility.force_disabled': -1,
  'browser.aboutwelcome.enabled': false,
  'browser.newtab.preload': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.page': 0,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'browser.tabs.warnOnClose': false,
  'browser.sessionstore.resume_from_crash': false,
  // Firefox offers to translate a Spanish page into the interface's English, in a panel that takes
  // the focus: a reader of Spanish pages would have turned it off or never see it.
  'browser.translations.enable': false,
  'browser.translations.automaticallyPopup': false,
};

const launchers = {
  firefox(profile, url, env) {
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(firefoxPreferences)
        .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
        .join('\n'),
    );
    return spawn('firefox-esr', ['--no-remote', '--new-instance', '--profile', profile, url], {
      env: { ...env, MOZ_CRASHREPORTER_DISABLE: '1' },
      stdio: 'ignore',
    });
  },
  chromium(profile, url, env) {
    return spawn(
      '/usr/bin/chromium',
      [
        '--force-renderer-accessibility',
        '--ozone-platform=x11',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-features=Translate',
        '--password-store=basic',
        `--user-data-dir=${profile}`,
        '--window-size=1280,1000',
        url,
      ],
      { env, stdio: 'ignore' },
    );
  },
};

export const browserNames = Object.keys(launchers);

/** Opens `url` in `browser` with a fresh profile under `runDir`; returns the process. */
export function openBrowser(browser, runDir, url, env) {
  const profile = join(runDir, `${browser}-profile-${Date.now()}`);
  mkdirSync(profile, { recursive: true });
  const child = launchers[browser](profile, url, env);
  child.on('error', () => {});
  return child;
}
