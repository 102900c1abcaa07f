/**
 * The widgets of the built library, read from dist/custom-elements.json (the Custom Elements
 * Manifest `npm run build` writes; the test server serves it). This is the one list every suite
 * that loops over widgets uses (STYLE.md rule 16): a sixth widget is tested everywhere without
 * editing a test. Read once, with top-level await, so that a test file can declare one `it()` per
 * widget (mocha in @web/test-runner imports a test file completely before it runs the tests).
 */

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  superclass?: { name: string };
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
}

export interface ManifestWidget {
  tag: string;
  /** Its documented attributes, as editors write them. */
  attributes: string[];
  /** Its documented CSS parts. */
  parts: string[];
  /** Draws with Chart.js: its class extends ChartWidgetElement (src/core/chart/). */
  isChart: boolean;
}

async function readWidgets(): Promise<ManifestWidget[]> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok) {
    throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
  }
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const classes = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.kind === 'class');
  const byName = new Map(classes.map((declaration) => [declaration.name, declaration]));
  const extendsChart = (declaration: Declaration): boolean => {
    const parent = declaration.superclass?.name;
    if (parent === undefined) return false;
    if (parent === 'ChartWidgetElement') return true;
    const next = byName.get(parent);
    return next !== undefined && extendsChart(next);
  };
  const widgets = classes.flatMap((declaration) =>
    declaration.tagName
      ? [
          {
            tag: declaration.tagName,
            attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
            parts: (declaration.cssParts ?? []).map((part) => part.name),
            isChart: extendsChart(declaration),
          },
        ]
      : [],
  );
  if (widgets.length === 0) throw new Error('dist/custom-elements.json describes no widget');
  return widgets;
}

/** Every widget, in the manifest's order. */
export const widgets: readonly ManifestWidget[] = await readWidgets();

/** Every widget's tag, in the manifest's order. */
export const widgetTags: readonly string[] = widgets.map((widget) => widget.tag);

/** The tags of the widgets that draw with Chart.js. */
export const chartTags: readonly string[] = widgets
  .filter((widget) => widget.isChart)
  .map((widget) => widget.tag);

/** Is `element` one of the chart widgets? */
export const isChart = (element: Element): boolean => chartTags.includes(element.localName);
