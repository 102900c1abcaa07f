import type { Preview } from '@storybook/web-components-vite';
import { withArticleColumn } from '../stories/article-column.js';

const preview: Preview = {
  decorators: [withArticleColumn],
  parameters: {
    // The article column paints the whole page (a dark story needs a dark page, edge to edge), so
    // Storybook's own padding is turned off.
    layout: 'fullscreen',
    // Controls keep the order the stories declare them in: metric first, then lang and theme.
    controls: { expanded: true },
  },
};

export default preview;
