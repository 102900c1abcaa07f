// `refuge-widgets/all`, imported alone in Node, registers every widget (see entries.test.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { widgetTags } from '../../tools/widgets.mjs';

test('refuge-widgets/all registers every widget', async () => {
  assert.equal(globalThis.customElements, undefined, 'nothing has shimmed the DOM yet');
  await import('refuge-widgets/all');
  for (const tag of widgetTags()) assert.ok(customElements.get(tag), `<${tag}> is not registered`);
});
