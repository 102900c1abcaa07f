import { fallbackHtmlAt, fallbackId } from '../../core/fallback/fallbacks.js';
import { localeFromTag } from '../../core/localize.js';
import { version } from '../../core/version.js';
import { article } from '../../data/sources.js';
import type { BuilderFiles } from './builder-files.js';
import { entryFor } from './builder-files.js';
import { messages } from './builder.messages.js';
import { channelAddresses, type Channel } from './channels.js';
import { newsletterSnippet } from './newsletter-snippet.js';
import { previewSummary, previewTitle } from './preview.js';
import { iframeSnippet, scriptSnippet, type WidgetChoice } from './snippets.js';

export type SnippetKind = 'script' | 'iframe' | 'newsletter';

interface Where {
  /** The library address the editor gave (the builder's own by default). */
  baseUrl: string;
  channel: Channel;
  /** The graphic's language when no option names one: the preview's. */
  lang: string;
}

/**
 * Every snippet of the chosen widget, from what its preview rendered (`desktop`: its height and
 * title) and the build's files (its fallbacks and prerender, the integrity hashes).
 */
export function composeSnippets(
  choice: WidgetChoice,
  desktop: Element,
  files: BuilderFiles,
  where: Where,
): Record<SnippetKind, string> {
  const lang =
    typeof choice.values.lang === 'string' && choice.values.lang ? choice.values.lang : where.lang;
  const fallback = entryFor(files.fallbacks, choice, lang);
  // The prerender is in one language, so the script snippet names it: a widget left to follow
  // the page's language could render in another and change size as it upgrades.
  const scriptChoice = { ...choice, values: { ...choice.values, lang } };
  const prerendered = entryFor(files.prerendered, scriptChoice, lang);
  const baseUrl = channelAddresses(where.baseUrl, version)[where.channel];
  const options = {
    baseUrl,
    integrity: where.channel === 'pinned' ? files.integrity : undefined,
  };
  return {
    script: scriptSnippet(
      scriptChoice,
      prerendered ? fallbackHtmlAt(prerendered, baseUrl) : '',
      options,
    ),
    iframe: iframeSnippet(
      choice,
      {
        height: desktop.getBoundingClientRect().height,
        title: previewTitle(desktop, choice),
        fallbackId: fallback && fallbackId(choice.widget.tag, fallback),
      },
      options,
    ),
    newsletter: newsletter(choice, desktop, files, baseUrl, lang),
  };
}

/**
 * The email-newsletter snippet, from the widget's fallback in light colours (an email's page is
 * white), titled as the preview shows it; none for a widget without a fallback (the republish
 * notice, whose dialog an email cannot hold).
 */
function newsletter(
  choice: WidgetChoice,
  preview: Element,
  files: BuilderFiles,
  baseUrl: string,
  lang: string,
): string {
  const light = { ...choice, values: { ...choice.values, theme: 'light' } };
  const fallback = entryFor(files.fallbacks, light, lang);
  if (!fallback) return '';
  const words = messages[localeFromTag(lang) ?? 'en'];
  return newsletterSnippet(fallbackHtmlAt(fallback, baseUrl), {
    title: previewTitle(preview, choice),
    summary: previewSummary(preview),
    story: { url: article.url, label: words.readStory },
  });
}
