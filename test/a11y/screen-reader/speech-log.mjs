// What Orca says, as it says it: orca-customizations.py (see orca.mjs) adds a line-flushed file
// handler to Orca's `speech` log, one `SPEECH OUTPUT: '…'` line per utterance. The run writes its
// own marker lines into the same file (`KEY: Down`), so a transcript shows what was pressed.
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export class SpeechLog {
  constructor(path) {
    this.path = path;
    writeFileSync(path, '');
  }

  size() {
    return statSync(this.path).size;
  }

  lines() {
    return readFileSync(this.path, 'utf8').split('\n').filter(Boolean);
  }

  mark(text) {
    appendFileSync(this.path, `${text}\n`);
  }

  /** Resolves once a line after byte offset `from` matches `pattern`; rejects after `timeout` ms. */
  async waitFor(pattern, { from = 0, timeout = 60_000 } = {}) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const text = readFileSync(this.path).subarray(from).toString('utf8');
      const line = text.split('\n').find((candidate) => pattern.test(candidate));
      if (line) return line;
      await sleep(100);
    }
    throw new Error(`Orca did not say ${pattern} within ${timeout} ms`);
  }

  /** Resolves once nothing has been logged for `quiet` ms, or after `timeout` ms in all. */
  async waitForQuiet({ quiet = 600, timeout = 30_000 } = {}) {
    const deadline = Date.now() + timeout;
    let size = this.size();
    let since = Date.now();
    while (Date.now() < deadline) {
      await sleep(50);
      const now = this.size();
      if (now !== size) {
        size = now;
        since = Date.now();
      } else if (Date.now() - since >= quiet) return true;
    }
    return false;
  }
}
