// A throwaway MariaDB server (Debian's mariadb-server): a data directory of its own, a Unix socket,
// no TCP port, so it never meets the machine's own database or another run.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, start, waitFor } from './processes.mjs';

/** Creates and starts the server in `dir` with an empty `wordpress` database. */
export async function startMariaDb(dir) {
  mkdirSync(dir, { recursive: true });
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mysql.sock');
  // Its own temporary folder: servers started at once (one per WordPress release) would otherwise
  // share /tmp, where their temporary tables' names collide and an install fails.
  const tmpdir = join(dir, 'tmp');
  mkdirSync(tmpdir);
  // --no-defaults: the machine's /etc/mysql settings are not this server's.
  await run('mariadb-install-db', [
    '--no-defaults',
    '--user=root',
    `--datadir=${datadir}`,
    `--tmpdir=${tmpdir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const server = start(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      '--user=root',
      `--datadir=${datadir}`,
      `--tmpdir=${tmpdir}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mariadbd.pid')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=64M',
    ],
    { logFile: join(dir, 'mariadbd.log') },
  );
  await waitFor('MariaDB', async () => existsSync(socket));
  await run('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '--user=root',
    '-e',
    'CREATE DATABASE wordpress',
  ]);
  return { socket, stop: () => server.stop() };
}
