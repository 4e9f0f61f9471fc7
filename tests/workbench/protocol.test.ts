// The protocol between the workbench's server and its page, over HTTP: every route it declares is served with its
// method, and a menu item's prompt crosses as it says (asked, then answered by running the item again).
import { request } from 'node:http';
import { jsonRoutes } from '../../workbench/routes';
import { Workbench, startWorkbench } from '../../workbench/server';
import { handBuiltAddOn } from '../support/workbench-addon';

let workbench: Workbench;

beforeAll(async () => {
  workbench = await startWorkbench({ port: 0, dist: handBuiltAddOn(), start: 'empty' });
});

afterAll(async () => {
  await workbench.close();
});

function call(route: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const [method, path] = route.split(' ');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: workbench.port, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

describe('the workbench protocol', () => {
  it('serves every route it declares with its method, and refuses the other method', async () => {
    const routes = Object.keys(jsonRoutes(workbench.session));
    expect(routes).toHaveLength(7);
    for (const route of routes) {
      const answer = await call(route, route.startsWith('POST') ? {} : undefined);
      expect([route, answer.status]).not.toEqual([route, 404]);
      const [method, path] = route.split(' ');
      expect((await call(`${method === 'GET' ? 'POST' : 'GET'} ${path}`)).status).toBe(405);
    }
  });

  it('describes the workbook with what it started as and the tab in front', async () => {
    const state = (await call('GET /api/state')).json;
    expect(Object.keys(state).sort()).toEqual(['active', 'locale', 'menu', 'sheets', 'start']);
    expect(state).toMatchObject({ start: 'empty', active: 'Sheet1', menu: { caption: 'Trial' } });
  });

  it('carries a menu item’s prompt to the page, and the answers back', async () => {
    const asked = await call('POST /api/menu', { functionName: 'addPersona' });
    expect(asked.json).toEqual({
      ok: false,
      prompt: { title: 'Persona', message: 'The persona’s name:', buttons: 'OK_CANCEL' },
      events: { toasts: [], alerts: [], sidebars: [] },
    });
    const answered = await call('POST /api/menu', {
      functionName: 'addPersona',
      answers: [{ button: 'OK', text: 'Students' }],
    });
    expect(answered.json).toMatchObject({ ok: true, value: { tab: 'Journey map — Students' } });
    expect((await call('GET /api/state')).json.active).toBe('Journey map — Students');
  });

  it.each([[{ button: 'MAYBE', text: '' }], [{ button: 'OK' }], ['OK']])(
    'refuses an answer that is no button and text: %j',
    async (answer) => {
      const refused = await call('POST /api/menu', { functionName: 'addPersona', answers: [answer] });
      expect(refused).toEqual({ status: 400, json: { error: '"answers" must be a list of answers.' } });
    },
  );

  it('serves a second sidebar by its id, with the bridge in it', async () => {
    const opened = await call('POST /api/menu', { functionName: 'showIdeasSidebar' });
    const id = (opened.json.events as { sidebars: { id: number }[] }).sidebars[0].id;
    const page = await new Promise<string>((resolve) =>
      request({ host: '127.0.0.1', port: workbench.port, path: `/sidebar/${id}` }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      }).end(),
    );
    expect(page).toMatch(/<head><script>[\s\S]*google[\s\S]*<\/script><meta charset="utf-8"><title>Ideas<\/title>/);
  });
});
