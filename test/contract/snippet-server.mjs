// What test/contract/old-snippets.test.ts needs from the test server:
// - the current channel of a CDN of our own (`/cdn/refuge-widgets/<major>/…`, see
//   tools/release/release-files.mjs) serving this build's dist/, as it will once released: the
//   recorded snippets of every earlier release load it;
// - `/__record-snippets`: the version being recorded (RECORD_SNIPPETS=<version>), or null;
// - the command `record-old-snippet` { version, name, text }, which writes a recorded snippet or
//   its expectations under test/contract/snippets/<version>/, only while recording that version,
//   and lists every release's snippets in test/contract/snippets/index.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const major = version.split('.')[0];
const recording = process.env.RECORD_SNIPPETS || null;

export function currentChannel(context, next) {
  const prefix = `/cdn/refuge-widgets/${major}/`;
  if (context.url.startsWith(prefix)) context.url = context.url.replace(prefix, '/dist/');
  return next();
}

export function recordingVersion(context, next) {
  if (context.path !== '/__record-snippets') return next();
  context.type = 'application/json';
  context.body = JSON.stringify({ version: recording, current: version });
  return undefined;
}

export function snippetRecorder() {
  return {
    name: 'refuge-snippet-recorder',
    executeCommand({ command, payload }) {
      if (command !== 'record-old-snippet') return undefined;
      const { version: recorded, name, text } = payload;
      if (!recording || recorded !== recording) {
        throw new Error(`not recording ${recorded}: run with RECORD_SNIPPETS=${recorded}`);
      }
      if (!/^\d+\.\d+\.\d+$/.test(recorded) || !/^[a-z][a-z.-]*\.(html|json)$/.test(name)) {
        throw new Error(`refusing to write ${recorded}/${name}`);
      }
      const snippets = join(root, 'test/contract/snippets');
      mkdirSync(join(snippets, recorded), { recursive: true });
      writeFileSync(join(snippets, recorded, name), text);
      // index.json: each release's snippet files, which the test (in a browser) cannot list.
      const index = Object.fromEntries(
        readdirSync(snippets, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => [
            entry.name,
            readdirSync(join(snippets, entry.name))
              .filter((file) => file.endsWith('.html'))
              .sort(),
          ]),
      );
      writeFileSync(join(snippets, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
      return true;
    },
  };
}
