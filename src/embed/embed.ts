// embed.html?widget=asylum-stat&metric=port-requests&lang=es — one widget, full width, for
// partners whose CMS strips scripts. Only known widgets and their documented attributes are taken
// from the query string; every value is set as an attribute (text), never as markup.
import { prerenderedWidget } from './prerendered-widget.js';
import { excerpt } from '../core/messages.js';
import { localeFromTag } from '../core/localize.js';
import { reportHeight } from './embed-size.js';
import { messages } from './embed.messages.js';
import { findWidget, registry, type WidgetDescription } from './registry.js';

const params = new URLSearchParams(location.search);
const locale = localeFromTag(params.get('lang')) ?? 'en';
document.documentElement.lang = locale;

function createWidget(widget: WidgetDescription): HTMLElement {
  // The chart prerendered for this snippet, if its fragment named one: the widget takes over its
  // box and its static plot, with the query string's attributes set as for a new element.
  const element =
    prerenderedWidget?.localName === widget.tag
      ? prerenderedWidget
      : document.createElement(widget.tag);
  for (const attribute of widget.attributes) {
    const value = params.get(attribute.name);
    if (value === null) continue;
    if (attribute.kind === 'boolean') {
      // `show-table`, `show-table=` and `show-table=true` mean on; `show-table=false` means off.
      if (!/^(false|0|no)$/i.test(value)) element.setAttribute(attribute.name, '');
    } else {
      element.setAttribute(attribute.name, value);
    }
  }
  return element;
}

function unknownWidget(name: string): HTMLElement {
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  const known = registry.map((widget) => widget.tag).join(', ');
  message.textContent = messages[locale].unknownWidget(excerpt(name || '—'), known);
  return message;
}

const widget = findWidget(params.get('widget'));
const main = document.querySelector('main')!;
main.append(widget ? createWidget(widget) : unknownWidget(params.get('widget') ?? ''));
if (widget) document.title = widget.summary;
// Defined only now, with the one prerendered chart kept (prerendered-widget.ts): statically
// imported, the widgets would be defined before this module runs, and every prerendered chart of
// the page would upgrade first. The height is reported from then on: reported while the widget's
// code was still loading, an empty page's height had a Pym.js parent shrink the iframe to nothing,
// and WebKit renders nothing more in an iframe of no height, so it never grew back.
import('../refuge-widgets.js')
  .catch((error: unknown) => {
    console.warn('refuge-widgets: the widgets could not be loaded.', error);
  })
  .finally(reportHeight);
