// A WordPress site from one of Debian's `wordpress` packages (debian-wordpress.mjs), in a directory
// of its own: the package's files are copied (its wp-config.php reads /etc/wordpress, which this suite leaves alone) and get
// a wp-config.php of ours, pointed at the suite's MariaDB. PHP's built-in server serves it.
import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, start, waitFor } from './processes.mjs';

const phpScripts = new URL('./php/', import.meta.url).pathname;

// No mail server here: WordPress's notices to the admin go nowhere instead of warning.
const phpSettings = ['-d', 'sendmail_path=/bin/true'];

function wpConfig({ socket, url, debugLog }) {
  const php = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;
  const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [
    `${name}_KEY`,
    `${name}_SALT`,
  ]);
  const constants = {
    DB_NAME: 'wordpress',
    DB_USER: 'root',
    DB_PASSWORD: '',
    DB_HOST: `localhost:${socket}`,
    DB_CHARSET: 'utf8mb4',
    DB_COLLATE: '',
    ...Object.fromEntries(keys.map((key) => [key, randomBytes(32).toString('hex')])),
    WP_HOME: url,
    WP_SITEURL: url,
    // Every PHP notice and warning goes to a log the suite reads, never into a page.
    WP_DEBUG: true,
    WP_DEBUG_LOG: debugLog,
    WP_DEBUG_DISPLAY: false,
    // The machine has no outside network: no update checks, no dashboard news, no cron calls.
    WP_HTTP_BLOCK_EXTERNAL: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    DISABLE_WP_CRON: true,
  };
  return [
    '<?php',
    ...Object.entries(constants).map(
      ([name, value]) =>
        `define( '${name}', ${typeof value === 'boolean' ? String(value) : php(value)} );`,
    ),
    "$table_prefix = 'wp_';",
    "defined( 'ABSPATH' ) || define( 'ABSPATH', __DIR__ . '/' );",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
}

/** The version of the WordPress in `tree`, as its wp-includes/version.php gives it. */
export function wordpressVersion(tree) {
  const source = readFileSync(join(tree, 'wp-includes/version.php'), 'utf8');
  return source.match(/\$wp_version\s*=\s*'([^']+)'/)?.[1] ?? 'unknown';
}

/**
 * Installs the WordPress of `tree` in `dir`/site for `url` with the users of php/install.php, and serves it.
 * Resolves to the site's paths, `php(script, args, input)` to run one of php/*.php in it,
 * `createPost(post)` and `stop()`.
 */
export async function startWordPress(dir, { tree, socket, port }) {
  const root = join(dir, 'site');
  const url = `http://127.0.0.1:${port}`;
  const debugLog = join(dir, 'debug.log');
  cpSync(tree, root, { recursive: true, dereference: true });
  writeFileSync(join(root, 'wp-config.php'), wpConfig({ socket, url, debugLog }));
  const php = (script, args = [], input = '') =>
    run('php', [...phpSettings, join(phpScripts, script), root, ...args], { input });
  await php('install.php');
  /** Creates a post ({ author, title, content }, see php/create-post.php); resolves to its id and url. */
  const createPost = async (post) =>
    JSON.parse(await php('create-post.php', [], JSON.stringify(post)));

  const server = start(
    'php',
    [
      ...phpSettings,
      // The plugin's zip is uploaded through the admin's form.
      '-d',
      'upload_max_filesize=32M',
      '-d',
      'post_max_size=32M',
      '-S',
      `127.0.0.1:${port}`,
      '-t',
      root,
    ],
    // The block editor asks for several things at once; one worker would serialize them.
    { logFile: join(dir, 'php-server.log'), env: { PHP_CLI_SERVER_WORKERS: '4' } },
  );
  await waitFor('PHP’s server', async () => (await fetch(`${url}/wp-login.php`)).ok);
  return {
    root,
    url,
    debugLog,
    php,
    createPost,
    version: wordpressVersion(root),
    stop: () => server.stop(),
  };
}
