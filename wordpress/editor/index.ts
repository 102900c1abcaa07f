import metadata from '../block.json';
import noticeMetadata from '../blocks/republish-notice/block.json';
import { blockMessages } from './block.messages.js';
import { createEdit } from './edit.js';
import { editorData, type GraphicAttributes } from './editor-data.js';
import { noticeEditorData, type NoticeAttributes } from './notice-data.js';
import { createNoticeEdit } from './notice-edit.js';
import { graphicVariations } from './variations.js';
import { blocks } from './wp.js';

// The "Refuge graphic" block: its name, title, category and attributes are in block.json, which
// the PHP registers too (and translates); this adds how it is edited and a variation per graphic.
// It is a dynamic block: the post stores only its attributes (save returns nothing) and the server
// renders the element with its prerender.
const data = editorData();
const variations = graphicVariations(data.widgets);
blocks.registerBlockType<GraphicAttributes>(metadata, {
  edit: createEdit(data, blockMessages(), variations),
  save: () => null,
  variations,
});

// The "Republish notice" block, dynamic too (blocks/republish-notice/block.json): the server fills
// in the post's address and title, the library's address and the site's defaults.
blocks.registerBlockType<NoticeAttributes>(noticeMetadata, {
  edit: createNoticeEdit(noticeEditorData(), data.library),
  save: () => null,
});
