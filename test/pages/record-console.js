// Classic script, run before any module: records what a partner would see in the console.
window.__consoleLog = [];
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__consoleLog.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__consoleLog.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  window.__consoleLog.push(`unhandled rejection: ${event.reason}`),
);
