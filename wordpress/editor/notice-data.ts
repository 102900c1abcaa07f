/** The "Republish notice" block's attributes (blocks/republish-notice/block.json); '' is unset. */
export interface NoticeAttributes {
  license: string;
  author: string;
  publisher: string;
  articleUrl: string;
  pixelSrc: string;
  lang: string;
}

/** A license the notice may name, as the server accepts it. */
export interface NoticeLicense {
  id: string;
  name: string;
}

/**
 * What the plugin's PHP gives this script for the notice (`wp_add_inline_script`): the licenses
 * the server accepts, with their names, and the site's defaults (Settings → Refuge graphics),
 * which an empty option stands for ('' where the site set none).
 */
export interface NoticeEditorData {
  licenses: NoticeLicense[];
  defaults: { license: string; author: string; publisher: string; 'pixel-src': string };
}

export function noticeEditorData(): NoticeEditorData {
  const data = (window as unknown as { refugeWidgetsNoticeData?: NoticeEditorData })
    .refugeWidgetsNoticeData;
  if (!data)
    throw new Error('refuge-widgets: the notice’s data was not printed before the script.');
  return data;
}
