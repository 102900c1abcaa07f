import { html, svg, type TemplateResult } from 'lit';
import type { License } from '../../data/republish.js';

/**
 * A Creative Commons-style badge drawn inline (no image is fetched): a "cc" mark and the license's
 * short name. Hidden from assistive technology, since the proper name is written beside it.
 */
export function renderBadge(license: License): TemplateResult {
  const code = license.abbreviation.replace(/^CC /, '');
  return html`<svg
    class="badge"
    part="badge"
    viewBox="0 0 88 31"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<rect class="badge-box" x="1" y="1" width="86" height="29" rx="4"></rect>
      <circle class="badge-mark" cx="16" cy="15.5" r="10"></circle>
      <text class="badge-cc" x="16" y="19.5" text-anchor="middle">cc</text>
      <text class="badge-code" x="56.5" y="19" text-anchor="middle" textLength=${Math.min(56, code.length * 7.7)} lengthAdjust="spacingAndGlyphs">${code}</text>`}
  </svg>`;
}
