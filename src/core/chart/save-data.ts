/**
 * Whether the reader asked to save data (Chrome's Save-Data, or `prefers-reduced-data`, still
 * behind a flag): a chart then stays static until the reader asks for the interactive one.
 * The generated CDN entries ask the same before they preload Chart.js (tools/widgets.mjs).
 */
export function readerSavesData(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  return Boolean(connection?.saveData) || matchMedia('(prefers-reduced-data: reduce)').matches;
}
