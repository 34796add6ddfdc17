/**
 * The hand-written host checks against the browser's own match-pattern rules, as `webext-patterns` implements them:
 * what Attune believes it covers is what the registered content scripts are injected into.
 */
import { describe, expect, test } from 'vitest';
import { doesUrlMatchPatterns, isValidPattern } from 'webext-patterns';
import { hostCovers, parseSiteInput, patternForHost } from '../../src/settings/site-input';
import { catalogueMatchPatterns, siteForHost, SITES } from '../../src/sites';

const SITE_INPUTS = ['chat.example.org', '*.example.org', 'https://team.example.co.uk/path', 'http://localhost:8080', '192.168.1.20', '*.chat.example.org'];
const PAGE_HOSTS = ['example.org', 'chat.example.org', 'a.b.example.org', 'badexample.org', 'example.org.evil.com', 'team.example.co.uk', 'localhost', '192.168.1.20', 'www.chat.example.org'];

describe('custom sites', () => {
  test('every pattern built from what a user types is a valid match pattern', () => {
    for (const input of SITE_INPUTS) {
      const parsed = parseSiteInput(input, []);
      expect(parsed.ok, input).toBe(true);
      if (parsed.ok) expect(isValidPattern(parsed.pattern), parsed.pattern).toBe(true);
    }
  });

  test('hostCovers says a page is covered exactly when the registered pattern matches its URL', () => {
    for (const input of SITE_INPUTS) {
      const parsed = parseSiteInput(input, []);
      if (!parsed.ok) continue;
      for (const host of PAGE_HOSTS) {
        const scheme = parsed.pattern.startsWith('http:') ? 'http' : 'https';
        expect(hostCovers(parsed.host, host), `${parsed.host} on ${host}`).toBe(doesUrlMatchPatterns(`${scheme}://${host}/some/page`, parsed.pattern));
      }
    }
  });

  test('patternForHost builds the pattern the browser matches for that host', () => {
    expect(doesUrlMatchPatterns('https://chat.example.org/x', patternForHost('chat.example.org'))).toBe(true);
    expect(doesUrlMatchPatterns('http://chat.example.org/x', patternForHost('chat.example.org'))).toBe(false);
  });
});

describe('the catalogue', () => {
  test('every catalogue pattern is valid, and siteForHost knows exactly the hosts the manifest patterns match', () => {
    const patterns = catalogueMatchPatterns();
    for (const pattern of patterns) expect(isValidPattern(pattern), pattern).toBe(true);
    const hosts = [...SITES.flatMap((site) => site.hosts), 'whatsapp.com', 'evil-web.whatsapp.com', 'discord.com.evil.org', 'chat.example.org'];
    for (const host of hosts) {
      expect(siteForHost(host) !== undefined, host).toBe(doesUrlMatchPatterns(`https://${host}/`, ...patterns));
    }
  });
});
