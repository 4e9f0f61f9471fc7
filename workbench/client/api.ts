/** The page's calls to the workbench server, typed by the protocol: what each route takes and answers. */
import { FILE_ROUTES, Route, Routes } from '../protocol';

/** Calls a JSON route; a refusal (4xx, 5xx) is thrown with the server's message. */
export async function call<K extends Route>(route: K, body?: Routes[K]['request']): Promise<Routes[K]['response']> {
  const [method, path] = route.split(' ');
  const response = await fetch(
    path,
    method === 'GET'
      ? {}
      : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) },
  );
  return answer(response);
}

/** Sends a saved workbook's text to be opened. */
export async function loadWorkbook(text: string): Promise<void> {
  const response = await fetch(FILE_ROUTES.load, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: text,
  });
  await answer(response);
}

async function answer<T>(response: Response): Promise<T> {
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
  return data;
}
