/** One CSV row; numbers stay unformatted so spreadsheets read them as numbers. */
export type CsvRow = readonly (string | number)[];

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV text. */
export function toCsv(rows: readonly CsvRow[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A `data:` URL for a download link: it works without script once rendered and needs no blob
 * clean-up. The byte order mark lets spreadsheet programs read the accents as UTF-8.
 */
export function csvDataUrl(rows: readonly CsvRow[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${toCsv(rows)}`)}`;
}
