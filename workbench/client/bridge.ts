/**
 * google.script.run for a sidebar shown in the workbench: the same calls, sent to the workbench server over HTTP.
 * As in Apps Script, an illegal argument (a Date, a function…) throws at once; handlers are called later, with
 * the value or with an Error carrying the server's message; withUserObject passes its object along.
 */
import { checkArguments } from '../bridge-rules';
import { CallOutcome, Routes, SIDEBAR_SOURCE, SidebarMessage, SidebarNews } from '../protocol';

type Handler = (value: unknown, userObject?: unknown) => void;

function tellWorkbench(news: SidebarNews): void {
  const message: SidebarMessage = { source: SIDEBAR_SOURCE, ...news };
  window.parent.postMessage(message, window.location.origin);
}

/** A prompt asked from a sidebar call has no dialog to answer it: the call fails, as a menu item's would. */
function failure(outcome: Exclude<CallOutcome, { ok: true }>): string {
  return 'error' in outcome ? outcome.error : `Ui.prompt: ${outcome.prompt.message}`;
}

function runner(success?: Handler, onFailure?: Handler, userObject?: unknown): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, onFailure, userObject);
        if (property === 'withFailureHandler') return (handler: Handler) => runner(success, handler, userObject);
        if (property === 'withUserObject') return (object: unknown) => runner(success, onFailure, object);
        if (typeof property !== 'string') return undefined;
        return (...args: unknown[]): void => {
          const checked = checkArguments(args);
          if (!checked.ok) throw new TypeError(checked.error);
          const request: Routes['POST /api/run']['request'] = { name: property, args: checked.value };
          fetch('/api/run', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(request),
          })
            .then(async (response) => {
              const outcome = (await response.json()) as CallOutcome | { error: string };
              if (!response.ok || !('events' in outcome))
                throw new Error('error' in outcome ? outcome.error : `HTTP ${response.status}`);
              return outcome;
            })
            .then((outcome) => {
              tellWorkbench({ type: 'events', events: outcome.events });
              if (outcome.ok) success?.(outcome.value, userObject);
              else if (onFailure) onFailure(new Error(failure(outcome)), userObject);
              else console.error(`Uncaught Error: ${failure(outcome)}`);
            })
            .catch((error: Error) => {
              if (onFailure) onFailure(error, userObject);
              else console.error(error);
            });
        };
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(),
    host: {
      close: () => tellWorkbench({ type: 'close' }),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
  },
};
