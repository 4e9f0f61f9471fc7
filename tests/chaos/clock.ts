/**
 * A chaos run reads the clock through the add-on (set-up's KPI months, the Summary's "Last refreshed"): the clock is
 * stopped at one instant for every run, so a seed replays the same steps on any day and a refresh run twice on an
 * unchanged book changes nothing. Only Date is faked; timers stay real.
 */
export const CHAOS_NOW = new Date('2025-03-14T09:30:00Z');

export function stopTheClock(): void {
  jest.useFakeTimers({
    now: CHAOS_NOW,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

export function restartTheClock(): void {
  jest.useRealTimers();
}
