import { expect, fixture } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { WidgetElement } from '../../src/core/widget-element.js';
import { captureEachTest } from '../support/console.js';
import { nextEvent, pause, waitFor } from '../support/wait.js';

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

/** A widget whose `mode` must be `a` or `b`, and that reports `note` as a problem it works around. */
class CheckedWidget extends WidgetElement {
  static override properties = {
    ...WidgetElement.properties,
    mode: { type: String },
    note: { type: String },
  };
  declare mode: string | undefined;
  declare note: string | undefined;
  protected override validate() {
    const { mode } = this;
    return mode && mode !== 'a' && mode !== 'b'
      ? this.invalidValue('mode', mode, ['a', 'b'])
      : undefined;
  }
  protected override contentRendered() {
    if (this.note) this.reportError({ code: 'odd-note', message: this.note });
    super.contentRendered();
  }
  protected override renderContent() {
    return litHtml`<p>${this.mode}</p>`;
  }
}
customElements.define('test-checked-widget', CheckedWidget);

/** The `refuge-error` events that reach the document, as `code: message`, until `stop()`. */
function collectErrors() {
  const reports: string[] = [];
  const events: CustomEvent[] = [];
  const listener = (event: CustomEvent) => {
    events.push(event);
    reports.push(`${event.detail.code}: ${event.detail.message}`);
  };
  document.addEventListener('refuge-error', listener);
  return { reports, events, stop: () => document.removeEventListener('refuge-error', listener) };
}

describe('WidgetElement', () => {
  const capture = captureEachTest();

  it('turns a failure while rendering into the error state, never an exception in the page', async () => {
    const reported = nextEvent(document, 'refuge-error');
    const el = await fixture<FragileWidget>('<test-fragile-widget explode></test-fragile-widget>');
    const error = await reported;
    // Proves that no uncaught error follows the error state.
    await pause(20);
    const message = el.shadowRoot!.querySelector('[part="error"]');
    expect(message?.getAttribute('role')).to.equal('alert');
    expect(error.detail.code).to.equal('render-failed');
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
    await waitFor(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error state');
    // Proves that no uncaught error follows the error state.
    await pause(20);
    expect(capture.uncaught.errors).to.deep.equal([]);
  });

  it('reports an error shown in place of the widget once, and again when it comes back after a fix', async () => {
    const errors = collectErrors();
    const el = await fixture<CheckedWidget>('<test-checked-widget mode="x"></test-checked-widget>');
    el.theme = 'dark'; // re-renders, still in error
    await el.updateComplete;
    el.mode = 'y';
    await el.updateComplete;
    el.mode = 'a'; // fixed
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    el.mode = 'y';
    await el.updateComplete;
    errors.stop();
    expect(errors.reports.map((report) => report.split(' ')[0])).to.deep.equal([
      'invalid-mode:',
      'invalid-mode:',
      'invalid-mode:',
    ]);
    expect(errors.reports[1]).to.equal(errors.reports[2]);
    expect(errors.reports[0]).to.contain('“x”');
    expect(capture.warnings.calls.map((call) => call[0])).to.deep.equal(
      errors.reports.map((report) => `refuge-widgets: <test-checked-widget> ${report}`),
    );
  });

  it('reports a problem that leaves the widget usable the same way, once for each distinct problem', async () => {
    const errors = collectErrors();
    const el = await fixture<CheckedWidget>(
      '<test-checked-widget note="odd"></test-checked-widget>',
    );
    el.theme = 'dark';
    await el.updateComplete;
    el.note = 'odder';
    await el.updateComplete;
    errors.stop();
    expect(el.shadowRoot!.querySelector('[part="error"]'), 'still usable').to.equal(null);
    expect(errors.reports).to.deep.equal(['odd-note: odd', 'odd-note: odder']);
    expect(errors.events.every((event) => event.bubbles && event.composed)).to.equal(true);
    expect(capture.warnings.calls.map((call) => call[0])).to.deep.equal([
      'refuge-widgets: <test-checked-widget> odd-note: odd',
      'refuge-widgets: <test-checked-widget> odd-note: odder',
    ]);
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
