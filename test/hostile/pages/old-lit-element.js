// The partner's own web component, written with Lit 2 (the `lit-v2` alias of lit@2.8.0), loaded
// before our library: two Lits on one page.
import { LitElement, html, css } from '/node_modules/lit-v2/index.js';

class PartnerGreeting extends LitElement {
  static properties = { name: { type: String } };
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    this.name = 'reader';
  }

  render() {
    return html`<p>Hello, ${this.name}, from Lit 2.</p>`;
  }
}
customElements.define('partner-greeting', PartnerGreeting);
