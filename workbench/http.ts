/**
 * The HTTP side of the workbench server: answers with the headers every answer carries, bodies read within a size
 * limit, and request fields checked one by one so a bad request gets a 4xx naming the field, never a crash.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import type { PromptAnswer, PromptButton } from './protocol';

/** Enough for a saved workbook of several thousand filled rows; far beyond any form post. */
export const MAX_BODY = 5 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

export const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const tooLarge = (): HttpError =>
  new HttpError(413, `The request is larger than the workbench accepts (${MAX_BODY / 1024 / 1024} MB).`);

export async function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export type Body = Record<string, unknown>;

export async function readJson(req: IncomingMessage): Promise<Body> {
  const text = await readBody(req);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'The request body must be a JSON object.');
  return value as Body;
}

export function field<T>(body: Body, name: string, check: (v: unknown) => v is T, what: string): T {
  const value = body[name];
  if (!check(value)) throw new HttpError(400, `"${name}" must be ${what}.`);
  return value;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isPositiveInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
export const isLocale = (v: unknown): v is string => typeof v === 'string' && /^[a-z]{2}([_-][A-Za-z]{2})?$/.test(v);
export const LOCALE = 'a locale such as en_US or fr_FR';

const BUTTONS: readonly PromptButton[] = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'];

/** A list of a person's answers to prompts: a button each, and the text typed (none: empty). */
export function isAnswers(v: unknown): v is PromptAnswer[] {
  return (
    Array.isArray(v) &&
    v.every(
      (a) =>
        typeof a === 'object' &&
        a !== null &&
        BUTTONS.includes((a as PromptAnswer).button) &&
        typeof (a as PromptAnswer).text === 'string',
    )
  );
}

/** Runs `work`, turning what it throws into a 400 with its message: the request asked for something impossible. */
export function refusedAs400<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, error instanceof Error ? error.message : String(error));
  }
}
