/** The document lock, so teammates typing or clicking at the same time never interleave with a run. */
import { Language } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';

/** Long enough to outwait another short run, short enough that a person is not left wondering. */
export const LOCK_WAIT_MS = 5000;

export function withDocumentLock<T>(language: Language, work: () => T): T {
  const lock = LockService.getDocumentLock();
  // Outside a container-bound context there is no document to share, so nothing to coordinate with.
  if (lock === null) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserFacingError(MESSAGES.busy[language]);
  try {
    return work();
  } finally {
    // Google's reference: flush before releasing, so the next run (a teammate's) reads what this one wrote.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
