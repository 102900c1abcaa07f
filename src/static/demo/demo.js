// The demo page's own controls. Flipping the page's color-scheme shows that widgets without a
// `theme` attribute follow the host page; switching <html lang> shows they follow its language.
const root = document.documentElement;
const toggle = document.querySelector('#scheme-toggle');
const language = document.querySelector('#language');

toggle.addEventListener('click', () => {
  const dark = root.classList.toggle('dark');
  toggle.setAttribute('aria-pressed', String(dark));
});

language.addEventListener('change', () => {
  root.lang = language.value;
});
