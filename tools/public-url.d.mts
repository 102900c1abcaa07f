export function defaultPublicUrl(): string;
export function publicUrl(value?: string): string;
