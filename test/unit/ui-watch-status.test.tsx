// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { weekSummary } from '../../src/settings/counts';
import { SITES } from '../../src/sites';
import { PopupView } from '../../src/ui/Popup';
import type { WatchState } from '../../src/ui/WatchStatus';

const slack = SITES.find((site) => site.id === 'slack')!;
const noop = () => undefined;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(watch: WatchState | undefined): void {
  render(
    <PopupView
      settings={defaultSettings()}
      week={weekSummary({}, Date.now())}
      page={{ kind: 'catalogue', site: slack, enabled: true }}
      watch={watch}
      now={Date.now()}
      onToggleSite={noop}
      onAddSite={noop}
      onSnoozeHour={noop}
      onSnoozeTomorrow={noop}
      onResume={noop}
      onOpenSettings={noop}
    />,
    container,
  );
}

describe('the popup\'s line on the current tab', () => {
  it('says Attune is watching the message box when the tab found one', () => {
    mount('watching');
    expect(container.textContent).toContain('Watching the message box on this page');
  });

  it('says no box was found yet, with what to try, when the tab found none', () => {
    mount('no-box');
    expect(container.textContent).toContain('No message box found on this page yet');
    expect(container.textContent).toContain('click into the box where you write');
    expect(container.textContent).not.toContain('Watching the message box');
  });

  it('says to reload when Attune does not run in the tab', () => {
    mount('not-running');
    expect(container.textContent).toContain('Reload the page to start it.');
  });

  it('shows nothing about the box where Attune does not run at all', () => {
    mount(undefined);
    expect(container.textContent).not.toMatch(/message box|Reload the page/);
  });
});
