import { expect } from '@open-wc/testing';
import { define, definedWidgets } from '../../src/core/define.js';
import { version } from '../../src/core/version.js';
import { captureWarnings } from '../support/console.js';

let counter = 0;
const uniqueTag = () => `test-define-${++counter}`;
const makeElement = (elementVersion?: string) =>
  class extends HTMLElement {
    static readonly version = elementVersion;
  };

describe('define()', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('registers a tag', () => {
    const tag = uniqueTag();
    const element = makeElement(version);
    define(tag, element);
    expect(customElements.get(tag)).to.equal(element);
  });

  it('keeps the first definition when the same class is defined twice, silently', () => {
    const tag = uniqueTag();
    const element = makeElement(version);
    define(tag, element);
    expect(() => define(tag, element)).not.to.throw();
    expect(warnings.calls).to.have.length(0);
  });

  it('keeps the first definition when a second copy of the same version loads, silently', () => {
    const tag = uniqueTag();
    const first = makeElement(version);
    define(tag, first);
    define(tag, makeElement(version));
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.calls).to.have.length(0);
  });

  it('warns once when a different version already defined the tag', () => {
    const tag = uniqueTag();
    const first = makeElement('0.0.1');
    define(tag, first);
    define(tag, makeElement(version));
    define(tag, makeElement(version));
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]![0])).to.contain('0.0.1');
  });

  it('never throws, even when the registry refuses the definition', () => {
    expect(() => define('not a valid tag', makeElement(version))).not.to.throw();
    expect(warnings.calls).to.have.length(1);
  });

  it('lists the tags it registered, and those it found registered by another copy', () => {
    const ours = uniqueTag();
    const element = makeElement(version);
    define(ours, element);
    const theirs = uniqueTag();
    const first = makeElement('0.0.1');
    customElements.define(theirs, first);
    define(theirs, makeElement(version));
    define('not a valid tag', makeElement(version));
    expect(definedWidgets().get(ours)).to.equal(element);
    expect(definedWidgets().get(theirs), 'the class the page has').to.equal(first);
    expect(definedWidgets().has('not a valid tag')).to.equal(false);
  });

  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(pkg.version);
  });
});
