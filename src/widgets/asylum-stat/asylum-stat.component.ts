import { html, svg } from 'lit';
import { formatNumber, formatPercent } from '../../core/localize.js';
import { renderSourceLine } from '../../core/source-line.js';
import { WidgetElement, type WidgetErrorDetail } from '../../core/widget-element.js';
import { asylum } from '../../data/asylum.js';
import { correctionsShown } from '../../data/corrections-shown.js';
import { asylumStatStyles } from './asylum-stat.styles.js';
import { messages } from './asylum-stat.messages.js';

/** The figures `<asylum-stat>` can show. */
export const asylumMetrics = ['court-grants', 'port-requests'] as const;
export type AsylumMetric = (typeof asylumMetrics)[number];

/** Share of the drawn bar given to the 3,000 cases; the dashed rest stands for "more than". */
const CASES_BAR_SHARE = 0.9;

/**
 * One headline figure from the story about Mexicans seeking asylum in the U.S., with its context
 * and source.
 *
 * @tagname asylum-stat
 * @summary A headline asylum figure: grants in immigration court, or requests at the border.
 *
 * @csspart title - The title above the figure; the builder names an iframe after it.
 * @csspart value - The headline figure, as text.
 * @csspart source - The source line with links.
 * @csspart correction - A correction to a figure shown, under the source line ("Corrected on …").
 * @csspart caveat - The note on what the figures do and do not say.
 *
 * @cssproperty --asylum-stat-value-color - Colour of the headline figure and the granted share. Default: `--refuge-accent`.
 */
export class AsylumStat extends WidgetElement {
  static override styles = [WidgetElement.styles, asylumStatStyles];

  static override properties = {
    ...WidgetElement.properties,
    metric: { type: String, reflect: true },
  };

  /**
   * Which figure to show: `court-grants` (asylum grants against cases in immigration court) or
   * `port-requests` (requests at ports of entry in fiscal 2008). Empty or absent means
   * `court-grants`; anything else shows an error listing these values.
   * @type {'court-grants' | 'port-requests'}
   */
  declare metric: AsylumMetric;

  constructor() {
    super();
    this.metric = 'court-grants';
  }

  protected override validate(): WidgetErrorDetail | undefined {
    const metric = this.metric?.trim() ?? '';
    if (metric === '' || (asylumMetrics as readonly string[]).includes(metric)) return undefined;
    return this.invalidValue('metric', this.metric, asylumMetrics);
  }

  protected override renderContent(): unknown {
    return this.metric?.trim() === 'port-requests'
      ? this.#renderPortRequests()
      : this.#renderCourtGrants();
  }

  #renderCourtGrants() {
    const text = messages[this.locale];
    const { courtGrants, courtCases, courtShare } = asylum;
    const grants = formatNumber(courtGrants.value, this.locale);
    const cases = formatNumber(courtCases.value, this.locale);
    // The graphic is drawn in words by the headline and the share line, so it is hidden from
    // assistive technology. Both bounds err towards the smaller share, because there were *more
    // than* 3,000 cases: 71 / 3,000 = 1 in 42.3, said as "fewer than 1 in 40"; 2.37% as "under 2.4%".
    const oneIn = Math.floor(courtCases.value / courtGrants.value / 10) * 10;
    const share = formatPercent(Math.ceil(courtShare.value * 1000) / 1000, this.locale);
    const grantedWidth = courtShare.value * CASES_BAR_SHARE * 100;

    // Named by its title: Chromium does not name a figure from its figcaption.
    return html`<figure class="stat" aria-labelledby="title">
      <figcaption class="title" part="title" id="title">${text.courtTitle}</figcaption>
      <p class="headline" data-fallback>
        <strong class="value" part="value">${grants}</strong>
        ${text.courtHeadline(cases)}
      </p>
      <div class="proportion" aria-hidden="true">
        <!-- Sized by the stylesheet; without it (the prerender in a feed or a newsletter) the bar
             takes no room rather than a default 300×150 black box, and the labels still say it. -->
        <svg focusable="false" width="0" height="0">
          ${svg`<rect class="cases" width="${CASES_BAR_SHARE * 100}%" height="100%"></rect>
            <line class="beyond" x1="${CASES_BAR_SHARE * 100 + 1}%" y1="50%" x2="100%" y2="50%"></line>
            <rect class="granted" width="${grantedWidth}%" height="100%"></rect>`}
        </svg>
        <div class="proportion-labels">
          <span>${text.courtGraphicGranted(grants)}</span>
          <span>${text.courtGraphicCases(cases)} →</span>
        </div>
      </div>
      <p class="share">
        ${text.courtShare(formatNumber(oneIn, this.locale), share)}
        <span class="derived">(${this.coreMessages.calculated})</span>
      </p>
      <p class="context">${text.courtContext}</p>
      <p class="caveat" part="caveat">${text.courtNote}</p>
      ${renderSourceLine(
        courtGrants.sources,
        this.locale,
        correctionsShown && [courtGrants.id, courtCases.id, courtShare.id],
      )}
    </figure>`;
  }

  #renderPortRequests() {
    const text = messages[this.locale];
    const { portRequests, portRequestsFirstQuarter } = asylum;
    return html`<figure class="stat" aria-labelledby="title">
      <figcaption class="title" part="title" id="title">${text.portTitle}</figcaption>
      <p class="headline" data-fallback>
        <strong class="value" part="value"
          >${text.portValue(formatNumber(portRequests.value, this.locale))}</strong
        >
        ${text.portHeadline}
      </p>
      <p class="context">
        ${text.portContext(formatNumber(portRequestsFirstQuarter.value, this.locale))}
      </p>
      <p class="caveat" part="caveat">${text.portNote}</p>
      ${renderSourceLine(
        portRequests.sources,
        this.locale,
        correctionsShown && [portRequests.id, portRequestsFirstQuarter.id],
      )}
    </figure>`;
  }
}

// Declared with the class, not in the registration module, so that the package root, which
// registers nothing, still types document.querySelector('asylum-stat').
declare global {
  interface HTMLElementTagNameMap {
    'asylum-stat': AsylumStat;
  }
}
