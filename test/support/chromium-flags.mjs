// The flags every headless Debian Chromium of ours starts with (tests and benchmark): no sandbox
// as root, no GPU, and none of the background connections this machine's closed network refuses.
export const debianChromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
