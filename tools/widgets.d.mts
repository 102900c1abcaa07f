export function widgetTags(): string[];
export function registrationModule(tag: string): string;
export const allWidgetsModule: string;
