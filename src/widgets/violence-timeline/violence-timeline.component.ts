import { html } from 'lit';
import { formatNumber, formatPartialDate } from '../../core/localize.js';
import { renderSourceLine } from '../../core/source-line.js';
import { WidgetElement } from '../../core/widget-element.js';
import {
  timeline,
  timelineFigures,
  type EventDate,
  type TimelineEventId,
} from '../../data/timeline.js';
import { correctionsShown } from '../../data/corrections-shown.js';
import { violenceTimelineStyles } from './violence-timeline.styles.js';
import { messages } from './violence-timeline.messages.js';

/** The figure each event's sentence quotes, if any. */
const eventFigures: Partial<Record<TimelineEventId, number>> = {
  'port-requests': timelineFigures.portRequests.value,
  'police-2008': timelineFigures.police2008.value,
  troops: timelineFigures.troops.value,
  'tijuana-spree': timelineFigures.tijuanaOfficers.value,
};

/**
 * The dated events of the story as an ordered list, each with its sources. Without styles it
 * reads as a plain list of dates and sentences.
 *
 * @tagname violence-timeline
 * @summary A timeline of drug violence in Mexico and asylum requests, 2006–2009.
 *
 * @csspart title - The timeline's title; the builder names an iframe after it.
 * @csspart source - The source line of each event, with links.
 * @csspart correction - A correction to a figure an event states, under its source line
 * ("Corrected on …").
 * @csspart caveat - The note on dates and spellings.
 *
 * @cssproperty --violence-timeline-marker - Colour of the dates and markers. Default: `--refuge-accent`.
 * @cssproperty --violence-timeline-line - Colour of the vertical line. Default: `--refuge-border`.
 */
export class ViolenceTimeline extends WidgetElement {
  static override styles = [WidgetElement.styles, violenceTimelineStyles];

  protected override renderContent(): unknown {
    const text = messages[this.locale];
    return html`<section class="timeline" aria-labelledby="title">
      <p class="title" part="title" id="title">${text.title}</p>
      <ol class="events" aria-labelledby="title" data-fallback>
        ${timeline.map((event) => {
          const figure = eventFigures[event.id];
          const sentence = text.events[event.id](
            figure === undefined ? '' : formatNumber(figure, this.locale),
          );
          return html`<li class="event" data-event=${event.id}>
            <span class="date">${this.#renderDate(event.date)}</span>
            <p class="text">${sentence}</p>
            ${
              // An event that states a figure has that figure's id (port-requests,
              // police-2008): a correction to it is shown under the event's sources.
              renderSourceLine(event.sources, this.locale, correctionsShown && [event.id])
            }
          </li>`;
        })}
      </ol>
      <p class="caveat" part="caveat">${text.caveat}</p>
    </section>`;
  }

  #renderDate(date: EventDate) {
    if (date.kind === 'date') {
      return html`<time datetime=${date.iso}>${formatPartialDate(date.iso, this.locale)}</time>`;
    }
    const text = messages[this.locale];
    return html`${text.fiscalYear(date.year)} (<time datetime=${date.start}
        >${formatPartialDate(date.start, this.locale)}</time
      >–<time datetime=${date.end}>${formatPartialDate(date.end, this.locale)}</time>)`;
  }
}

// Declared with the class, not in the registration module, so that the package root, which
// registers nothing, still types document.querySelector('violence-timeline').
declare global {
  interface HTMLElementTagNameMap {
    'violence-timeline': ViolenceTimeline;
  }
}
