// Classic script, allowed by `script-src 'self'`, run before any module: records every Content
// Security Policy or Trusted Types violation on the page, which the test then expects to be none.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ` +
      `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
  );
});
