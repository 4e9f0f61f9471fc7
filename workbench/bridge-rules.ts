/**
 * What may cross google.script.run, as Apps Script documents it: numbers, booleans, strings, null, and plain
 * objects and arrays of those. A Date, a function, a DOM node or any other object fails the request, even deep
 * inside; a circular object fails; `undefined` in an array becomes null (and an undefined property is dropped,
 * as JSON does). Used by the workbench's bridge both ways: for arguments in the page, for results on the server.
 */
export type Transferable = null | boolean | number | string | Transferable[] | { [key: string]: Transferable };

export type TransferCheck = { ok: true; value: Transferable } | { ok: false; error: string };

/** The message Apps Script's client gives for an illegal argument, naming where it was. */
export function illegalValue(path: string): string {
  return `Failed due to illegal value in property: ${path}`;
}

export function checkTransferable(value: unknown, path = '0'): TransferCheck {
  const seen = new Set<object>();
  const visit = (v: unknown, at: string): Transferable => {
    if (v === null) return null;
    if (typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null; // as JSON: NaN and Infinity become null
    if (typeof v !== 'object') throw new TransferError(at); // function, symbol, bigint, undefined at the top
    if (seen.has(v)) throw new TransferError(at);
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      seen.add(v);
      const out = v.map((item, i) => (item === undefined ? null : visit(item, `${at}.${i}`)));
      seen.delete(v);
      return out;
    }
    // Only plain objects: a Date, a Map, a class instance or a DOM node is refused. A plain object's prototype is
    // some realm's Object.prototype (the bundle runs in its own vm context), whose own prototype is null.
    if (proto !== null && Object.getPrototypeOf(proto) !== null) throw new TransferError(at);
    seen.add(v);
    const out: Record<string, Transferable> = {};
    for (const [key, item] of Object.entries(v)) {
      if (item === undefined) continue;
      out[key] = visit(item, `${at}.${key}`);
    }
    seen.delete(v);
    return out;
  };
  try {
    return { ok: true, value: visit(value, path) };
  } catch (error) {
    if (error instanceof TransferError) return { ok: false, error: illegalValue(error.path) };
    throw error;
  }
}

/** Checks each argument of a call; the path names the argument's position, as Apps Script's message does. */
export function checkArguments(
  args: readonly unknown[],
): { ok: true; value: Transferable[] } | { ok: false; error: string } {
  const out: Transferable[] = [];
  for (let i = 0; i < args.length; i++) {
    const check = checkTransferable(args[i], String(i));
    if (!check.ok) return check;
    out.push(check.value);
  }
  return { ok: true, value: out };
}

class TransferError extends Error {
  constructor(readonly path: string) {
    super(illegalValue(path));
  }
}
