/** The numbered IDs the add-on gives rows it adds: use cases `UC-01`, scenarios `SC-001`. */
import { tidy } from './text';

/**
 * The next `count` free IDs of a numbered series: on from the highest `PREFIX-n` among the existing IDs, whatever
 * the rows' order, the gaps a team left or the case they typed (UC-01, UC-07 → UC-08, never a reused UC-02 that a
 * scenario may still name); padded to `digits`.
 */
function nextNumberedIds(existingIds: readonly unknown[], prefix: string, digits: number, count: number): string[] {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  let highest = 0;
  for (const id of existingIds) {
    const match = pattern.exec(tidy(id));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(highest + 1 + i).padStart(digits, '0')}`);
}

/** The next scenario ID, `SC-nnn`. */
export function nextScenarioId(existingIds: readonly unknown[]): string {
  return nextNumberedIds(existingIds, 'SC', 3, 1)[0];
}

/** The next `count` use-case IDs, `UC-nn`, for rows added together. */
export function nextUseCaseIds(existingIds: readonly unknown[], count: number): string[] {
  return nextNumberedIds(existingIds, 'UC', 2, count);
}

/** The next use-case ID, `UC-nn`. */
export function nextUseCaseId(existingIds: readonly unknown[]): string {
  return nextUseCaseIds(existingIds, 1)[0];
}
