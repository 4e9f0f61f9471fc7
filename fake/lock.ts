/** LockService and its locks: another run holding the document lock is a flag a test sets on the LockState. */
import { CallLog } from './calls';
import { countCalls } from './counting';
import type { ServiceSettings } from './services';

export interface LockState {
  /** Another execution (a teammate's) holds the document lock: tryLock returns false, waitLock throws. */
  heldElsewhere: boolean;
  /** How many of this script's locks are held right now: a test can check it is 0 after every action. */
  heldByScript: number;
}

export class FakeLock {
  readonly view: { readonly log: CallLog; readonly state: LockState; held: boolean };

  constructor(log: CallLog, state: LockState) {
    this.view = { log, state, held: false };
  }

  tryLock(timeoutInMillis: number): boolean {
    if (!Number.isFinite(timeoutInMillis)) throw new Error('tryLock needs a timeout in milliseconds.');
    return take(this);
  }
  waitLock(_timeoutInMillis: number): void {
    if (!take(this)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.view.held;
  }
  releaseLock(): void {
    const { log, state, held } = this.view;
    // Google's reference: flush before releasing, or another run may read the sheet without these writes.
    if (held && log.unflushed > 0) {
      throw new Error(`Lock released with ${log.unflushed} write(s) not flushed: call SpreadsheetApp.flush() first.`);
    }
    if (held) state.heldByScript -= 1;
    this.view.held = false;
  }
}

const LOCK_API = [
  'tryLock',
  'waitLock',
  'hasLock',
  'releaseLock',
] as const satisfies readonly (keyof GoogleAppsScript.Lock.Lock)[];
countCalls(FakeLock, 'Lock', LOCK_API);

function take(lock: FakeLock): boolean {
  if (lock.view.state.heldElsewhere) return false;
  lock.view.held = true;
  lock.view.state.heldByScript += 1;
  return true;
}

export class FakeLockService {
  readonly view: { readonly log: CallLog; readonly state: LockState; readonly settings: ServiceSettings };

  constructor(log: CallLog, state: LockState, settings: ServiceSettings) {
    this.view = { log, state, settings };
  }

  getDocumentLock(): FakeLock | null {
    return this.view.settings.containerBound ? new FakeLock(this.view.log, this.view.state) : null;
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.view.log, this.view.state);
  }
}

const LOCK_SERVICE_API = [
  'getDocumentLock',
  'getScriptLock',
] as const satisfies readonly (keyof GoogleAppsScript.Lock.LockService)[];
countCalls(FakeLockService, 'LockService', LOCK_SERVICE_API);
