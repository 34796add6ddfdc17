import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { MAX_CUSTOM_SITES, hostCovers, parseSiteInput } from '../../src/settings/site-input';
import type { CustomSite } from '../../src/settings/types';

const site = (host: string): CustomSite => ({ host, pattern: `https://${host}/*`, enabled: true });

describe('parseSiteInput accepts web addresses', () => {
  it.each([
    ['chat.example.org', 'chat.example.org', 'https://chat.example.org/*'],
    ['  Chat.Example.ORG  ', 'chat.example.org', 'https://chat.example.org/*'],
    ['https://chat.example.org/team/general?x=1#top', 'chat.example.org', 'https://chat.example.org/*'],
    ['chat.example.org/path', 'chat.example.org', 'https://chat.example.org/*'],
    ['http://intranet.example.org', 'intranet.example.org', 'http://intranet.example.org/*'],
    ['https://chat.example.org:8443/', 'chat.example.org', 'https://chat.example.org/*'],
    ['chat.example.org:8443', 'chat.example.org', 'https://chat.example.org/*'],
    ['https://user:secret@chat.example.org', 'chat.example.org', 'https://chat.example.org/*'],
    ['*.example.org', '*.example.org', 'https://*.example.org/*'],
    ['https://*.example.org/x', '*.example.org', 'https://*.example.org/*'],
    ['localhost:3000', 'localhost', 'https://localhost/*'],
    ['http://localhost:8065', 'localhost', 'http://localhost/*'],
    ['192.168.1.20', '192.168.1.20', 'https://192.168.1.20/*'],
    ['bücher.example', 'xn--bcher-kva.example', 'https://xn--bcher-kva.example/*'],
    ['chat.example.org.', 'chat.example.org', 'https://chat.example.org/*'],
    ['whatsapp.com', 'whatsapp.com', 'https://whatsapp.com/*'],
  ])('%s -> %s (%s)', (input, host, pattern) => {
    expect(parseSiteInput(input, [])).toEqual({ ok: true, host, pattern });
  });
});

describe('parseSiteInput refuses with a message that says why', () => {
  it.each([
    ['', 'optionsSiteErrorEmpty'],
    ['   ', 'optionsSiteErrorEmpty'],
    ['chrome://settings', 'optionsSiteErrorBrowserPage'],
    ['chrome-extension://abc/options.html', 'optionsSiteErrorBrowserPage'],
    ['about:blank', 'optionsSiteErrorBrowserPage'],
    ['edge://flags', 'optionsSiteErrorBrowserPage'],
    ['moz-extension://1234/popup.html', 'optionsSiteErrorBrowserPage'],
    ['file:///home/me/chat.html', 'optionsSiteErrorBrowserPage'],
    ['javascript:alert(1)', 'optionsSiteErrorBrowserPage'],
    ['view-source:https://example.org', 'optionsSiteErrorBrowserPage'],
    ['ftp://files.example.org', 'optionsSiteErrorNotWeb'],
    ['mailto:me@example.org', 'optionsSiteErrorNotWeb'],
    ['slack', 'optionsSiteErrorNotWeb'],
    ['not a site', 'optionsSiteErrorNotWeb'],
    ['exa_mple.org', 'optionsSiteErrorNotWeb'],
    ['-bad.example.org', 'optionsSiteErrorNotWeb'],
    ['*.com', 'optionsSiteErrorNotWeb'],
    ['*.localhost', 'optionsSiteErrorNotWeb'],
    ['a.*.example.org', 'optionsSiteErrorNotWeb'],
    ['*', 'optionsSiteErrorNotWeb'],
    ['https://[::1]/', 'optionsSiteErrorNotWeb'],
    ['999.1.1.1', 'optionsSiteErrorNotWeb'],
    [`${'a'.repeat(64)}.example.org`, 'optionsSiteErrorNotWeb'],
    [`https://${'x'.repeat(5000)}.org`, 'optionsSiteErrorNotWeb'],
  ])('%j -> %s', (input, error) => {
    expect(parseSiteInput(input, [])).toEqual({ ok: false, error });
  });

  it('names the catalogue site that already covers the host', () => {
    const result = parseSiteInput('https://discord.com/channels/1/2', []);
    expect(result).toEqual({ ok: false, error: 'optionsSiteErrorCatalogue', args: ['Discord'] });
    if (!result.ok) expect(t(result.error, ...(result.args ?? []))).toBe('Discord is already covered: switch it on under Sites.');
  });

  it('refuses a site already in the list, however it is typed', () => {
    expect(parseSiteInput('HTTPS://Chat.Example.org/x', [site('chat.example.org')])).toEqual({
      ok: false,
      error: 'optionsSiteErrorDuplicate',
    });
  });

  it('refuses a host an added wildcard already covers, naming the wildcard', () => {
    expect(parseSiteInput('team.example.org', [site('*.example.org')])).toEqual({
      ok: false,
      error: 'optionsSiteErrorCoveredByCustom',
      args: ['*.example.org'],
    });
  });

  it(`refuses a site beyond ${MAX_CUSTOM_SITES}`, () => {
    const full = Array.from({ length: MAX_CUSTOM_SITES }, (_, index) => site(`s${index}.example.org`));
    expect(parseSiteInput('one-more.example.org', full)).toEqual({
      ok: false,
      error: 'optionsSiteErrorTooMany',
      args: [String(MAX_CUSTOM_SITES)],
    });
  });

  it('has a catalogue string for every error it can return', () => {
    for (const error of [
      'optionsSiteErrorEmpty', 'optionsSiteErrorNotWeb', 'optionsSiteErrorBrowserPage', 'optionsSiteErrorDuplicate',
      'optionsSiteErrorCatalogue', 'optionsSiteErrorCoveredByCustom', 'optionsSiteErrorTooMany',
    ] as const) {
      expect(t(error)).not.toBe(error);
    }
  });
});

describe('hostCovers', () => {
  it('matches a wildcard entry against its domain and subdomains only', () => {
    expect(hostCovers('*.example.org', 'example.org')).toBe(true);
    expect(hostCovers('*.example.org', 'a.b.example.org')).toBe(true);
    expect(hostCovers('*.example.org', 'badexample.org')).toBe(false);
    expect(hostCovers('chat.example.org', 'www.chat.example.org')).toBe(false);
  });
});
