import { request } from 'node:http';
import { MAX_BODY, Workbench, startWorkbench } from '../../workbench/server';

let workbench: Workbench;

beforeAll(async () => {
  workbench = await startWorkbench({ port: 0 });
});

afterAll(async () => {
  await workbench.close();
});

function call(
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are read field by field
): Promise<{ status: number; json: any; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: workbench.port,
        method,
        path,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, json, type: String(res.headers['content-type']) });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('the workbench server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(workbench.url).toBe(`http://127.0.0.1:${workbench.port}/`);
  });

  it('serves the page and the workbook, with the menu onOpen registered', async () => {
    const page = await call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(String(page.json)).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/);
    const state = await call('GET', '/api/state');
    expect(state.json.menu.caption).toBe('Omnichannel');
    expect(state.json.menu.items.map((i: { functionName: string }) => i.functionName)).toContain('setUpTemplate');
  });

  it('runs a menu item through the bundle and reports the toast it showed', async () => {
    await call('POST', '/api/new', JSON.stringify({ locale: 'en_US' }));
    const result = await call('POST', '/api/menu', JSON.stringify({ functionName: 'setUpTemplate' }));
    expect(result.json.ok).toBe(true);
    expect(result.json.events.toasts[0].message).toMatch(/^Created: /);
    const again = await call('POST', '/api/menu', JSON.stringify({ functionName: 'setUpTemplate' }));
    expect(again.json.value.created).toEqual([]);
  });

  it('passes a server function’s refusal to the caller, and keeps running', async () => {
    const result = await call('POST', '/api/run', JSON.stringify({ name: 'addScenario', args: [{ name: '' }] }));
    expect(result.status).toBe(200);
    expect(result.json.ok).toBe(false);
    expect(result.json.error).toMatch(/^Scenario name: this is required/);
    expect((await call('GET', '/api/state')).status).toBe(200);
  });

  it.each([['onOpen'], ['hidden_'], ['constructor'], ['doesNotExist']])(
    'refuses to run %s through google.script.run',
    async (name) => {
      const result = await call('POST', '/api/run', JSON.stringify({ name, args: [] }));
      expect(result.json).toMatchObject({ ok: false, error: `Script function not found: ${name}` });
    },
  );

  it('refuses a menu call to a function the menu does not offer', async () => {
    const result = await call('POST', '/api/menu', JSON.stringify({ functionName: 'addScenario' }));
    expect(result.json).toMatchObject({ ok: false, error: 'No menu item calls addScenario.' });
  });

  it.each([
    ['bad JSON', 'POST', '/api/menu', '{oops', 400, 'The request body is not valid JSON.'],
    [
      'a missing field',
      'POST',
      '/api/cell',
      JSON.stringify({ sheet: 'Use cases', row: 0, column: 1 }),
      400,
      '"row" must be a row number from 1.',
    ],
    [
      'an unknown tab',
      'POST',
      '/api/cell',
      JSON.stringify({ sheet: 'Nope', row: 1, column: 1, value: 'x' }),
      400,
      'No tab named Nope',
    ],
    [
      'a bad colour',
      'POST',
      '/api/cell',
      JSON.stringify({ sheet: 'Use cases', row: 1, column: 1, background: 'ultraviolet' }),
      400,
      'Not a colour: ultraviolet',
    ],
    [
      'a bad locale',
      'POST',
      '/api/new',
      JSON.stringify({ locale: '<fr>' }),
      400,
      '"locale" must be a locale such as en_US or fr_FR.',
    ],
    [
      'args that are not a list',
      'POST',
      '/api/run',
      JSON.stringify({ name: 'addScenario', args: 'x' }),
      400,
      '"args" must be an array.',
    ],
    [
      'a file that is not a workbook',
      'POST',
      '/api/load',
      JSON.stringify({ hello: 1 }),
      400,
      'This is not a workbook saved by the workbench (format "omnichannel-workbook", version 1).',
    ],
    ['an unknown path', 'GET', '/nowhere', undefined, 404, 'Nothing at /nowhere.'],
    ['a wrong method', 'GET', '/api/menu', undefined, 405, 'GET is not allowed here.'],
    ['a sidebar never opened', 'GET', '/sidebar/9', undefined, 404, 'No such sidebar.'],
  ])('answers %s with a 4xx and a message', async (_case, method, path, body, status, message) => {
    const result = await call(method, path, body);
    expect(result.status).toBe(status);
    expect(result.json).toEqual({ error: message });
  });

  it('refuses a body over its limit with 413', async () => {
    const result = await call('POST', '/api/load', Buffer.alloc(MAX_BODY + 1, 32));
    expect(result.status).toBe(413);
    expect(result.json.error).toMatch(/larger than the workbench accepts/);
  });

  it('saves the workbook as JSON and loads it back', async () => {
    await call(
      'POST',
      '/api/cell',
      JSON.stringify({ sheet: 'Use cases', row: 9, column: 2, value: 'Typed in the workbench' }),
    );
    await call('POST', '/api/cell', JSON.stringify({ sheet: 'Journey map', row: 6, column: 3, background: '#ff0000' }));
    const saved = await call('GET', '/api/save');
    await call('POST', '/api/new', JSON.stringify({ locale: 'fr_FR' }));
    const fresh = (await call('GET', '/api/state')).json;
    expect(fresh.menu.caption).toBe('Omnicanal');
    // A new French spreadsheet's one tab, named as Sheets names it.
    expect(fresh.sheets.map((s: { name: string }) => s.name)).toEqual(['Feuille 1']);
    const loaded = await call('POST', '/api/load', JSON.stringify(saved.json));
    expect(loaded.status).toBe(200);
    const state = (await call('GET', '/api/state')).json;
    const useCases = state.sheets.find((s: { name: string }) => s.name === 'Use cases');
    expect(useCases.cells).toContainEqual(expect.objectContaining({ r: 9, c: 2, text: 'Typed in the workbench' }));
    const journey = state.sheets.find((s: { name: string }) => s.name === 'Journey map');
    expect(journey.cells).toContainEqual(expect.objectContaining({ r: 6, c: 3, background: '#ff0000' }));
    const validated = await call('POST', '/api/menu', JSON.stringify({ functionName: 'validateColourCodes' }));
    expect(validated.json.value.problems[0]).toMatchObject({ cell: 'C6', problem: 'unknown-colour' });
  });

  it('switches the spreadsheet locale and rebuilds the menu in that language', async () => {
    await call('POST', '/api/locale', JSON.stringify({ locale: 'fr_FR' }));
    expect((await call('GET', '/api/state')).json.menu.items[0].caption).toBe('Créer les onglets du modèle');
    await call('POST', '/api/locale', JSON.stringify({ locale: 'en_US' }));
  });
});
