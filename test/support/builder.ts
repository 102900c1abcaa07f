/** The built dist/builder.html in an iframe, driven as an editor drives it. */
import { expect } from '@open-wc/testing';
import { frame } from './frames.js';
import { waitFor } from './wait.js';

export type Builder = HTMLElement & { updateComplete: Promise<unknown> };

export async function openBuilder(): Promise<{ win: Window; builder: Builder; copied: string[] }> {
  const iframe = await frame('/dist/builder.html', { width: '1200px', height: '900px' });
  const win = iframe.contentWindow!;
  const builder = await waitFor(
    () =>
      win.document.querySelector<Builder>('refuge-snippet-builder')?.shadowRoot &&
      win.document.querySelector<Builder>('refuge-snippet-builder'),
    'the builder',
  );
  // What "Copy" puts on the clipboard, captured instead of the real clipboard.
  const copied: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
  return { win, builder, copied };
}

export const control = <T extends Element>(builder: Builder, selector: string) =>
  builder.shadowRoot!.querySelector<T>(selector)!;

export async function choose(builder: Builder, selector: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(builder, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

/** Picks a graphic in the gallery, as an editor clicks its card. */
export async function chooseGraphic(builder: Builder, tag: string): Promise<void> {
  control<HTMLInputElement>(builder, `#widget-${tag}`).click();
  await builder.updateComplete;
}

export async function snippetAfterCopy(
  builder: Builder,
  kind: 'script' | 'iframe',
  tag: string,
  copied: string[],
  lang = 'es',
): Promise<string> {
  const area = control<HTMLTextAreaElement>(builder, `#${kind}-snippet`);
  // The snippets follow the preview asynchronously: wait for this widget's, in that language.
  const ready =
    kind === 'script'
      ? () => area.value.includes(`<${tag} `) && area.value.includes(`lang="${lang}"`)
      : () => area.value.includes(`widget=${tag}&`) && area.value.includes(`lang=${lang}`);
  await waitFor(ready, `${kind} snippet for ${tag} in ${lang}`);
  control<HTMLButtonElement>(builder, `#copy-${kind}`).click();
  await waitFor(() => control(builder, `#${kind}-status`).textContent!.trim(), 'the copy status');
  expect(control(builder, `#${kind}-status`).getAttribute('role')).to.equal('status');
  return copied.at(-1)!;
}
