import { widgetStyles } from '../../src/core/styles.js';

export type ImageTheme = 'light' | 'dark';

/** The house colours the images need, by the public token that overrides each. */
const tokens = {
  text: '--refuge-text',
  muted: '--refuge-muted',
  accent: '--refuge-accent',
  border: '--refuge-border',
  background: '--refuge-bg',
} as const;

export type HouseColours = Record<keyof typeof tokens, Record<ImageTheme, string>>;

/**
 * The house colours, read from the widgets' own stylesheet (src/core/styles.ts), where each is
 * written once as `var(--refuge-<token>, light-dark(<light>, <dark>))`: the images are drawn in
 * exactly the colours the live widgets resolve to, and a colour changed there changes both.
 */
export function houseColours(cssText: string = widgetStyles.cssText): HouseColours {
  const read = (token: string): Record<ImageTheme, string> => {
    const pattern = new RegExp(
      `var\\(${token},\\s*light-dark\\(\\s*(#[0-9a-f]{3,8})\\s*,\\s*(#[0-9a-f]{3,8})\\s*\\)\\)`,
      'i',
    );
    const match = pattern.exec(cssText);
    if (!match) throw new Error(`the widgets' stylesheet has no light-dark() default for ${token}`);
    return { light: match[1]!, dark: match[2]! };
  };
  return Object.fromEntries(
    Object.entries(tokens).map(([name, token]) => [name, read(token)]),
  ) as HouseColours;
}
