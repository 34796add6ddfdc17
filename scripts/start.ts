// The demo: fixture chat sites at their real host names, in Chromium with the built extension loaded.
//   npm start                                  a browser window to try Attune in
//   npm start -- --screenshot FILE.png         headless: a picture of the pause over the Lexical (WhatsApp-like) fixture
//   npm start -- --screenshot FILE.png --scene replies|nudge|popup|options [--dark]
import type { Page } from 'playwright-core';
import { COMPOSER, FIXTURE_HOST_OF, extensionId, startDemo, typeDraft, type Demo } from '../test/e2e/harness';

const SCENES = ['pause', 'replies', 'nudge', 'popup', 'options'] as const;
type Scene = (typeof SCENES)[number];

const DEMO_DRAFT = "You never listen to me. I've asked you THREE times to sort out the rent money by Friday and you just ignore it!!";

interface Options {
  screenshot?: string;
  scene: Scene;
  dark: boolean;
}

function parseArguments(argv: string[]): Options {
  const options: Options = { scene: 'pause', dark: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--screenshot') {
      options.screenshot = argv[++index];
      if (!options.screenshot?.endsWith('.png')) fail('--screenshot takes a file name ending in .png');
    } else if (argument === '--scene') {
      const scene = argv[++index] as Scene;
      if (!SCENES.includes(scene)) fail(`--scene takes one of: ${SCENES.join(', ')}`);
      options.scene = scene;
    } else if (argument === '--dark') {
      options.dark = true;
    } else {
      fail(`unknown option ${argument ?? ''}; see the top of scripts/start.ts`);
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(`attune demo: ${message}`);
  process.exit(2);
}

async function heatedDraftOnLexical(demo: Demo): Promise<Page> {
  const page = await demo.openFixture(FIXTURE_HOST_OF.lexical);
  await typeDraft(page, DEMO_DRAFT, 4);
  return page;
}

async function shoot(demo: Demo, options: Options & { screenshot: string }): Promise<void> {
  const colorScheme = options.dark ? 'dark' : 'light';
  let page: Page;
  if (options.scene === 'popup' || options.scene === 'options') {
    const id = await extensionId(demo.context);
    page = await demo.context.newPage();
    await page.emulateMedia({ colorScheme });
    if (options.scene === 'popup') {
      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(`chrome-extension://${id}/popup/popup.html`);
      await page.getByRole('button', { name: 'Start breathing' }).click();
      await page.getByText(/Breathe in/).first().waitFor();
      await page.waitForTimeout(1500);
    } else {
      await page.setViewportSize({ width: 1000, height: 1100 });
      await page.goto(`chrome-extension://${id}/options/options.html`);
      await page.getByRole('switch').first().waitFor();
    }
  } else {
    page = await heatedDraftOnLexical(demo);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.getByRole('status').filter({ hasText: /reads as|may land/i }).first().waitFor({ timeout: 5000 });
    if (options.scene !== 'nudge') {
      await page.locator(COMPOSER).press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      if (options.scene === 'replies') {
        await dialog.getByRole('button', { name: 'Skip breathing' }).click();
        const firstReply = dialog.getByRole('button', { name: 'Use this reply' }).first();
        await firstReply.waitFor();
        // The replies are written again once the tagger has loaded, a moment after the dialog opens: show those.
        await page.waitForTimeout(1500);
        await dialog.getByText(/choose a reply/i).first().evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      } else {
        await page.waitForTimeout(1800);
      }
    }
  }
  await page.screenshot({ path: options.screenshot });
  console.log(`attune demo: wrote ${options.screenshot} (${options.scene}, ${colorScheme})`);
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.screenshot === undefined && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    fail('no display to open a browser window on. For a picture instead, run: npm start -- --screenshot attune.png');
  }
  let demo: Demo;
  try {
    demo = await startDemo({ headless: options.screenshot !== undefined });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (options.screenshot !== undefined) {
    try {
      await shoot(demo, { ...options, screenshot: options.screenshot });
    } finally {
      await demo.close();
    }
    return;
  }
  for (const host of Object.values(FIXTURE_HOST_OF).reverse()) await demo.openFixture(host);
  await heatedDraftOnLexical(demo);
  console.log(
    [
      'attune demo: Chromium is open with Attune loaded and one tab per fixture chat site.',
      'The first tab (a WhatsApp-like Lexical editor) holds a heated draft: see the nudge above the composer,',
      'then press Enter to open the pause. Close the browser window or press Ctrl+C to stop.',
    ].join('\n'),
  );
  const stop = async () => {
    await demo.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  demo.context.on('close', () => void stop());
}

await main();
