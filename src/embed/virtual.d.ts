// Generated at build time from custom-elements.json by the widgetManifest plugin (vite.config.ts).
declare module 'virtual:refuge-widgets' {
  // An ambient module cannot use a top-level import, so the type is imported inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const widgets: import('./registry.js').WidgetDescription[];
  export default widgets;
}
