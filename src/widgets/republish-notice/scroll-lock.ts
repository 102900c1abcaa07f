// Keeps the page behind an open dialog from scrolling. The modal <dialog> makes the page inert but
// still lets the wheel and touch scroll it. Styles are set through the CSSOM, which a strict CSP
// (`style-src 'self'`) allows, and restored exactly as they were; a count keeps two notices on one
// page from restoring each other's values.

let holders = 0;
let saved: { property: string; value: string; priority: string }[] = [];

export function lockPageScroll(): void {
  holders += 1;
  if (holders > 1) return;
  const root = document.documentElement;
  // Hiding the scrollbar would widen the page and move its text; reserve the gutter instead.
  const hasScrollbar = window.innerWidth > root.clientWidth;
  const changes: [string, string][] = [['overflow', 'hidden']];
  if (hasScrollbar) changes.push(['scrollbar-gutter', 'stable']);
  saved = changes.map(([property]) => ({
    property,
    value: root.style.getPropertyValue(property),
    priority: root.style.getPropertyPriority(property),
  }));
  for (const [property, value] of changes) root.style.setProperty(property, value, 'important');
}

export function unlockPageScroll(): void {
  if (holders === 0) return;
  holders -= 1;
  if (holders > 0) return;
  const root = document.documentElement;
  for (const { property, value, priority } of saved) {
    if (value) root.style.setProperty(property, value, priority);
    else root.style.removeProperty(property);
  }
  saved = [];
}
