/**
 * Call counting by construction. Each fake class lists the Apps Script methods it implements in a list typed
 * against @types/google-apps-script, so a misspelt name fails the type-check, and `countCalls` wraps every one of
 * them: each call from outside the fake records `Class.method` once, before it runs (a planned failure fires
 * there). A call the fake makes on itself while serving another (RangeList.setBackground setting each of its
 * ranges) is no round trip and is not recorded. Whatever else the fake, the tests or the workbench need lives on
 * the object's `view` (inspect.ts), never on its prototype: `countCalls` refuses a class whose prototype holds a
 * method it was not told to count, so a new method cannot go uncounted.
 */
import { CallLog } from './calls';

/** A fake Apps Script object: its API on the prototype, its state and the log on its view. */
export interface Counted {
  readonly view: { readonly log: CallLog };
}

type Method = (...args: unknown[]) => unknown;

export interface CountedClass {
  /** The name calls are recorded under: `Range` for FakeRange, `EmbeddedChart` for FakeChart. */
  className: string;
  cls: abstract new (...args: never[]) => Counted;
  methods: readonly string[];
}

const wrappers = new WeakSet<Method>();
const classes: CountedClass[] = [];

export function countCalls<T extends Counted>(
  cls: abstract new (...args: never[]) => T,
  className: string,
  methods: readonly (keyof T & string)[],
): void {
  const prototype = cls.prototype as unknown as Record<string, Method>;
  const listed: readonly string[] = methods;
  const unlisted = Object.getOwnPropertyNames(prototype).filter(
    (name) => name !== 'constructor' && !listed.includes(name),
  );
  if (unlisted.length > 0)
    throw new Error(`${cls.name} has ${unlisted.join(', ')} outside its API list: count it, or move it to its view.`);
  for (const name of listed) {
    const method = prototype[name];
    if (typeof method !== 'function') throw new Error(`${cls.name}.${name} is listed but is not a method.`);
    const call = `${className}.${name}`;
    const wrapper = function (this: T, ...args: unknown[]): unknown {
      return this.view.log.counted(call, () => method.apply(this, args));
    };
    Object.defineProperty(wrapper, 'name', { value: name });
    wrappers.add(wrapper);
    Object.defineProperty(prototype, name, { value: wrapper, writable: true, configurable: true });
  }
  classes.push({ className, cls, methods: listed });
}

/** Whether a prototype's method records its calls (for the test that every method does). */
export function isCounted(method: unknown): boolean {
  return typeof method === 'function' && wrappers.has(method as Method);
}

/** Every class `countCalls` has wrapped, in the order their modules loaded. */
export function countedClasses(): readonly CountedClass[] {
  return [...classes];
}
