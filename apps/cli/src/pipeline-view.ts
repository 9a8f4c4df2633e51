import type { Ora } from 'ora';
import { plainText, type Output } from './output';
import { formatDuration, type Phase, type ProgressChange } from './pipeline-progress';

/** Shows a {@link PipelineProgress} as it changes. */
export interface ProgressView {
  update(change: ProgressChange): void;
  /** Stops any spinner (call before printing the result). */
  finish(): void;
}

/** One finished phase: symbol, name, duration, note. */
export function phaseLine(phase: Phase, symbol: string): string {
  const ms = (phase.endedAt ?? Date.now()) - phase.startedAt;
  const note = phase.note ? `  ${truncate(plainText(phase.note), 100)}` : '';
  return `${symbol} ${phase.name.padEnd(24)} ${formatDuration(ms).padStart(7)}${note}`;
}

/**
 * The live phase list: on a terminal, a spinner on the running phase with its elapsed time and a ✔/✖
 * line for each finished one (ora); otherwise (a pipe, `NO_COLOR`) one plain line per finished phase and
 * per notice. Nothing with `--json`.
 */
export async function createProgressView(out: Output): Promise<ProgressView> {
  if (out.json) return { update: () => undefined, finish: () => undefined };
  // A terminal that reports no width (a pseudo-terminal nobody sized) makes spinners redraw without end.
  if (!out.mode.fancy || !((out.stdout as { columns?: number }).columns! > 0)) return plainView(out);
  // ora is ESM-only: loaded on demand (Node 20 CommonJS can import() it).
  const { default: ora } = await import('ora');
  let spinner: Ora | null = null;
  let running: Phase | null = null;
  const ticker = setInterval(() => {
    if (spinner && running) spinner.text = phaseLine(running, '').trimStart();
  }, 200);
  ticker.unref();
  const stop = () => {
    spinner?.stop();
    spinner = null;
    running = null;
  };
  return {
    update(change) {
      if (change.ended) {
        const ok = change.ended.state !== 'failed';
        const symbol = ok ? out.c.green('✔') : out.c.red('✖');
        if (spinner && running === change.ended) {
          spinner.stopAndPersist({ symbol, text: phaseLine(change.ended, '').trimStart() });
          spinner = null;
          running = null;
        } else {
          stop();
          out.line(phaseLine(change.ended, symbol));
        }
      }
      if (change.started) {
        const phase = change.started;
        if (phase.endedAt !== null) {
          stop();
          const symbol = phase.state === 'failed' ? out.c.red('✖') : out.c.green('✔');
          out.line(phaseLine(phase, symbol));
        } else {
          stop();
          running = phase;
          spinner = ora({ text: phaseLine(phase, '').trimStart(), stream: out.stdout, discardStdin: false });
          spinner.start();
        }
      }
      if (change.notice) {
        if (spinner) spinner.suffixText = out.c.yellow(change.notice);
        else out.line(out.c.yellow(change.notice));
      }
    },
    finish() {
      clearInterval(ticker);
      stop();
    },
  };
}

function plainView(out: Output): ProgressView {
  const print = (phase: Phase) => out.line(phaseLine(phase, phase.state === 'failed' ? '✖' : '✔'));
  return {
    update(change) {
      if (change.ended) print(change.ended);
      if (change.started && change.started.endedAt !== null) print(change.started);
      if (change.notice) out.line(`… ${change.notice}`);
    },
    finish: () => undefined,
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
