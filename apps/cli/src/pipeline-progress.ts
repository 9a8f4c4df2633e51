import { isTerminalIntentStatus, type IntentStatus, type PipelineEvent } from '@sf/contracts';

/** Statuses that wait for a person (or for budget) rather than for work. */
const WAITING: readonly string[] = ['awaiting_spec_approval', 'awaiting_deploy_approval', 'paused_budget'];

/**
 * Status changes not shown as phases of their own: the intent's `building` is the span of the build's own
 * phases, and the build's `queued` repeats the intent's `build_queued`.
 */
function hidden(event: PipelineEvent, to: string): boolean {
  return (!event.build_id && to === 'building') || (Boolean(event.build_id) && to === 'queued');
}

/** One line of the phase list. */
export interface Phase {
  name: string;
  /** ms since the epoch (the server's event time). */
  startedAt: number;
  endedAt: number | null;
  /** What happened in it (the message of the change that ended it, or of its last result). */
  note: string | null;
  state: 'running' | 'waiting' | 'done' | 'failed';
}

/** What one event changed in the list. */
export interface ProgressChange {
  /** The phase that just ended, if one did. */
  ended?: Phase;
  /** The phase that just started, if one did. */
  started?: Phase;
  /** An approval is needed or the intent is parked: a line worth telling. */
  notice?: string;
}

/**
 * Turns an intent's event stream (its build's events included) into a list of phases with durations:
 * every status change starts a phase, and the intent's terminal status ends the list. Pure, so the
 * spinner view and the plain-line view share it.
 */
export class PipelineProgress {
  readonly phases: Phase[] = [];
  /** The intent's terminal status once it arrived. */
  terminal: IntentStatus | null = null;
  /** The latest `error`/`failed` event message: the reason when it stops. */
  lastProblem: string | null = null;

  get current(): Phase | null {
    const last = this.phases[this.phases.length - 1];
    return last && last.endedAt === null ? last : null;
  }

  apply(event: PipelineEvent): ProgressChange {
    const at = Date.parse(event.ts);
    if (event.type === 'error' || event.type === 'failed') this.lastProblem = event.message;
    if (event.type === 'phase_completed' || event.type === 'test_result') {
      // "codegen done" says less than the change that follows it ("codegen wrote 10 file(s)").
      if (this.current && !/\bdone$/.test(event.message)) this.current.note = event.message;
      return {};
    }
    if (event.type === 'approval_required') return { notice: event.message };
    if (event.type !== 'status_changed') return {};
    const to = String(event.data.to);
    if (hidden(event, to)) return {};
    const change: ProgressChange = {};
    const running = this.current;
    const terminal = !event.build_id && isTerminalIntentStatus(to as IntentStatus);
    const endState = to === 'deployed' ? 'done' : 'failed';
    if (running?.name === to) {
      // The intent's copy of its build's change: it only matters when it ends the list.
      if (!terminal) return {};
      running.endedAt = at;
      running.state = endState;
      running.note ??= stripBuildPrefix(event.message);
      this.terminal = to as IntentStatus;
      return { ended: running };
    }
    if (running) {
      running.endedAt = at;
      running.state = 'done';
      running.note ??= stripBuildPrefix(event.message);
      change.ended = running;
    }
    const phase: Phase = {
      name: to,
      startedAt: at,
      endedAt: terminal ? at : null,
      note: terminal ? stripBuildPrefix(event.message) : null,
      state: terminal ? endState : WAITING.includes(to) ? 'waiting' : 'running',
    };
    this.phases.push(phase);
    change.started = phase;
    if (terminal) this.terminal = to as IntentStatus;
    if (phase.state === 'waiting') change.notice = waitingNotice(to);
    return change;
  }
}

function waitingNotice(status: string): string {
  if (status === 'paused_budget') return 'paused: the LLM budget is spent; it resumes when budget is back';
  return `${status}: waiting for a decision (sovereign approve|reject <id>)`;
}

/** "build bld_…: deployed and healthy" → "deployed and healthy" (the intent's copy of a build change). */
function stripBuildPrefix(message: string): string {
  return message.replace(/^build bld_[^:]+:\s*/, '');
}

/** `0.42s`, `12.3s`, `2m05s`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `${s.toFixed(2)}s`;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s - m * 60)).padStart(2, '0')}s`;
}
