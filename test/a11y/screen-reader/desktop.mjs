// The desktop a screen reader needs, private to one run: an X display (Xvfb), the session bus the
// run was started on (see run.mjs), accessibility switched on over it, and XDG folders inside the
// run's own folder so that nothing is written to the home directory.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Starts Xvfb on a free display; resolves to `{ display, stop() }`. */
export async function startDisplay() {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
  return { display, stop: () => xvfb.kill() };
}

/** The environment every program of the run gets: display, bus, accessibility, XDG folders. */
export function desktopEnvironment(runDir, display) {
  const xdg = Object.fromEntries(
    ['RUNTIME', 'CACHE', 'CONFIG', 'DATA'].map((name) => {
      const dir = join(runDir, `xdg-${name.toLowerCase()}`);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      return [`XDG_${name}_${name === 'RUNTIME' ? 'DIR' : 'HOME'}`, dir];
    }),
  );
  return {
    ...process.env,
    ...xdg,
    DISPLAY: display,
    GNOME_ACCESSIBILITY: '1',
    NO_AT_BRIDGE: '0',
    // Orca logs each utterance before handing it to a synthesizer; none is wanted or started.
    SPEECHD_CMD: '/bin/false',
  };
}

/** Turns on the AT-SPI bus and tells applications a screen reader is running. */
export function enableAccessibility(env) {
  for (const property of ['IsEnabled', 'ScreenReaderEnabled']) {
    execFileSync(
      'gdbus',
      [
        'call',
        '--session',
        '--dest',
        'org.a11y.Bus',
        '--object-path',
        '/org/a11y/bus',
        '--method',
        'org.freedesktop.DBus.Properties.Set',
        'org.a11y.Status',
        property,
        '<true>',
      ],
      { env, stdio: 'ignore' },
    );
  }
}

/** Presses one key (xdotool's names: `ctrl+Home`, `Down`, `Tab`, `KP_Add`) in the focused window. */
export function pressKey(env, key) {
  execFileSync('xdotool', ['key', '--clearmodifiers', key], { env });
}

/** Focuses the first visible window of process `pid` (waits for it to map). */
export function focusWindowOf(env, pid) {
  const ids = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--pid', String(pid)], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
    .trim()
    .split('\n');
  const window = ids.at(-1);
  execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
  return window;
}
