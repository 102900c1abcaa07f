import type { NoticeAttributes, NoticeLicense } from './notice-data.js';

/**
 * A choice the server drops when it renders the notice
 * (wordpress/includes/republish-notice/attributes.php).
 */
export type NoticeProblem =
  | { kind: 'unknown-license'; value: string }
  | { kind: 'invalid-article-url' }
  | { kind: 'invalid-pixel-src' };

/** Whether `value` is an absolute address with one of `schemes` and a host. */
export function isAddress(value: string, schemes: readonly string[]): boolean {
  try {
    const url = new URL(value.trim());
    return schemes.includes(url.protocol.slice(0, -1)) && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The block's choices that the server will drop, and so replace with the site's default or the
 * post's own value: a license it does not know (a block pasted from another version), an original
 * address that is not http(s):, a tracking image that is not https:.
 */
export function noticeProblems(
  attributes: NoticeAttributes,
  licenses: readonly NoticeLicense[],
): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const { license, articleUrl, pixelSrc } = attributes;
  if (license && !licenses.some(({ id }) => id === license)) {
    problems.push({ kind: 'unknown-license', value: license });
  }
  if (articleUrl.trim() && !isAddress(articleUrl, ['http', 'https'])) {
    problems.push({ kind: 'invalid-article-url' });
  }
  if (pixelSrc.trim() && !isAddress(pixelSrc, ['https'])) {
    problems.push({ kind: 'invalid-pixel-src' });
  }
  return problems;
}
