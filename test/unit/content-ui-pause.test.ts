// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PauseStatus } from '../../src/content/session';
import type { PauseLoader } from '../../src/content/pause-loader';
import { createContentUi } from '../../src/content/ui';
import type { PauseModule } from '../../src/pause/api';
import type { PauseDialogProps } from '../../src/ui/PauseDialog';

/** The real nudge, counting its renders. */
const nudgeRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/ui/Nudge', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/Nudge')>();
  return {
    Nudge: (props: Parameters<typeof real.Nudge>[0]) => {
      nudgeRenders.count += 1;
      return real.Nudge(props);
    },
  };
});

const props: PauseDialogProps = {
  draft: 'this is heated',
  analysis: { level: 'heated', heated: true, score: 5, reasons: [] },
  breathing: { pattern: 'box', breaths: 1 },
  onSendAnyway: () => undefined,
  onUseReply: () => undefined,
  onKeepEditing: () => undefined,
};

/** Stands in for pause.js: renders a dialog element into the container it is given. */
const pause: PauseModule = {
  mountPause(container) {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('role', 'dialog');
    container.append(dialog);
    return () => dialog.remove();
  },
};

/** A loader whose one load the test settles by hand. */
function manualLoader(loaded: PauseModule | null = null) {
  let settle: { resolve(module: PauseModule): void; reject(error: Error): void } | undefined;
  const loader: PauseLoader = {
    ready: () => loaded,
    load: () => new Promise<PauseModule>((resolve, reject) => (settle = { resolve, reject })),
  };
  return {
    loader,
    resolve: (module: PauseModule) => settle?.resolve(module),
    reject: () => settle?.reject(new Error('not loaded')),
  };
}

function watch(): PauseStatus & { shown: number; unavailable: number } {
  const status = {
    shown: 0,
    unavailable: 0,
    onShown: () => void (status.shown += 1),
    onUnavailable: () => void (status.unavailable += 1),
  };
  return status;
}

function pauseHosts(): Element[] {
  return [...document.querySelectorAll('[data-attune-host="pause"]')];
}

let lifetime: AbortController;

beforeEach(() => {
  lifetime = new AbortController();
});

afterEach(() => {
  lifetime.abort();
  document.documentElement.querySelectorAll('[data-attune-host]').forEach((host) => host.remove());
});

describe('opening the pause from the content script', () => {
  test('a pause already loaded mounts at once, in its shadow-root host, and is counted as shown', () => {
    const { loader } = manualLoader(pause);
    const status = watch();
    const close = createContentUi(lifetime.signal, loader).openPause(props, status);
    expect(pauseHosts()).toHaveLength(1);
    expect(pauseHosts()[0]!.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull();
    expect(status).toMatchObject({ shown: 1, unavailable: 0 });
    close();
    expect(pauseHosts()).toHaveLength(0);
  });

  test('a pause still loading shows nothing until it loads, then mounts and is shown', async () => {
    const { loader, resolve } = manualLoader();
    const status = watch();
    createContentUi(lifetime.signal, loader).openPause(props, status);
    expect(pauseHosts()).toHaveLength(0);
    resolve(pause);
    await vi.waitFor(() => expect(status.shown).toBe(1));
    expect(pauseHosts()).toHaveLength(1);
    expect(status.unavailable).toBe(0);
  });

  test('a pause that cannot load reports it once and leaves nothing in the page', async () => {
    const { loader, reject } = manualLoader();
    const status = watch();
    createContentUi(lifetime.signal, loader).openPause(props, status);
    reject();
    await vi.waitFor(() => expect(status.unavailable).toBe(1));
    expect(status.shown).toBe(0);
    expect(pauseHosts()).toHaveLength(0);
  });

  test('a pause that loads but throws while mounting counts as one that cannot load', async () => {
    const { loader, resolve } = manualLoader();
    const status = watch();
    createContentUi(lifetime.signal, loader).openPause(props, status);
    resolve({ mountPause: () => { throw new Error('render failed'); } });
    await vi.waitFor(() => expect(status.unavailable).toBe(1));
    expect(status.shown).toBe(0);
    expect(pauseHosts()).toHaveLength(0);
  });

  test('a pause closed while it loads never mounts and reports nothing', async () => {
    for (const settle of ['resolve', 'reject'] as const) {
      const manual = manualLoader();
      const status = watch();
      const close = createContentUi(lifetime.signal, manual.loader).openPause(props, status);
      close();
      if (settle === 'resolve') manual.resolve(pause);
      else manual.reject();
      await new Promise((done) => setTimeout(done, 20));
      expect(status).toMatchObject({ shown: 0, unavailable: 0 });
      expect(pauseHosts()).toHaveLength(0);
    }
  });
});

describe('the nudge while typing goes on', () => {
  const heated = (phrase: string, end: number): PauseDialogProps['analysis'] => ({
    level: 'heated',
    heated: true,
    score: 2,
    reasons: [{ kind: 'criticism', spans: [{ start: 0, end }], message: { key: 'reason_criticism', subs: [phrase] } }],
  });

  test('a burst that leaves its lines as they were does not render the nudge again; new lines do', () => {
    const ui = createContentUi(lifetime.signal, manualLoader().loader);
    const anchor = document.createElement('div');
    document.body.append(anchor);
    nudgeRenders.count = 0;
    ui.showNudge(anchor, 'you never listen', heated('you never', 9), () => undefined, () => undefined);
    ui.showNudge(anchor, 'you never listen to me', heated('you never', 9), () => undefined, () => undefined);
    expect(nudgeRenders.count).toBe(1);
    ui.showNudge(anchor, 'you always forget', heated('you always', 10), () => undefined, () => undefined);
    expect(nudgeRenders.count).toBe(2);
    const host = document.querySelector('[data-attune-host="nudge"]')!;
    expect(host.shadowRoot!.textContent).toContain('you always');
    ui.hideNudge();
    ui.showNudge(anchor, 'you always forget', heated('you always', 10), () => undefined, () => undefined);
    expect(nudgeRenders.count).toBe(3);
    anchor.remove();
  });
});
