import { expect, fixture } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { WidgetElement } from '../../src/core/widget-element.js';
import { captureEachTest } from '../support/helpers.js';

/** A widget whose content throws while `explode` is set, as a bug in a widget would. */
class FragileWidget extends WidgetElement {
  static override properties = { ...WidgetElement.properties, explode: { type: Boolean } };
  declare explode: boolean;
  protected override renderContent() {
    if (this.explode) throw new Error('boom');
    return litHtml`<p>fine</p>`;
  }
}
customElements.define('test-fragile-widget', FragileWidget);

describe('WidgetElement', () => {
  const capture = captureEachTest();

  it('turns a failure while rendering into the error state, never an exception in the page', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('refuge-error', (event) => errors.push(event), { once: true });
    const el = await fixture<FragileWidget>('<test-fragile-widget explode></test-fragile-widget>');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const message = el.shadowRoot!.querySelector('[part="error"]');
    expect(message?.getAttribute('role')).to.equal('alert');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['render-failed']);
    expect(capture.uncaught.errors).to.deep.equal([]);
    expect(capture.warnings.calls).to.have.length(1);
  });

  it('turns a failure in a lifecycle method into the error state too', async () => {
    const el = await fixture<FragileWidget>('<test-fragile-widget></test-fragile-widget>');
    // As a bug in a widget's own lifecycle code would.
    (el as unknown as { willUpdate: () => void }).willUpdate = () => {
      throw new Error('lifecycle');
    };
    el.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(capture.uncaught.errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });

  it('reflects lang and theme set as properties', async () => {
    const el = await fixture<FragileWidget>('<test-fragile-widget></test-fragile-widget>');
    el.lang = 'es';
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('es');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });
});
