// Made at build time from custom-elements.json by tools/vite/widget-catalog-plugin.ts.
declare module 'virtual:refuge-widgets' {
  // An ambient module cannot use a top-level import, so the type is imported inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const widgets: import('./widget-catalog.js').WidgetDescription[];
  export default widgets;
}
