import pym from 'pym.js';

/**
 * Reports the page's height to the parent window whenever it changes, in the two formats embed
 * parents already understand: AMP's `embed-size` message (amp-iframe, and our embed-parent.js) and
 * Pym.js (its own Child sends it, so any Pym.js parent resizes us without new code).
 */
export function reportHeight(): void {
  const child = new pym.Child({ polling: 0 });
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    child.sendHeight();
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
