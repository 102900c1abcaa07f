// Every correction published must be in CHANGELOG.md (issue #23, item 5): a correction is shipped
// with a changeset, which Changesets writes into the changelog. `node
// test/contract/corrections-in-changelog.mjs` checks the shipped list against CHANGELOG.md, when
// there is one; test/contract/corrections-in-changelog.test.mjs checks the check, with the fixture.

/**
 * The corrections `changelog` does not mention: one is mentioned when the changelog holds both its
 * date (ISO, as in the data) and its English sentence (whitespace aside).
 * @param {readonly { date: string, text: { en: string } }[]} corrections
 * @param {string} changelog
 */
export function correctionsMissingFromChangelog(corrections, changelog) {
  const flat = (text) => text.replace(/\s+/g, ' ');
  const log = flat(changelog);
  return corrections.filter(
    (correction) =>
      !log.includes(correction.date) || !log.includes(flat(correction.text.en).trim()),
  );
}

/** The corrections of a module (TypeScript, read through Vite as the build reads it). */
export async function loadCorrections(path = '/src/data/corrections.ts') {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  try {
    return (await server.ssrLoadModule(path)).corrections;
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { existsSync, readFileSync } = await import('node:fs');
  const corrections = await loadCorrections();
  if (!existsSync('CHANGELOG.md')) {
    console.log(`corrections: ${corrections.length} published; no CHANGELOG.md to check yet`);
  } else {
    const missing = correctionsMissingFromChangelog(
      corrections,
      readFileSync('CHANGELOG.md', 'utf8'),
    );
    for (const correction of missing) {
      console.error(
        `CHANGELOG.md does not list the correction of ${correction.date}: ${correction.text.en}`,
      );
    }
    console.log(
      `corrections: ${corrections.length} published, ${missing.length} missing from CHANGELOG.md`,
    );
    if (missing.length > 0) process.exitCode = 1;
  }
}
