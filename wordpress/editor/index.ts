import { localeFromTag } from '../../src/core/localize.js';
import metadata from '../block.json';
import { messages } from './block.messages.js';
import { createEdit } from './edit.js';
import { editorData, type GraphicAttributes } from './editor-data.js';
import { blocks } from './wp.js';

// The "Refuge graphic" block: its name, title, category and attributes are in block.json, which
// the PHP registers too; this adds how it is edited. It is a dynamic block: the post stores only
// its attributes (save returns nothing) and the server renders the element with its prerender.
const locale = localeFromTag(document.documentElement.lang) ?? 'en';
blocks.registerBlockType<GraphicAttributes>(metadata, {
  edit: createEdit(editorData(), messages[locale], locale),
  save: () => null,
});
