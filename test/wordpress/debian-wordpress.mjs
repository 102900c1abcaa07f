// The WordPress releases the suite runs, each as Debian packages it: Debian 12's 6.1 from the
// machine's own `wordpress` package, Debian 13's 6.8 and unstable's newest downloaded with
// `apt-get download` under a private APT configuration (its own sources list, lists, cache and an
// empty status file), so nothing is installed system-wide. The `wordpress` package is plain PHP
// whose libraries (getID3, underscore, lodash…) are relative links into other packages: they are
// unpacked side by side and the tree copied with its links resolved. Trees are cached between runs
// under ~/.cache/refuge-widgets/wordpress, and a new Debian version replaces the cached one.
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run } from './processes.mjs';

/** What `wordpress` links into, and the default theme of 6.8 and later (a package of its own). */
const packages = [
  'wordpress',
  'wordpress-theme-twentytwentyfive',
  'libphp-phpmailer',
  'php-getid3',
  'libjs-underscore',
  'libjs-jquery-ui',
  'libjs-lodash',
  'libjs-cropper',
];

/** The releases, oldest first: `name` for the lines the suite prints, `theme` the block theme checked. */
export const releases = [
  { id: 'debian-12', name: 'Debian 12', tree: '/usr/share/wordpress', theme: 'twentytwentythree' },
  {
    id: 'debian-13',
    name: 'Debian 13',
    suites: ['trixie', 'trixie-security'],
    theme: 'twentytwentyfive',
  },
  { id: 'debian-unstable', name: 'Debian unstable', suites: ['sid'], theme: 'twentytwentyfive' },
];

const cache = join(
  process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
  'refuge-widgets/wordpress',
);

/** The Debian mirrors the machine itself uses: its `URIs` for the main archive and for security. */
export function machineMirrors(
  sources = '/etc/apt/sources.list.d',
  list = '/etc/apt/sources.list',
) {
  const stanzas = [];
  if (existsSync(sources)) {
    for (const file of readdirSync(sources).filter((name) => name.endsWith('.sources'))) {
      for (const stanza of readFileSync(join(sources, file), 'utf8').split(/\n\s*\n/)) {
        const field = (name) =>
          stanza
            .match(new RegExp(`^${name}:\\s*(.+)$`, 'mi'))?.[1]
            .trim()
            .split(/\s+/) ?? [];
        if (!field('Enabled').includes('no'))
          stanzas.push({ uris: field('URIs'), suites: field('Suites') });
      }
    }
  }
  if (existsSync(list)) {
    for (const line of readFileSync(list, 'utf8').split('\n')) {
      const words = line
        .replace(/\[[^\]]*\]/, '')
        .trim()
        .split(/\s+/);
      if (words[0] === 'deb') stanzas.push({ uris: [words[1]], suites: [words[2]] });
    }
  }
  const mirror = (security) =>
    stanzas.find(({ suites }) => suites.some((suite) => suite.endsWith('-security') === security))
      ?.uris[0];
  const main = mirror(false);
  if (!main) throw new Error(`no Debian mirror in the machine's APT sources (${sources}, ${list})`);
  return { main, security: mirror(true) ?? main.replace(/\/debian\/?$/, '/debian-security') };
}

/** A private APT configuration for `suites` in `dir`: its own sources, lists, cache and status. */
function privateApt(dir, suites, mirrors) {
  for (const sub of ['lists/partial', 'archives/partial'])
    mkdirSync(join(dir, sub), { recursive: true });
  const sources = suites
    .map(
      (suite) =>
        `deb ${suite.endsWith('-security') ? mirrors.security : mirrors.main} ${suite} main`,
    )
    .join('\n');
  writeFileSync(join(dir, 'sources.list'), `${sources}\n`);
  if (!existsSync(join(dir, 'status'))) writeFileSync(join(dir, 'status'), '');
  const config = join(dir, 'apt.conf');
  writeFileSync(
    config,
    [
      `Dir::Etc::SourceList "${join(dir, 'sources.list')}";`,
      'Dir::Etc::SourceParts "/nonexistent";',
      `Dir::State::Lists "${join(dir, 'lists')}";`,
      `Dir::State::status "${join(dir, 'status')}";`,
      `Dir::Cache "${dir}";`,
      `Dir::Cache::archives "${join(dir, 'archives')}";`,
      // Root downloads into a folder the _apt user cannot write; say so once, not per package.
      'APT::Sandbox::User "root";',
      '',
    ].join('\n'),
  );
  return (args) => run('apt-get', ['-q', ...args], { env: { APT_CONFIG: config } });
}

/** Removes links to absolute paths outside the unpacked tree (/etc/wordpress/htaccess…). */
function dropAbsoluteLinks(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (lstatSync(path).isSymbolicLink() && readlinkSync(path).startsWith('/')) rmSync(path);
  }
}

/**
 * The directory holding a release's WordPress (wp-settings.php at its top), downloaded and
 * unpacked if the cache lacks the suite's current version; `log` gets one line when it downloads.
 * Fails, saying why, when the download is impossible.
 */
export async function wordpressTree(release, log = () => undefined) {
  if (release.tree) {
    if (!existsSync(join(release.tree, 'wp-settings.php'))) {
      throw new Error(`${release.tree} has no WordPress: install Debian’s wordpress package`);
    }
    return release.tree;
  }
  const dir = join(cache, release.id);
  const apt = privateApt(join(dir, 'apt'), release.suites, machineMirrors());
  try {
    // Any list that cannot be fetched fails the update, rather than leaving an old one in use.
    await apt(['update', '--error-on=any']);
  } catch (error) {
    // Offline with a tree from an earlier run: that one, said so. Without one, the run fails.
    const cached = readdirSync(dir).find((name) => existsSync(join(dir, name, 'wp-settings.php')));
    const why = `could not read ${release.name}’s package lists (${release.suites.join(', ')})`;
    if (!cached) throw new Error(`${why}: ${error.message}`);
    log(`${why}; checking the cached WordPress ${cached}`);
    return join(dir, cached);
  }
  const aptConfig = { APT_CONFIG: join(dir, 'apt/apt.conf') };
  const policy = await run('apt-cache', ['policy', 'wordpress'], { env: aptConfig });
  const version = policy.match(/Candidate:\s*(\S+)/)?.[1];
  if (!version || version === '(none)') throw new Error(`${release.name} has no wordpress package`);
  const tree = join(dir, version);
  if (existsSync(join(tree, 'wp-settings.php'))) return tree;

  log(`downloading WordPress ${version} from ${release.name}`);
  const debs = join(dir, 'debs');
  rmSync(debs, { recursive: true, force: true });
  mkdirSync(debs, { recursive: true });
  try {
    await run('apt-get', ['-q', 'download', ...packages], {
      cwd: debs,
      env: aptConfig,
    });
  } catch (error) {
    throw new Error(`could not download ${release.name}’s WordPress: ${error.message}`);
  }
  const unpacked = join(dir, 'unpacked');
  rmSync(unpacked, { recursive: true, force: true });
  for (const deb of readdirSync(debs)) await run('dpkg-deb', ['-x', join(debs, deb), unpacked]);
  dropAbsoluteLinks(join(unpacked, 'usr/share/wordpress'));
  // Older versions go: one tree per release.
  for (const old of readdirSync(dir)) {
    if (!['apt', 'debs', 'unpacked'].includes(old))
      rmSync(join(dir, old), { recursive: true, force: true });
  }
  cpSync(join(unpacked, 'usr/share/wordpress'), tree, { recursive: true, dereference: true });
  rmSync(unpacked, { recursive: true, force: true });
  rmSync(debs, { recursive: true, force: true });
  return tree;
}
