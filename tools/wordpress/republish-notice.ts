import { findLicense } from '../../src/data/republish';
import type { WidgetDescription } from '../../src/embed/widget-catalog';

/** What the plugin's notice block, shortcode and settings need to know of `<republish-notice>`. */
export interface NoticeDescription extends WidgetDescription {
  /** Each value of `license`, with the license's proper name, for editors to choose from. */
  licenses: { id: string; name: string }[];
}

const noticeTag = 'republish-notice';

/**
 * `<republish-notice>` as the manifest describes it (the values the server accepts), with the
 * proper name of each license it takes, from the same data the element shows them from. The build
 * stops if the manifest has no notice, or names a license the data does not know.
 */
export function republishNotice(widgets: readonly WidgetDescription[]): NoticeDescription {
  const notice = widgets.find((widget) => widget.tag === noticeTag);
  if (!notice) throw new Error(`custom-elements.json describes no <${noticeTag}>.`);
  const values = notice.attributes.find((attribute) => attribute.name === 'license')?.values ?? [];
  const licenses = values.map((id) => {
    const license = findLicense(id);
    if (!license) throw new Error(`<${noticeTag}> takes license="${id}", which has no name.`);
    return { id, name: license.name };
  });
  return { ...notice, licenses };
}
