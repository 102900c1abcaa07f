// Orca 43 from Debian, started with fresh preferences: key echo off (the transcript is what a page
// says, not the keys pressed), speech on (with speech off Orca also drops "Screen reader on." and
// "Finished loading"), no synthesizer (SPEECHD_CMD=/bin/false, see desktop.mjs), and every utterance
// logged to the run's speech log. One Orca per user runs at a time: never `orca -r`, which would
// kill another run's Orca.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const settings = {
  general: {
    enableSpeech: true,
    enableKeyEcho: false,
    enableEchoByCharacter: false,
    enableEchoByWord: false,
    enableEchoBySentence: false,
  },
  profiles: { default: { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} } },
  pronunciations: {},
  keybindings: {},
};

// Orca runs this from its preferences folder at start-up.
const customizations = `import logging, os
_speech_log = logging.FileHandler(os.environ['REFUGE_SPEECH_LOG'])
_speech_log.setFormatter(logging.Formatter('%(message)s'))
logging.getLogger('speech').addHandler(_speech_log)
`;

/** Starts Orca with preferences in `runDir/orca`; resolves once it has said "Screen reader on.". */
export async function startOrca(runDir, env, speechLog) {
  const prefs = join(runDir, 'orca');
  mkdirSync(prefs, { recursive: true });
  writeFileSync(join(prefs, 'user-settings.conf'), JSON.stringify(settings, null, 2));
  writeFileSync(join(prefs, 'orca-customizations.py'), customizations);
  const orca = spawn('orca', ['-u', prefs, '-d', 'braille'], {
    env: { ...env, REFUGE_SPEECH_LOG: speechLog.path },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  const keep = (chunk) => {
    errors = (errors + chunk).slice(-4000);
  };
  orca.stdout.on('data', keep);
  orca.stderr.on('data', keep);
  const exited = new Promise((_, reject) =>
    orca.on('exit', (code) =>
      reject(new Error(`Orca exited (${code}); is another Orca running for this user?\n${errors}`)),
    ),
  );
  await Promise.race([speechLog.waitFor(/^SPEECH OUTPUT: 'Screen reader on\.'/), exited]);
  exited.catch(() => {});
  return {
    stop() {
      orca.removeAllListeners('exit');
      orca.kill();
    },
  };
}
