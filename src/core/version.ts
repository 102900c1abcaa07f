/**
 * The library's version, compared by `define()` when a second copy of the library registers the
 * same tag, and the one the builder pins snippets to. The release step writes it from package.json
 * (tools/release/sync-version.mjs); check:contract fails when the build's differs.
 */
export const version = '0.1.0';
