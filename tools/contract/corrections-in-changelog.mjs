// Every correction published must be in CHANGELOG.md (issue #23, item 5): a correction is shipped
// with a changeset, which Changesets writes into the changelog. check:contract holds the build's
// list to CHANGELOG.md and the pending changesets; test/contract/corrections-in-changelog.test.mjs
// checks the check, with the fixture.

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
