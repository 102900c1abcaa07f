// The checks, in the order they run: each may rely on the ones before it (the plugin installed
// by the upload, the settings left as they were found); the last but one deletes the plugin, and
// the last reads what PHP logged in the whole run.
import authorBlock from './author-block.mjs';
import blocksAndShortcode from './blocks-and-shortcode.mjs';
import debugLog from './debug-log.mjs';
import editorNotice from './editor-notice.mjs';
import editorSpanish from './editor-spanish.mjs';
import feed from './feed.mjs';
import hostileShortcodes from './hostile-shortcodes.mjs';
import integrity from './integrity.mjs';
import pasteALink from './paste-a-link.mjs';
import phpLint from './php-lint.mjs';
import prerender from './prerender.mjs';
import republishNotice from './republish-notice.mjs';
import republishNoticeEditor from './republish-notice-editor.mjs';
import republishRoundTrip from './republish-round-trip.mjs';
import settings from './settings.mjs';
import siteLanguage from './site-language.mjs';
import uninstall from './uninstall.mjs';
import uploadPlugin from './upload-plugin.mjs';

const inOrder = {
  'php-lint': phpLint,
  'upload-plugin': uploadPlugin,
  'author-block': authorBlock,
  'blocks-and-shortcode': blocksAndShortcode,
  prerender,
  'site-language': siteLanguage,
  feed,
  'paste-a-link': pasteALink,
  'hostile-shortcodes': hostileShortcodes,
  'editor-notice': editorNotice,
  'editor-spanish': editorSpanish,
  'republish-round-trip': republishRoundTrip,
  'republish-notice': republishNotice,
  'republish-notice-editor': republishNoticeEditor,
  settings,
  integrity,
  uninstall,
  'debug-log': debugLog,
};

/** Each check with `file`, its file's name, by which `--check` picks it. */
export const checks = Object.entries(inOrder).map(([file, check]) => ({ ...check, file }));
