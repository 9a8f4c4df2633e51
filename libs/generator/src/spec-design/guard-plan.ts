/* What an intent's features ask of a header guard: read by header-guard.ts, used by guard-usage.ts too. */

/** What an intent's features ask of a guard. */
export interface GuardPlan {
  header: string;
  /** The status of a call without the header the features write (401, or 400). */
  status: 400 | 401;
  /** Features that require the header (a feature may say the quota too). */
  requiring: string[];
  /** Features realised by the guard's quota, with the quota they state. */
  quotas: { feature: string; limit: number; window_seconds: number }[];
  /** The name counted answers carry the calls left under (guard-answers.ts), when the features ask for it. */
  answer_as?: string;
  /** Features the guard realises besides: every answer carries the calls left, each key counts apart. */
  answering: string[];
}
