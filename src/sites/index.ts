import type { SiteAdapter } from './adapter';
import { facebook } from './adapters/facebook';
import { generic } from './adapters/generic';
import { mumsnet } from './adapters/mumsnet';
import { netmums } from './adapters/netmums';
import { reddit } from './adapters/reddit';
import { whatsapp } from './adapters/whatsapp';
import { x } from './adapters/x';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [facebook, x, whatsapp, mumsnet, netmums, reddit, generic];

/** Every built-in site's match patterns: the content script's, and so the extension's host access. */
export const BUILTIN_MATCHES = SITE_ADAPTERS.flatMap((a) => a.matches);

function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

/** The adapter for a page's host name; the generic one where no site claims it. */
export function adapterFor(hostname: string): SiteAdapter {
  return SITE_ADAPTERS.find((a) => a.matches.some((m) => hostOf(m) === hostname)) ?? generic;
}

/**
 * The compose box a focus event landed in, if any: the outermost element matching the
 * adapter's selector, so a focused span inside an editor resolves to the editor.
 */
export function composeBoxFor(target: Element, adapter: SiteAdapter): HTMLElement | undefined {
  let box: HTMLElement | undefined;
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLElement && el.matches(adapter.composeSelector)) box = el;
  }
  if (!box || box.matches('input, [readonly], [aria-readonly="true"], [disabled]')) return undefined;
  return box;
}

/**
 * What the parent pauses when they pause "this site": a built-in site as a whole (every
 * Facebook host), or one host name elsewhere.
 */
export function siteKey(hostname: string): string {
  const adapter = adapterFor(hostname);
  return adapter === generic ? hostname : adapter.id;
}
