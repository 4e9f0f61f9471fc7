import vm from 'node:vm';
import { checkArguments, checkTransferable } from '../../workbench/bridge-rules';

describe('what may cross google.script.run', () => {
  it('passes numbers, booleans, strings, null, and plain objects and arrays of those', () => {
    const value = { a: 1, b: [true, 'x', null, { c: -2.5 }], d: {} };
    expect(checkArguments([value, 'two', 3])).toEqual({ ok: true, value: [value, 'two', 3] });
  });

  it('turns undefined in an array into null and drops undefined properties', () => {
    expect(checkArguments([[1, undefined, 3], { a: undefined, b: 2 }])).toEqual({
      ok: true,
      value: [[1, null, 3], { b: 2 }],
    });
  });

  it.each([
    ['a Date', [new Date(2024, 0, 5)], 'Failed due to illegal value in property: 0'],
    ['a function', ['ok', () => 1], 'Failed due to illegal value in property: 1'],
    [
      'a Date deep inside',
      [{ steps: [{ day: 1 }, { day: new Date() }] }],
      'Failed due to illegal value in property: 0.steps.1.day',
    ],
    ['a Map', [new Map()], 'Failed due to illegal value in property: 0'],
    [
      'a class instance',
      [
        new (class Step {
          day = 1;
        })(),
      ],
      'Failed due to illegal value in property: 0',
    ],
    ['undefined on its own', [undefined], 'Failed due to illegal value in property: 0'],
  ])('refuses %s with Apps Script’s message', (_what, args, message) => {
    expect(checkArguments(args)).toEqual({ ok: false, error: message });
  });

  it('refuses a circular object', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(checkTransferable(loop).ok).toBe(false);
  });

  it('accepts plain objects made in another realm (the bundle runs in its own vm context)', () => {
    const foreign = vm.runInNewContext('({ id: "SC-002", rows: [1, 2] })');
    expect(checkTransferable(foreign, 'result')).toEqual({ ok: true, value: { id: 'SC-002', rows: [1, 2] } });
    expect(checkTransferable(vm.runInNewContext('new Date()'), 'result')).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: result',
    });
  });
});
