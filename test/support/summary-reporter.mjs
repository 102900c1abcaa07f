/**
 * Prints one closing line, `Total: N passed, N failed, N skipped`, after the default reporter, so
 * CI (and people) can read the outcome of the whole run in one place. A test file that failed to
 * load or threw outside a test counts as one failure: it ran no test, and that must not look green.
 */
export function summaryReporter() {
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
        `\nTotal: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
    },
  };
}
