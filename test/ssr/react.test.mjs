// The React components of `refuge-widgets/react`, rendered on the server with React's
// renderToString, as Next.js or Remix would: each emits its tag with the documented attributes
// of the props it was given and its children (the fallback readers without JavaScript see), and
// nothing for its listener props. Imported through the package's own `exports`, after
// `npm run build` (see entries.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { pascalCase, widgetTags } from '../../tools/widgets.mjs';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(
  readFileSync(require.resolve('refuge-widgets/custom-elements.json'), 'utf8'),
);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
const tags = widgetTags();

/** A value for each documented attribute of `element`, by property, and the HTML it should give. */
function sampleProps(element) {
  const props = {};
  const attributes = {};
  for (const { name, fieldName, type } of element.attributes ?? []) {
    const literals = [...(type?.text ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
    if (type?.text === 'boolean') {
      props[fieldName] = true;
      attributes[name] = '';
    } else {
      // The last literal, so that it is never the default; text otherwise, with characters HTML
      // must escape.
      const value = literals.at(-1) ?? `${name} "one" & <two>`;
      props[fieldName] = value;
      attributes[name] = value;
    }
  }
  return { props, attributes };
}

/** The tag name and the attributes of the first element in `html`, unescaped. */
function openingTag(html) {
  const [, tag, text] = /^<([a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/.exec(html) ?? [];
  const unescape = (value) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const attributes = Object.fromEntries(
    [...(text ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => [
      name,
      unescape(value),
    ]),
  );
  return { tag, attributes };
}

test('refuge-widgets/react exports one component per widget and registers every widget', async () => {
  const components = await import('refuge-widgets/react');
  assert.deepEqual(Object.keys(components).sort(), tags.map(pascalCase).sort());
  for (const tag of tags) assert.ok(customElements.get(tag), `<${tag}> is not registered`);
});

for (const tag of tags) {
  test(`<${pascalCase(tag)}> renders <${tag}> with its attributes and fallback`, async () => {
    const Component = (await import('refuge-widgets/react'))[pascalCase(tag)];
    const element = elements.find((declaration) => declaration.tagName === tag);
    const { props, attributes } = sampleProps(element);
    const listeners = { onRefugeReady: () => {}, onRefugeError: () => {} };
    const html = renderToString(
      createElement(
        Component,
        { ...props, ...listeners, id: 'graphic', className: 'wide' },
        createElement('p', null, 'The figure, as a sentence, with its source.'),
      ),
    );
    const rendered = openingTag(html);
    assert.equal(rendered.tag, tag, html);
    assert.deepEqual(rendered.attributes, { ...attributes, id: 'graphic', class: 'wide' }, html);
    assert.ok(
      html.endsWith(`><p>The figure, as a sentence, with its source.</p></${tag}>`),
      `no fallback in ${html}`,
    );
  });
}

test('a false boolean and an absent value render no attribute', async () => {
  const { PoliceDeathsChart } = await import('refuge-widgets/react');
  const html = renderToString(
    createElement(PoliceDeathsChart, { showTable: false, theme: undefined, lang: 'es' }),
  );
  assert.equal(html, '<police-deaths-chart lang="es"></police-deaths-chart>');
});
