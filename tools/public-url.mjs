// Where dist/ is published, for the few addresses that must be absolute in a static file: the
// `og:image` of the share pages (link-preview crawlers take no relative address and run no script,
// so a page cannot work it out as the builder does). Set REFUGE_PUBLIC_URL when building for a
// CDN of your own, to the address of the current channel's folder (`https://cdn.example.org/
// refuge-widgets/0/`); the default is the npm package's current channel on jsDelivr.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** jsDelivr's copy of the npm package for this major version: a correction reaches the cards too. */
export const defaultPublicUrl = () =>
  `https://cdn.jsdelivr.net/npm/refuge-widgets@${version.split('.')[0]}/dist/`;

/** The published address of dist/, ending in `/`; an address that is not absolute http(s) fails. */
export function publicUrl(value = process.env.REFUGE_PUBLIC_URL) {
  const address = value || defaultPublicUrl();
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`REFUGE_PUBLIC_URL is not an absolute address: ${address}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`REFUGE_PUBLIC_URL must be an http(s) folder address: ${address}`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
