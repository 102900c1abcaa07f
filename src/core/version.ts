/**
 * The library's version, compared by `define()` when a second copy of the library registers the
 * same tag. A test checks that it matches package.json.
 */
export const version = '0.1.0';
