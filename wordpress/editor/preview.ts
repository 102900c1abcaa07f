import type { LibraryScript } from './editor-data.js';
import { loadLibrary } from './load-library.js';
import { element, type WpNode } from './wp.js';

interface PreviewProps {
  tag: string;
  /** Element attributes as the page will have them (`''` for a boolean that is on). */
  attributes: Record<string, string>;
  library: LibraryScript;
}

/**
 * The real element, as the page will show it, in the chosen language and theme: the library's own
 * script defines it in the editor's document, so the editor sees exactly what readers see.
 */
export function Preview({ tag, attributes, library }: PreviewProps): WpNode {
  const container = element.useRef<HTMLDivElement>(null);
  element.useEffect(() => {
    if (container.current) loadLibrary(container.current.ownerDocument, library);
  }, [library.src, library.integrity]);
  return element.createElement(
    'div',
    { ref: container, className: 'refuge-widgets-preview' },
    element.createElement(tag, attributes),
  );
}
