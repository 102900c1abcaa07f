// How Orca walks the article, as a reader would, writing a marker line per key into the speech log:
// 1. browse mode, line by line (Down) from the top to the end of the article;
// 2. the keyboard, Tab by Tab from the top: on a chart's bars, the arrow keys to each bar and past
//    the last, then Escape; on the republish button, Enter, the dialog as Orca reads it, Tab through
//    its controls, and Escape to close it.
import { pressKey } from './desktop.mjs';

const keyQuiet = { quiet: 500, timeout: 20_000 };

/** Presses `key`, waits for Orca to finish speaking, and returns what it said. */
async function press(session, key, wait = keyQuiet) {
  const { log, env } = session;
  const from = log.lines().length;
  log.mark(`KEY: ${key}`);
  pressKey(env, key);
  await log.waitForQuiet(wait);
  return log
    .lines()
    .slice(from + 1)
    .join('\n');
}

async function browseWalk(session, { end }) {
  session.log.mark('WALK: browse mode, line by line');
  await press(session, 'ctrl+Home');
  for (let step = 0; step < 400; step += 1) {
    const said = await press(session, 'Down');
    if (said.includes(end)) return;
  }
  throw new Error(`browse mode never reached "${end}"`);
}

async function exploreChart(session, bars) {
  for (let step = 0; step <= bars; step += 1) await press(session, 'Right');
  await press(session, 'Escape');
}

/**
 * The dialog is opened twice. Its first opening races the arrival of its code and content: Orca
 * said its heading on some first openings and not on others (Chromium), so what it says then is
 * left out of the transcript (the `UNHEARD:` marker, see transcript.mjs), and the race is reported
 * in README "Accessibility". The second opening, with its code there, is heard and compared.
 */
async function readDialog(session) {
  const slow = { quiet: 1500, timeout: 30_000 };
  session.log.mark('UNHEARD: the first opening of the dialog');
  await press(session, 'Return', slow);
  await press(session, 'Escape', slow);
  session.log.mark('HEARD');
  await press(session, 'Return', slow);
  // The dialog holds Tab inside it: Tab until the first control comes round again.
  // A control is known by the last thing said of it (before it, Orca may name the dialog).
  const control = (said) =>
    said
      .split('\n')
      .filter((line) => !/'(Browse|Focus) mode'$/.test(line))
      .at(-1);
  const first = control(await press(session, 'Tab'));
  for (let step = 0; step < 12; step += 1) {
    if (control(await press(session, 'Tab')) === first) break;
  }
  await press(session, 'Escape', { quiet: 1500, timeout: 30_000 });
}

async function keyboardWalk(session, { end, barsLabel, republishButton }) {
  session.log.mark('WALK: keyboard, Tab by Tab');
  await press(session, 'ctrl+Home');
  for (let step = 0; step < 200; step += 1) {
    const said = await press(session, 'Tab');
    if (said.includes(end)) return;
    const bars = said.match(barsLabel);
    if (bars) await exploreChart(session, Number(bars[1]));
    else if (said.includes(republishButton)) await readDialog(session);
  }
  throw new Error(`the Tab walk never reached "${end}"`);
}

/** Both walks over the page already loaded in the focused browser window. */
export async function walkArticle(session, words) {
  await browseWalk(session, words);
  await keyboardWalk(session, words);
}
