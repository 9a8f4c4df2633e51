import { AppError, canMoveIntent, type IntentStatus } from '@sf/contracts';

/** Throws 409 `INVALID_STATE_TRANSITION` unless `from → to` is allowed (see `INTENT_TRANSITIONS`). */
export function assertTransition(from: IntentStatus, to: IntentStatus): void {
  if (!canMoveIntent(from, to)) {
    throw new AppError('INVALID_STATE_TRANSITION', `cannot move an intent from ${from} to ${to}`, {
      from,
      to,
    });
  }
}
