// Child processes the suite starts (MariaDB, PHP's server), each stopped by its own process id.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';

/**
 * Starts `command` with its output in `logFile`, in a process group of its own: PHP's server
 * forks its workers (PHP_CLI_SERVER_WORKERS), which outlive a parent stopped alone, so `stop()`
 * signals the whole group, by the id of the process started here.
 */
export function start(command, args, { logFile, env } = {}) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  return {
    async stop() {
      signalGroup('SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
      if ((await Promise.race([exited, timeout])) === 'timeout') signalGroup('SIGKILL');
      // The workers may still be finishing a request after the parent has gone.
      signalGroup('SIGKILL');
    },
  };
}

/** Runs `command` to its end; resolves to its standard output, rejects with both when it fails. */
export function run(command, args, { input, env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, cwd });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}${errors}`),
          ),
    );
    // A command that exits before reading its input (a PHP script failing early) closes the pipe:
    // the write then fails with EPIPE, which would be thrown unhandled; its exit code tells instead.
    child.stdin.once('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** Polls `test` every 100 ms until it returns true, or fails after `ms`. */
export async function waitFor(what, test, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await test().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
