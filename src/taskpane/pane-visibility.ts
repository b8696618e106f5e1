/**
 * When the task pane is on screen. The page is the add-in's shared runtime: Excel starts it when the
 * user opens the pane, but also when a SAKIP function first calculates, with the pane never opened
 * ("a browser-type runtime starts when the custom function calculates if the shared runtime hasn't
 * already started": https://learn.microsoft.com/office/dev/add-ins/testing/runtimes#browser-runtime),
 * and it keeps running while the pane is closed. What the pane shows is worked out only when it is seen.
 */

/** The part of `Office.addin` this needs (SharedRuntime 1.1). */
export interface AddinVisibility {
  onVisibilityModeChanged(
    handler: (message: { visibilityMode: Office.VisibilityMode | string }) => void,
  ): Promise<unknown>;
}

/**
 * Calls `onShown` when the pane comes on screen: at once if the page is visible now, then each time it
 * is opened again. Office says so through `Office.addin.onVisibilityModeChanged` ("Taskpane" / "Hidden",
 * shared runtime). A page started hidden for the functions also learns of its first showing from the Page
 * Visibility API (`visibilitychange`); later page visibility changes are left alone, as they come with
 * every minimised or restored Excel window too. Office names no way to ask whether the pane is open, so
 * "visible now" is the page being visible and having a size (a hidden frame has none). Both signals for
 * one opening count once.
 * Example: `watchPaneShown(document, window, Office.addin, () => refresh())`.
 */
export function watchPaneShown(
  doc: Document,
  view: { innerWidth: number; innerHeight: number },
  addin: AddinVisibility | undefined,
  onShown: () => void,
): void {
  const pageVisible = () => doc.visibilityState === 'visible' && view.innerWidth > 0 && view.innerHeight > 0;
  let everShown = false;
  let open = false;
  const show = () => {
    everShown = true;
    open = true;
    onShown();
  };
  if (pageVisible()) show();
  doc.addEventListener('visibilitychange', () => {
    if (!everShown && pageVisible()) show();
  });
  // Where Office refuses the event, the pane still reads when first shown, and its buttons read again.
  Promise.resolve()
    .then(() =>
      addin?.onVisibilityModeChanged((message) => {
        const now = message.visibilityMode === 'Taskpane';
        if (now && !open) show();
        open = now;
      }),
    )
    .catch(() => undefined);
}
