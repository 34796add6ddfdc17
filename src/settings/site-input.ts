/**
 * Turning what a user types into a host and a match pattern. Pure: no extension APIs,
 * so the schema can validate stored custom sites with the same rules.
 */
import type { MessageKey } from '../i18n';
import { SITES } from '../sites';
import type { CustomSite } from './types';

/** storage.sync allows 8 KB per item; 50 sites of ~80 bytes each leave room for the rest of the settings. */
export const MAX_CUSTOM_SITES = 50;

/** The longest host name DNS allows. */
const MAX_HOST_LENGTH = 253;

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Schemes of the browser's own pages, named as such in the error so the user knows why. */
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:',
  'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:', 'file:', 'data:', 'blob:', 'javascript:',
]);

export type SiteInputResult =
  | { ok: true; host: string; pattern: string }
  | { ok: false; error: MessageKey; args?: string[] };

/**
 * Whether `host` is a host Attune may cover: a domain name with at least one dot, an IPv4 address,
 * or "localhost", optionally with a leading "*." on a domain of two or more labels.
 * IPs and localhost are allowed because self-hosted chat (Mattermost, Rocket.Chat, Element) often lives there;
 * single words other than localhost are refused because they are almost always a typo ("slack").
 */
export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  if (host === 'localhost' || IPV4.test(host)) return true;
  const wildcard = host.startsWith('*.');
  const labels = (wildcard ? host.slice(2) : host).split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  // A top-level label that is all digits is a malformed IP, not a domain.
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** The pattern registered for a custom host; plain http only when the user asked for it. */
export function patternForHost(host: string, scheme: 'https' | 'http' = 'https'): string {
  return `${scheme}://${host}/*`;
}

/** Whether `pattern` is exactly what `patternForHost` would build for `host`. */
export function isPatternForHost(pattern: string, host: string): boolean {
  return pattern === patternForHost(host, 'https') || pattern === patternForHost(host, 'http');
}

/** Whether a custom site's host (possibly "*.example.org") covers the page host `host`. */
export function hostCovers(siteHost: string, host: string): boolean {
  if (!siteHost.startsWith('*.')) return siteHost === host;
  const base = siteHost.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** Accepts "chat.example.org", "https://chat.example.org/path", "*.example.org" and "http://host" forms. */
export function parseSiteInput(input: string, existing: readonly CustomSite[]): SiteInputResult {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return { ok: false, error: 'optionsSiteErrorEmpty' };
  if (trimmed.length > 2048) return { ok: false, error: 'optionsSiteErrorNotWeb' };

  const schemeMatch = /^([a-z][a-z0-9+.-]*:)(\/\/)?/.exec(trimmed);
  // "localhost:8080" and "example.org:8443" parse as a scheme; a digit-only remainder means it was a port.
  const looksLikePort = schemeMatch !== null && !schemeMatch[2] && /^\d+(?:\/|$)/.test(trimmed.slice(schemeMatch[1]!.length));
  const scheme = schemeMatch && !looksLikePort ? schemeMatch[1]! : null;
  if (scheme !== null && BROWSER_SCHEMES.has(scheme)) return { ok: false, error: 'optionsSiteErrorBrowserPage' };
  if (scheme !== null && scheme !== 'https:' && scheme !== 'http:') return { ok: false, error: 'optionsSiteErrorNotWeb' };

  const rest = scheme === null ? trimmed : trimmed.slice(scheme.length).replace(/^\/\//, '');
  const wildcard = rest.startsWith('*.');
  let host: string;
  try {
    // URL does the IDN-to-punycode conversion match patterns need, and strips ports, paths and credentials.
    host = new URL(`https://${wildcard ? rest.slice(2) : rest}`).hostname;
  } catch {
    return { ok: false, error: 'optionsSiteErrorNotWeb' };
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (wildcard) {
    if (host === 'localhost' || IPV4.test(host)) return { ok: false, error: 'optionsSiteErrorNotWeb' };
    host = `*.${host}`;
  }
  if (!isValidHost(host)) return { ok: false, error: 'optionsSiteErrorNotWeb' };

  const catalogueSite = SITES.find((site) => site.hosts.includes(host));
  if (catalogueSite) return { ok: false, error: 'optionsSiteErrorCatalogue', args: [catalogueSite.name] };
  if (existing.some((site) => site.host === host)) return { ok: false, error: 'optionsSiteErrorDuplicate' };
  const coveringSite = existing.find((site) => hostCovers(site.host, host));
  if (coveringSite) return { ok: false, error: 'optionsSiteErrorCoveredByCustom', args: [coveringSite.host] };
  if (existing.length >= MAX_CUSTOM_SITES) {
    return { ok: false, error: 'optionsSiteErrorTooMany', args: [String(MAX_CUSTOM_SITES)] };
  }

  return { ok: true, host, pattern: patternForHost(host, scheme === 'http:' ? 'http' : 'https') };
}
