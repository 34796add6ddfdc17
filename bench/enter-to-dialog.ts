// Enter to dialog, with and without a conversation on the page: what reading the other person's last message adds
// to a paused send. Both are measured on the same page in the same run, alternating, after one warm-up pause.
import type { Page } from 'playwright-core';
import { FIXTURE_HOST_OF, launchBrowser, openFixture, startFixtureServer, typeDraft } from '../test/e2e/harness';
import { median } from './stats';
import type { BenchResult } from './types';

const ROUNDS = 15;
/** A long chat as WhatsApp Web keeps it in the page: this many rows in its own markup (src/sites.ts). */
const ROWS = 120;
const HEATED = 'You never listen to me and I am so tired of repeating myself about the rent money';

/**
 * In the page's main world: the time from the Enter keydown (its own timestamp) until the pause's <dialog> is open.
 * The pause lives in an open shadow root on <html>, so its host is watched first and then its dialog.
 */
const ENTER_TO_DIALOG = `
  window.__enterToDialog = [];
  let enterAt = null;
  window.addEventListener('keydown', (event) => { if (event.key === 'Enter') enterAt = event.timeStamp; }, true);
  const watchDialog = (root) => {
    const check = () => {
      const dialog = root.querySelector('dialog[open]');
      if (!dialog || enterAt === null) return false;
      window.__enterToDialog.push(performance.now() - enterAt);
      enterAt = null;
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  };
  const hosts = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType === 1 && node.getAttribute('data-attune-host') === 'pause' && node.shadowRoot) watchDialog(node.shadowRoot);
    }
  });
  // Init scripts run before <html> exists.
  document.addEventListener('DOMContentLoaded', () => hosts.observe(document.documentElement, { childList: true }));
`;

/** Adds a long conversation above the composer, or takes every message row away (the fixture's own too). */
function setConversation(page: Page, present: boolean): Promise<void> {
  return page.evaluate(
    ({ present, rows }) => {
      document.getElementById('bench-conversation')?.remove();
      for (const row of document.querySelectorAll('.message-in, .message-out')) row.remove();
      if (!present) return;
      const pane = document.createElement('div');
      pane.id = 'bench-conversation';
      pane.setAttribute('role', 'application');
      for (let index = 0; index < rows; index += 1) {
        const mine = index % 3 === 1;
        const row = document.createElement('div');
        row.className = mine ? 'message-out' : 'message-in';
        const copyable = document.createElement('div');
        copyable.className = 'copyable-text';
        copyable.dataset.prePlainText = `[10:${String(index % 60).padStart(2, '0')}, 30/11/2026] ${mine ? 'You' : 'Sam'}: `;
        const text = document.createElement('span');
        text.className = 'selectable-text copyable-text';
        text.textContent = `Message ${index}: this week has been a lot, I am exhausted and I keep changing the plan, sorry.`;
        const time = document.createElement('span');
        time.textContent = '10:05';
        copyable.append(text, time);
        row.append(copyable);
        pane.append(row);
      }
      const composer = document.querySelector('[contenteditable="true"], textarea');
      const anchor = composer?.closest('footer') ?? document.body.firstElementChild;
      anchor?.parentElement?.insertBefore(pane, anchor);
    },
    { present, rows: ROWS },
  );
}

async function pauseOnce(page: Page): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { __enterToDialog: number[] }).__enterToDialog.length);
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => (window as unknown as { __enterToDialog: number[] }).__enterToDialog.length > count, before, { timeout: 5_000 });
  const ms = await page.evaluate(() => (window as unknown as { __enterToDialog: number[] }).__enterToDialog.at(-1) ?? 0);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-attune-host="pause"]'), undefined, { timeout: 5_000 });
  return ms;
}

/** The figure means something only if the pause did read the conversation: its "They said" card shows. */
async function assertConversationRead(page: Page): Promise<void> {
  await setConversation(page, true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Skip breathing' }).click();
  const card = dialog.getByRole('region', { name: 'They said' });
  await card.waitFor({ timeout: 5_000 });
  const quoted = await card.locator('blockquote').innerText();
  if (!quoted.startsWith(`Message ${ROWS - 1}:`)) throw new Error(`bench: the pause quoted "${quoted}", not the last message`);
  await page.keyboard.press('Escape');
}

export async function benchEnterToDialog(): Promise<BenchResult> {
  const server = await startFixtureServer();
  const context = await launchBrowser({ server });
  try {
    await context.addInitScript(ENTER_TO_DIALOG);
    const page = await openFixture(context, FIXTURE_HOST_OF.lexical);
    await page.waitForTimeout(300);
    await typeDraft(page, HEATED);
    // The first pause loads pause.js; every pause after it opens from the loaded script, as a person's second would.
    await pauseOnce(page);
    const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const variant of round % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        await setConversation(page, variant === 'with');
        await page.waitForTimeout(50);
        times[variant].push(await pauseOnce(page));
      }
    }
    await assertConversationRead(page);
    const withConversation = median(times.with);
    const without = median(times.without);
    const added = withConversation - without;
    return {
      name: `Enter to dialog, ${ROUNDS} pauses each (median): reading the conversation`,
      value: `${withConversation.toFixed(1)} ms with ${ROWS} messages on the page`,
      baseline: `${without.toFixed(1)} ms with none`,
      ratio: without > 0 ? withConversation / without : 1,
      budget: 'reading adds < 20 ms; Enter to dialog < 150 ms',
      pass: added < 20 && withConversation < 150,
      details: [`reading the conversation adds ${added.toFixed(1)} ms`],
    };
  } finally {
    await context.close();
    await server.close();
  }
}
