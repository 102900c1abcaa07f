import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { isServer, type ReactiveElement } from 'lit';
import * as React from 'react';

/** A widget class: what @lit/react constructs, and Lit's static description of its properties. */
type WidgetClass<I extends ReactiveElement> = (new () => I) &
  Pick<typeof ReactiveElement, 'elementProperties' | 'observedAttributes'>;

/** A React prop's event, typed with the event the widget fires (GlobalEventHandlersEventMap). */
export const event = <K extends keyof GlobalEventHandlersEventMap>(type: K) =>
  type as EventName<GlobalEventHandlersEventMap[K]>;

/**
 * `tagName` as a React component, made with @lit/react's `createComponent`: properties are set on
 * the element and `events` become listener props.
 *
 * On the server, @lit/react renders the bare tag, because it sets properties only in the browser,
 * after hydration. There the component renders the element's documented attributes instead
 * (`showTable` as `show-table`), so the server's HTML is the element as an embed writes it: it
 * upgrades in its language and with its options before hydration, or without it.
 */
export function widgetComponent<I extends ReactiveElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: WidgetClass<I>,
  events: E,
): ReactWebComponent<I, E> {
  const component = createComponent({ react: React, tagName, elementClass, events });
  if (!isServer) return component;
  let attributes: Map<string, string> | undefined;
  const server = React.forwardRef<I, Record<string, unknown>>((props, _ref) => {
    attributes ??= attributeNames(elementClass);
    return React.createElement(tagName, serverProps(props, attributes, events));
  });
  server.displayName = component.displayName;
  return server as unknown as ReactWebComponent<I, E>;
}

/** Each property that has an attribute, with the attribute's name (Lit's `attribute` option). */
function attributeNames(elementClass: WidgetClass<ReactiveElement>): Map<string, string> {
  // Reading `observedAttributes` finalizes the class, which completes `elementProperties`.
  const observed = new Set(elementClass.observedAttributes);
  const names = new Map<string, string>();
  for (const [property, { attribute }] of elementClass.elementProperties) {
    const name = typeof attribute === 'string' ? attribute : String(property).toLowerCase();
    if (attribute !== false && observed.has(name)) names.set(String(property), name);
  }
  return names;
}

/**
 * The props React renders on the server: attributes as Lit reads them back (`true` present and
 * empty, `false` absent, strings and numbers as text), children and the element's own HTML
 * attributes; no listeners, and no value HTML cannot hold.
 */
function serverProps(
  props: Record<string, unknown>,
  attributes: Map<string, string>,
  events: Record<string, unknown>,
): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const attribute = attributes.get(key);
    if (attribute !== undefined) {
      if (value === true) rendered[attribute] = '';
      else if (typeof value === 'string' || typeof value === 'number') {
        rendered[attribute] = String(value);
      }
    } else if (key === 'children' || key === 'style') {
      rendered[key] = value;
    } else if (key === 'className') {
      rendered['class'] = value;
    } else if (!(key in events) && ['string', 'number', 'boolean'].includes(typeof value)) {
      rendered[key] = value;
    }
  }
  return rendered;
}
