// `php -l` on every PHP file of the plugin and of this suite.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../processes.mjs';

const phpFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.php'))
    .map((file) => join(dir, file));

export default {
  name: 'php -l on every PHP file',
  async run({ root }) {
    const files = [...phpFiles(join(root, 'wordpress')), ...phpFiles(join(root, 'test/wordpress'))];
    // One file per call: before PHP 8.3, `php -l` checks only the first file it is given.
    for (const file of files) await run('php', ['-l', file]);
    return `${files.length} files`;
  },
};
