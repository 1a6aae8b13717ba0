/** The sites the content script runs on out of the box; the manifest's host access is exactly these. */
export const BUILTIN_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://web.whatsapp.com/*',
  'https://www.mumsnet.com/*',
  'https://www.netmums.com/*',
  'https://www.reddit.com/*',
];
