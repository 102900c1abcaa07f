import { localeFromTag } from '../../src/core/localize.js';
import metadata from '../block.json';
import noticeMetadata from '../blocks/republish-notice/block.json';
import { messages } from './block.messages.js';
import { createEdit } from './edit.js';
import { editorData, type GraphicAttributes } from './editor-data.js';
import { noticeEditorData, type NoticeAttributes } from './notice-data.js';
import { createNoticeEdit } from './notice-edit.js';
import { blocks } from './wp.js';

// The "Refuge graphic" block: its name, title, category and attributes are in block.json, which
// the PHP registers too; this adds how it is edited. It is a dynamic block: the post stores only
// its attributes (save returns nothing) and the server renders the element with its prerender.
const locale = localeFromTag(document.documentElement.lang) ?? 'en';
const data = editorData();
blocks.registerBlockType<GraphicAttributes>(metadata, {
  edit: createEdit(data, messages[locale], locale),
  save: () => null,
});

// The "Republish notice" block, dynamic too (blocks/republish-notice/block.json): the server fills
// in the post's address and title, the library's address and the site's defaults.
blocks.registerBlockType<NoticeAttributes>(noticeMetadata, {
  edit: createNoticeEdit(noticeEditorData(), data.library),
  save: () => null,
});
