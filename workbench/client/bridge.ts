/**
 * google.script.run for a sidebar shown in the workbench: the same calls, sent to the workbench server over HTTP.
 * As in Apps Script, an illegal argument (a Date, a function…) throws at once; handlers are called later, with
 * the value or with an Error carrying the server's message; withUserObject passes its object along.
 */
import { checkArguments } from '../bridge-rules';

type Handler = (value: unknown, userObject?: unknown) => void;

interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: string;
  events?: unknown;
}

function tellWorkbench(message: Record<string, unknown>): void {
  window.parent.postMessage({ source: 'omnichannel-sidebar', ...message }, window.location.origin);
}

function runner(success?: Handler, failure?: Handler, userObject?: unknown): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure, userObject);
        if (property === 'withFailureHandler') return (handler: Handler) => runner(success, handler, userObject);
        if (property === 'withUserObject') return (object: unknown) => runner(success, failure, object);
        if (typeof property !== 'string') return undefined;
        return (...args: unknown[]): void => {
          const checked = checkArguments(args);
          if (!checked.ok) throw new TypeError(checked.error);
          fetch('/api/run', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: property, args: checked.value }),
          })
            .then(async (response) => {
              const outcome = (await response.json()) as Outcome;
              if (!response.ok) throw new Error(outcome.error ?? `HTTP ${response.status}`);
              return outcome;
            })
            .then((outcome) => {
              tellWorkbench({ type: 'events', events: outcome.events });
              if (outcome.ok) success?.(outcome.value, userObject);
              else if (failure) failure(new Error(outcome.error), userObject);
              else console.error(`Uncaught Error: ${outcome.error}`);
            })
            .catch((error: Error) => {
              if (failure) failure(error, userObject);
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
