/** @jest-environment jsdom */
import { watchPaneShown, type AddinVisibility } from '../../src/taskpane/pane-visibility';

let pageState: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => pageState });

/** Office.addin's visibility events, fired by the test. */
function addin(): AddinVisibility & { fire(mode: 'Taskpane' | 'Hidden'): void } {
  let handler: ((m: { visibilityMode: string }) => void) | undefined;
  return {
    onVisibilityModeChanged: (h) => {
      handler = h;
      return Promise.resolve(() => Promise.resolve());
    },
    fire: (mode) => handler?.({ visibilityMode: mode }),
  };
}

function setPage(state: DocumentVisibilityState): void {
  pageState = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

const size = { innerWidth: 320, innerHeight: 900 };

/** Lets the registration with Office, which is asynchronous, take place. */
const registered = () => new Promise((done) => setTimeout(done, 0));

describe('watchPaneShown', () => {
  it('shows at once when the pane opened the runtime, and again each time the pane is reopened', async () => {
    pageState = 'visible';
    const office = addin();
    const shown = jest.fn();
    watchPaneShown(document, size, office, shown);
    expect(shown).toHaveBeenCalledTimes(1);
    await registered();
    office.fire('Hidden');
    office.fire('Taskpane');
    expect(shown).toHaveBeenCalledTimes(2);
    office.fire('Taskpane');
    expect(shown).toHaveBeenCalledTimes(2);
  });

  it('waits while the runtime runs for the functions alone, and counts the first opening once', async () => {
    pageState = 'hidden';
    const office = addin();
    const shown = jest.fn();
    watchPaneShown(document, size, office, shown);
    await registered();
    expect(shown).not.toHaveBeenCalled();
    setPage('visible');
    office.fire('Taskpane');
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('learns of the first opening from Office alone as well', async () => {
    pageState = 'hidden';
    const office = addin();
    const shown = jest.fn();
    watchPaneShown(document, size, office, shown);
    await registered();
    office.fire('Taskpane');
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('still shows the pane when Office refuses the visibility event', async () => {
    pageState = 'visible';
    const shown = jest.fn();
    const refusing: AddinVisibility = {
      onVisibilityModeChanged: () => Promise.reject(new Error('tidak didukung')),
    };
    watchPaneShown(document, size, refusing, shown);
    await registered();
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('leaves an Excel window minimised and restored alone once the pane has been shown', () => {
    pageState = 'visible';
    const shown = jest.fn();
    watchPaneShown(document, size, addin(), shown);
    setPage('hidden');
    setPage('visible');
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('takes a visible page without a size (a hidden frame) for a hidden pane', () => {
    pageState = 'visible';
    const shown = jest.fn();
    watchPaneShown(document, { innerWidth: 0, innerHeight: 0 }, undefined, shown);
    expect(shown).not.toHaveBeenCalled();
  });
});
