/** Which browser engine runs this test: some platform features differ (see each use). */
export function engine(): 'chromium' | 'firefox' | 'webkit' {
  const agent = navigator.userAgent;
  if (agent.includes('Firefox/')) return 'firefox';
  if (agent.includes('Chrome/')) return 'chromium';
  return 'webkit';
}

/**
 * Whether `win` enforces a Trusted Types policy. Chromium and WebKitGTK do; Firefox ESR only from
 * the release that ships Trusted Types (Debian 12's ESR 140 has none, so there a string into a sink
 * is not refused): there the other directives of the policy are still checked.
 */
export function enforcesTrustedTypes(win: Window): boolean {
  return engine() !== 'firefox' || 'trustedTypes' in win;
}
