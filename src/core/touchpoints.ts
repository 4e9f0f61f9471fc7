/**
 * Naming a touchpoint across the method's tabs: `Channel × Stage` in the sheet's language (`Store × I buy`,
 * `Magasin × J'achète`), with the persona in brackets on a persona's map (`Store × I buy (Young parents)`). A use
 * case's Touchpoint cell holds this text; two references are the same touchpoint whatever their case, spacing or
 * apostrophe.
 */
import { labelKey, tidy } from './text';

export interface TouchpointRef {
  channel: string;
  stage: string;
  /** The persona whose map it is on; null for the template's map. */
  persona: string | null;
}

const SEPARATOR = ' × ';

export function touchpointLabel(ref: TouchpointRef): string {
  const label = `${tidy(ref.channel)}${SEPARATOR}${tidy(ref.stage)}`;
  return ref.persona === null ? label : `${label} (${tidy(ref.persona)})`;
}

/**
 * A Touchpoint cell read back; null when it does not name a touchpoint. The persona is the last bracketed part
 * (a stage may hold brackets of its own only if no persona follows).
 */
export function parseTouchpoint(text: unknown, personas: readonly string[] = []): TouchpointRef | null {
  const clean = tidy(text);
  const at = clean.indexOf('×');
  if (at < 0) return null;
  const channel = clean.slice(0, at).trim();
  let stage = clean.slice(at + 1).trim();
  let persona: string | null = null;
  const bracket = /^(.*)\(([^()]*)\)$/.exec(stage);
  if (bracket && personas.some((p) => labelKey(p) === labelKey(bracket[2]))) {
    stage = bracket[1].trim();
    persona = bracket[2].trim();
  }
  return channel && stage ? { channel, stage, persona } : null;
}

/** A key two references to the same touchpoint share, whatever their case, spacing or apostrophes. */
export function touchpointKey(ref: TouchpointRef): string {
  return [ref.channel, ref.stage, ref.persona ?? ''].map(labelKey).join('|');
}
