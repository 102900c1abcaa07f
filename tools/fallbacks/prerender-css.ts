// dist/<tag>.css: the widget's own shadow-root styles, rewritten to style its prerendered light DOM
// (prerender.ts) while the element is not yet defined. The box a snippet's widget takes before its
// script runs is then the box it takes after: the host page does not shift when it upgrades.
import postcss, { type Root } from 'postcss';

/** `:host` or `:host(<compound>)` at the start of a selector, and the rest. */
const HOST = /^:host(?:\(((?:[^()]|\([^()]*\))*)\))?(.*)$/s;

/**
 * The element before it is defined. For the element itself, `:where()` gives the rule no
 * specificity, as a page's own rules beat `:host` rules. For what is inside, `:not(:defined, #\#)`
 * weighs as much as an id: the page's rules for `p` or `.entry-content a` must not reach the
 * prerendered content, since they cannot reach the shadow root that replaces it.
 */
const before = (tag: string) => `${tag}:not(:defined)`;
const inside = (tag: string) => `${tag}:not(:defined, #\\#)`;

/** One selector of the shadow root's styles, for the same element's light DOM before it upgrades. */
export function lightSelector(tag: string, selector: string): string {
  const host = HOST.exec(selector.trim());
  if (!host) return `${inside(tag)} ${selector.trim()}`;
  const [, compound, rest = ''] = host;
  const condition = compound ? `:is(${compound})` : '';
  return rest.trim() === ''
    ? `:where(${before(tag)}${condition})`
    : `${inside(tag)}${condition}${rest}`;
}

/**
 * The stylesheet for `tag`: first, whatever the page sets on the prerendered content is taken back
 * to the browser's defaults (`all: revert`, but for SVG geometry), as no page rule reaches into a
 * shadow root; then the
 * widget's own rules, each selector rewritten by lightSelector(); then `extra`, the rules the
 * prerender itself needs.
 */
export function prerenderStylesheet(tag: string, shadowCss: string, extra: string): string {
  const root: Root = postcss.parse(shadowCss);
  root.walkRules((rule) => {
    // Keyframe steps are not selectors.
    if (
      rule.parent?.type === 'atrule' &&
      /keyframes$/i.test((rule.parent as { name: string }).name)
    )
      return;
    rule.selectors = rule.selectors.map((selector) => lightSelector(tag, selector));
  });
  return [
    `/* <${tag}> before its script runs: generated from its shadow-root styles by tools/fallbacks. */`,
    // Not inside the static plot's SVG, whose geometry (x, y, width, height, text-anchor) is in
    // presentation attributes, which `revert` would discard as it does the page's rules; there the
    // text properties a page might set are reset alone.
    `${inside(tag)} :not(svg *) { all: revert; }`,
    `${inside(tag)} svg * { font: inherit; letter-spacing: normal; word-spacing: normal; text-transform: none; }`,
    root.toString().trim(),
    extra.replaceAll('TAG', inside(tag)).trim(),
    '',
  ].join('\n');
}
