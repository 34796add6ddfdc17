/**
 * Accessibility of Attune's own UI (issue 6) in a real Chromium with the production build: axe-core finds no serious
 * or critical violation in the nudge, the pause dialog (breathing and suggestions), the popup and the options page,
 * in light and dark; the dialog traps and returns focus; it stays usable 320 px wide.
 * On the fixture page axe is scoped to our shadow hosts: the fixture's own markup is not what is tested.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { COMPOSER, FIXTURE_HOST_OF, openFixture, sent } from './harness';
import { HEATED, message, openExtensionPage, reloadFixture, seriousViolations, typeHeatedAndWatchForNudge } from './harness-extension';
import { useBrowserSession } from './browser-session';

const OUR_UI = '[data-attune-host]';

let lexical: Page;
let popup: Page;
let options: Page;

const session = useBrowserSession();

beforeAll(async () => {
  lexical = await openFixture(session.context, FIXTURE_HOST_OF.lexical);
  popup = await openExtensionPage(session.context, 'popup/popup.html');
  options = await openExtensionPage(session.context, 'options/options.html');
});

function dialog(page: Page) {
  return page.getByRole('dialog');
}

/** Types the heated draft into the fixture and presses Enter: the nudge, then the pause in its breathing step. */
async function openPause(page: Page): Promise<void> {
  await reloadFixture(page);
  expect(await typeHeatedAndWatchForNudge(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).count(), { timeout: 3_000 }).toBe(1);
}

async function skipBreathing(page: Page): Promise<void> {
  await dialog(page).getByRole('button', { name: message('pauseSkipBreathing') }).click();
  await expect.poll(() => dialog(page).getByRole('button', { name: message('pauseUseReply') }).count(), { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
}

async function closePause(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page).count(), { timeout: 3_000 }).toBe(0);
}

/** The focused element, looking through open shadow roots: its accessible-ish label and whether it is in our dialog. */
function focused(page: Page): Promise<{ inDialog: boolean; label: string; inComposer: boolean }> {
  return page.evaluate((composer) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const inDialog = Boolean(active?.closest('[role="dialog"]'));
    const label = active ? (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() || active.tagName : '';
    const editor = document.querySelector(composer);
    return { inDialog, label, inComposer: Boolean(active && editor && (editor === active || editor.contains(active))) };
  }, COMPOSER);
}

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  beforeAll(async () => {
    for (const page of [lexical, popup, options]) await page.emulateMedia({ colorScheme });
  });

  test('the nudge and the pause dialog (breathing and suggestions) have no serious or critical violation', async () => {
    await reloadFixture(lexical);
    expect(await typeHeatedAndWatchForNudge(lexical)).toBe(true);
    await lexical.screenshot({ path: `/tmp/attune-a11y-nudge-${colorScheme}.png` });
    expect(await seriousViolations(lexical, OUR_UI)).toEqual([]);

    await lexical.keyboard.press('Enter');
    await expect.poll(() => dialog(lexical).count(), { timeout: 3_000 }).toBe(1);
    await dialog(lexical).getByText(message('breathIn')).first().waitFor({ timeout: 5_000 });
    await lexical.screenshot({ path: `/tmp/attune-a11y-breathing-${colorScheme}.png` });
    expect(await seriousViolations(lexical, OUR_UI)).toEqual([]);

    await skipBreathing(lexical);
    await lexical.screenshot({ path: `/tmp/attune-a11y-suggestions-${colorScheme}.png` });
    expect(await seriousViolations(lexical, OUR_UI)).toEqual([]);
    await closePause(lexical);
    expect(await sent(lexical)).toEqual([]);
  });

  test('the popup has no serious or critical violation, idle and while breathing', async () => {
    await popup.reload({ waitUntil: 'load' });
    await popup.getByRole('button', { name: message('popupStartBreathing') }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: message('popupStartBreathing') }).click();
    await popup.getByText(message('breathIn'), { exact: true }).waitFor({ timeout: 5_000 });
    await popup.screenshot({ path: `/tmp/attune-a11y-popup-${colorScheme}.png`, fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('the options page has no serious or critical violation', async () => {
    await options.reload({ waitUntil: 'load' });
    await options.getByRole('heading', { name: message('optionsTitle') }).waitFor();
    await options.screenshot({ path: `/tmp/attune-a11y-options-${colorScheme}.png`, fullPage: true });
    expect(await seriousViolations(options)).toEqual([]);
  });
});

describe('keyboard', () => {
  test('Tab stays inside the pause and reaches every control; Escape closes it and gives the editor its focus back', async () => {
    await lexical.emulateMedia({ colorScheme: 'light' });
    for (const step of ['breathing', 'suggestions'] as const) {
      await openPause(lexical);
      if (step === 'suggestions') await skipBreathing(lexical);
      await expect.poll(async () => (await focused(lexical)).inDialog, { message: `focus is not in the dialog (${step})`, timeout: 2_000 }).toBe(true);
      const controls = await dialog(lexical).evaluate((root) =>
        [...root.querySelectorAll('button, textarea, input, select, a[href], [tabindex]:not([tabindex="-1"])')]
          .filter((element) => (element as HTMLElement).offsetParent !== null && !(element as HTMLButtonElement).disabled)
          .map((element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() || element.tagName),
      );
      const reached = new Set<string>();
      for (let press = 0; press < Math.max(20, controls.length * 2 + 2); press += 1) {
        await lexical.keyboard.press(press % 5 === 4 ? 'Shift+Tab' : 'Tab');
        const now = await focused(lexical);
        expect(now.inDialog, `focus left the dialog after ${press + 1} presses (${step})`).toBe(true);
        reached.add(now.label);
      }
      for (const control of controls) expect(reached, `${control} is not reachable by Tab (${step})`).toContain(control);
      await closePause(lexical);
      expect((await focused(lexical)).inComposer).toBe(true);
      expect(await sent(lexical)).toEqual([]);
    }
  });
});

describe('small screens', () => {
  test('at 320 px wide the pause keeps "Send anyway" and "Keep editing" on screen and does not scroll sideways', async () => {
    await lexical.setViewportSize({ width: 320, height: 640 });
    try {
      await openPause(lexical);
      for (const step of ['breathing', 'suggestions'] as const) {
        if (step === 'suggestions') await skipBreathing(lexical);
        await lexical.screenshot({ path: `/tmp/attune-a11y-320-${step}.png` });
        for (const name of [message('pauseSendAnyway'), message('pauseKeepEditing')]) {
          const button = dialog(lexical).getByRole('button', { name });
          await button.scrollIntoViewIfNeeded();
          expect(await button.isVisible()).toBe(true);
          const box = await button.boundingBox();
          expect(box, `${name} has no box`).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(320);
          expect(box!.y).toBeGreaterThanOrEqual(0);
          expect(box!.y + box!.height).toBeLessThanOrEqual(640);
        }
        const overflow = await dialog(lexical).evaluate((card) => {
          const wide = [card, ...card.querySelectorAll('*')].filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible');
          return { card: card.getBoundingClientRect().width, scrollers: wide.map((element) => element.className || element.tagName) };
        });
        expect(overflow.card).toBeLessThanOrEqual(320);
        expect(overflow.scrollers, `sideways scrolling in the ${step} step`).toEqual([]);
      }
      await closePause(lexical);
      expect(await sent(lexical)).toEqual([]);
      expect(HEATED).not.toBe('');
    } finally {
      await lexical.setViewportSize({ width: 900, height: 640 });
    }
  });
});
