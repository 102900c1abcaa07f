import type { WidgetDescription } from '../../src/embed/widget-catalog.js';
import type { GraphicAttributes } from './editor-data.js';
import { i18n, type BlockVariation } from './wp.js';

const { __ } = i18n;

type Names = Pick<BlockVariation<GraphicAttributes>, 'title' | 'description' | 'icon' | 'keywords'>;

/**
 * Each graphic in editors' words: what the reader sees, as the inserter lists it, with the words an
 * editor might search for. Keyed by tag; a widget the plugin offers without an entry here gets no
 * variation (the suite's editor checks, which take the offered widgets from the plugin's
 * widgets.json, then fail), only the "Refuge graphic" block's own list.
 */
function names(): Record<string, Names> {
  return {
    // One figure: grants in court by default, or requests at the border (its `metric`).
    'asylum-stat': {
      title: __('Asylum figure', 'refuge-widgets'),
      description: __(
        'One headline figure: asylum for Mexicans in U.S. immigration courts, or asked for at the border.',
        'refuge-widgets',
      ),
      icon: 'shield',
      keywords: [
        __('asylum', 'refuge-widgets'),
        __('immigration court', 'refuge-widgets'),
        __('border', 'refuge-widgets'),
        __('number', 'refuge-widgets'),
      ],
    },
    'police-deaths-chart': {
      title: __('Police officers killed chart', 'refuge-widgets'),
      description: __(
        'A bar chart of the Mexican police officers killed in drug violence, 2007 to mid-2009.',
        'refuge-widgets',
      ),
      icon: 'chart-bar',
      keywords: [
        __('police', 'refuge-widgets'),
        __('Mexico', 'refuge-widgets'),
        __('drug war', 'refuge-widgets'),
        __('bar chart', 'refuge-widgets'),
      ],
    },
    'drug-killings-chart': {
      title: __('Organized crime killings chart', 'refuge-widgets'),
      description: __(
        'A bar chart of the killings Mexico’s government linked to organized crime, year by year, 2007–2010.',
        'refuge-widgets',
      ),
      icon: 'chart-area',
      keywords: [
        __('homicides', 'refuge-widgets'),
        __('Mexico', 'refuge-widgets'),
        __('drug war', 'refuge-widgets'),
        __('bar chart', 'refuge-widgets'),
      ],
    },
    'violence-timeline': {
      title: __('Drug violence timeline', 'refuge-widgets'),
      description: __(
        'Dated events of drug violence in Mexico and of Mexicans asking for asylum, 2006–2009.',
        'refuge-widgets',
      ),
      icon: 'calendar-alt',
      keywords: [
        __('timeline', 'refuge-widgets'),
        __('Mexico', 'refuge-widgets'),
        __('drug war', 'refuge-widgets'),
        __('asylum', 'refuge-widgets'),
      ],
    },
  };
}

/**
 * One variation of the block per offered widget: inserted, it is the block with that widget
 * chosen. block.json could list them too (WordPress reads its variations from 5.9 on), but as a
 * second list of widgets kept by hand; registered here, they follow the server's list (the editor
 * data), so the inserter never offers a graphic the server would drop, and their words come through
 * the same script translations as the rest of the editor. The inserter's preview of each is the
 * widget prerendered, which the `inserterExample` attribute asks the block's edit for (example.ts).
 */
export function graphicVariations(
  widgets: readonly WidgetDescription[],
): BlockVariation<GraphicAttributes>[] {
  const named = names();
  return widgets.flatMap(({ tag }) => {
    const variation = named[tag];
    if (!variation) return [];
    return [
      {
        name: tag,
        ...variation,
        attributes: { widget: tag },
        isActive: ['widget'],
        scope: ['inserter'],
        example: { attributes: { widget: tag, inserterExample: true }, viewportWidth: 480 },
      },
    ];
  });
}
