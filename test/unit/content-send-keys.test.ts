import { describe, expect, test } from 'vitest';
import { isSendKey, type KeyLike } from '../../src/content/send/keys';
import { isComposingKey } from '../../src/content/send/mid-interaction';

function key(overrides: Partial<KeyLike> = {}): KeyLike {
  return { key: 'Enter', keyCode: 13, isComposing: false, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...overrides };
}

describe('isSendKey', () => {
  test('Enter without modifiers sends on Enter sites, not on Ctrl+Enter sites', () => {
    expect(isSendKey(key(), 'enter')).toBe(true);
    expect(isSendKey(key(), 'mod-enter')).toBe(false);
  });

  test('Ctrl+Enter and Cmd+Enter send on Ctrl+Enter sites, not on Enter sites', () => {
    expect(isSendKey(key({ ctrlKey: true }), 'mod-enter')).toBe(true);
    expect(isSendKey(key({ metaKey: true }), 'mod-enter')).toBe(true);
    expect(isSendKey(key({ ctrlKey: true }), 'enter')).toBe(false);
  });

  test('on sites we do not know, both Enter and Ctrl/Cmd+Enter are guarded', () => {
    expect(isSendKey(key(), 'either')).toBe(true);
    expect(isSendKey(key({ ctrlKey: true }), 'either')).toBe(true);
  });

  test('Shift+Enter (a new line) and Alt+Enter are never a send, whatever the site', () => {
    for (const rule of ['enter', 'mod-enter', 'either'] as const) {
      expect(isSendKey(key({ shiftKey: true }), rule)).toBe(false);
      expect(isSendKey(key({ altKey: true }), rule)).toBe(false);
      expect(isSendKey(key({ shiftKey: true, ctrlKey: true }), rule)).toBe(false);
    }
  });

  test('an Enter during IME composition is never a send (isComposing, keyCode 229, "Process")', () => {
    for (const rule of ['enter', 'either'] as const) {
      expect(isSendKey(key({ isComposing: true }), rule)).toBe(false);
      expect(isSendKey(key({ keyCode: 229 }), rule)).toBe(false);
      expect(isSendKey(key({ key: 'Process', keyCode: 229 }), rule)).toBe(false);
    }
    expect(isComposingKey(key({ keyCode: 229 }))).toBe(true);
    expect(isComposingKey(key())).toBe(false);
  });

  test('other keys are not a send', () => {
    expect(isSendKey(key({ key: 'a', keyCode: 65 }), 'either')).toBe(false);
  });
});
