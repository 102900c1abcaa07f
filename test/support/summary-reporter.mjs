import { writeFileSync } from 'node:fs';

/**
 * Prints one closing line, `<engine>: N passed, N failed, N skipped`, after the default reporter,
 * and writes the counts to $SUMMARY_FILE for test/run-browsers.mjs, which adds up the engines. A
 * test file that failed to load or threw outside a test counts as one failure: it ran no test,
 * and that must not look green.
 */
export function summaryReporter(engine) {
  let counts = { passed: 0, failed: 0, skipped: 0 };

  function countSuite(suite) {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    suite.suites.forEach(countSuite);
  }

  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults);
        if (session.passed === false && session.errors.length > 0) counts.failed += 1;
      }
    },
    stop() {
      console.log(
        `\n${engine}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
      if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(counts));
    },
  };
}
