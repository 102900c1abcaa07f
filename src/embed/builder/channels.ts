/**
 * The two ways a snippet can load the library (issue 23, README "Releases"):
 * - `current`: the newest release of this major version, as a CDN serves a version range
 *   (`…/0/`, or `refuge-widgets@0/dist/` on an npm CDN): corrections and fixes reach every page
 *   by themselves, so it carries no integrity hashes, which would break at the next release;
 * - `pinned`: exactly this version (`…/0.1.0/`), with integrity hashes; it never changes, and so
 *   never receives a correction.
 */
export type Channel = 'current' | 'pinned';

export const channels: readonly Channel[] = ['current', 'pinned'];

/** `0` of `0.1.0`: the releases a current snippet follows. */
export const majorOf = (version: string): string => version.split('.')[0]!;

export interface ChannelAddresses {
  current: string;
  pinned: string;
  /** False when the library's address names no version: both channels are then that address. */
  versioned: boolean;
}

/**
 * A version or major version as the last folder of an address: our own layout (`…/0/`,
 * `…/0.1.0/`, see tools/release/release-files.mjs) or an npm CDN's (`…/refuge-widgets@0/dist/`).
 */
const versionFolder = /(\/|@)\d+(?:\.\d+\.\d+(?:[-+][\w.-]+)?)?(\/(?:dist\/)?)$/;

/** Where each channel of the library published at `baseUrl` is, for the library's `version`. */
export function channelAddresses(baseUrl: string, version: string): ChannelAddresses {
  const url = new URL(baseUrl);
  if (!versionFolder.test(url.pathname)) {
    return { current: url.href, pinned: url.href, versioned: false };
  }
  const at = (folder: string) => {
    const address = new URL(url.href);
    address.pathname = url.pathname.replace(versionFolder, `$1${folder}$2`);
    return address.href;
  };
  return { current: at(majorOf(version)), pinned: at(version), versioned: true };
}
