/** The values of the `theme` attribute. Absent or unknown means: follow the host page. */
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];
