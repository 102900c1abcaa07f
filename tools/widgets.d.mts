export function widgetTags(): string[];
export function registrationModule(tag: string): string;
export function chartModule(tag: string): string;
export function chartWidgetTags(): string[];
export const allWidgetsModule: string;
export const reactModule: string;
export function pascalCase(name: string): string;
export function widgetEvents(tag: string): string[];
