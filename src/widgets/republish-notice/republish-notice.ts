import { define } from '../../core/define.js';
import { RepublishNotice } from './republish-notice.component.js';

export { RepublishNotice, type RepublishEventDetail } from './republish-notice.component.js';

// The library a republished copy loads for its widgets: the one-script build beside this file.
// In dist/ this module is the entry `republish-notice.js`, next to `refuge-widgets.js` (the
// entries sit at the top of dist/; shared code lives in dist/chunks/). Through the npm package,
// bundled into someone's app, no such file sits beside it: set `library-src` there. The file name
// is kept in a variable so Vite does not treat `new URL('…', import.meta.url)` as an asset to bundle.
const libraryFile = 'refuge-widgets.js';
RepublishNotice.defaultLibrarySrc ??= new URL(libraryFile, import.meta.url).href;

define('republish-notice', RepublishNotice);
