// Checks the built manifests against the site catalogue, the message catalogue and the least-privilege rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES, catalogueMatchPatterns } from '../../src/sites';

interface ContentScript {
  matches: string[];
  js: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
}

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  content_scripts: ContentScript[];
  content_security_policy: { extension_pages: string };
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  commands?: Record<string, { description?: string }>;
  action: { default_title?: string };
}

const read = (browser: string): Manifest =>
  JSON.parse(readFileSync(new URL(`../../dist/${browser}/manifest.json`, import.meta.url), 'utf8')) as Manifest;
const messages = JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = read(browser);

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('covers every catalogue site with the content script and a host permission', () => {
    for (const site of SITES) {
      for (const host of site.hosts) {
        expect(manifest.content_scripts[0]?.matches).toContain(`https://${host}/*`);
        expect(manifest.host_permissions).toContain(`https://${host}/*`);
      }
    }
    expect(manifest.host_permissions.sort()).toEqual(catalogueMatchPatterns().sort());
  });

  it('asks for no more than storage, scripting and activeTab, and never for all URLs at install', () => {
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions.join(' ')).not.toMatch(/<all_urls>|\*:\/\/\*\/|https:\/\/\*\//);
  });

  it('runs the content script in every frame, including about:blank ones', () => {
    expect(manifest.content_scripts[0]).toMatchObject({ all_frames: true, match_about_blank: true, js: ['content.js'] });
  });

  it('forbids remote code and eval in extension pages', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(csp).toMatch(/connect-src 'none'/);
  });

  it('names every user-facing manifest string through the message catalogue', () => {
    const keys = [manifest.name, manifest.description, manifest.action.default_title, ...Object.values(manifest.commands ?? {}).map((c) => c.description)];
    for (const value of keys) {
      const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
      expect(key, `${value} is not a catalogue reference`).toBeDefined();
      expect(messages).toHaveProperty(key!);
    }
  });
});

describe('browser differences', () => {
  it('gives Chrome a service worker and Firefox background scripts with a gecko id', () => {
    expect(read('chrome').background).toEqual({ service_worker: 'background.js' });
    expect(read('firefox').background).toEqual({ scripts: ['background.js'] });
    expect(read('firefox').browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(read('chrome').browser_specific_settings).toBeUndefined();
  });
});
