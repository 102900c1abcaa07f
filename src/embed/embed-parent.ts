// dist/embed-parent.js: an optional script for partner pages that allow one script but no inline
// code. It resizes every refuge-widgets iframe on the page to the height the iframe reports (AMP
// `embed-size` messages, sent by embed.html), and ignores messages from any other window.
const MAX_HEIGHT = 20000;

function isEmbedSize(data: unknown): data is { height: number } {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.sentinel === 'amp' &&
    message.type === 'embed-size' &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0 &&
    message.height <= MAX_HEIGHT
  );
}

window.addEventListener('message', (event) => {
  if (!isEmbedSize(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-refuge-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    const height = String(Math.ceil(event.data.height));
    frame.height = height;
    frame.style.height = `${height}px`;
  }
});
