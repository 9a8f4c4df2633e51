import type { Command } from 'commander';
import type { IntentListAnswer, IntentStatusAnswer, SubmitAnswer } from '../api-types';
import type { CliContext } from '../cli-context';
import { EXIT, type ExitCode } from '../cli-errors';
import { followStream } from '../event-stream';
import { parseIntentText, readInput } from '../input-file';
import { describeDetails, plainText } from '../output';
import { PipelineProgress, type Phase } from '../pipeline-progress';
import { createProgressView } from '../pipeline-view';
import { renderMarkdown } from '../render-markdown';
import type { Run } from './run';

/** Registers submit, status, ls, watch, approve, reject, cancel and spec. */
export function intentCommands(program: Command, run: Run): void {
  program
    .command('submit')
    .description('submit an intent from a YAML or JSON file (- for standard input)')
    .argument('<file>', 'intent file, or - for standard input')
    .option('-w, --watch', 'follow the pipeline live until it is deployed or stops')
    .option('--idempotency-key <key>', 'a retry with the same key returns the first answer')
    .action(
      run((ctx, file: string, opts: { watch?: boolean; idempotencyKey?: string }) => submit(ctx, file, opts)),
    );

  program
    .command('status')
    .description("an intent's status: phase, SLA, SPEC score and fidelity, build, service, cost, error")
    .argument('<id>', 'intent id (int_…)')
    .action(
      run(async (ctx, id: string) => {
        const s = await ctx.factory.get<IntentStatusAnswer>(`/intents/${enc(id)}/status`);
        ctx.out.result(s, () => printStatus(ctx, s));
        return EXIT.ok;
      }),
    );

  program
    .command('ls')
    .description('intents, newest first')
    .option('--status <status>', 'only intents in this status')
    .option('--priority <priority>', 'only intents of this priority (critical, high, medium, low)')
    .option('--limit <n>', 'how many', '20')
    .action(
      run(async (ctx, opts: { status?: string; priority?: string; limit: string }) => {
        const q = new URLSearchParams({ limit: opts.limit });
        if (opts.status) q.set('status', opts.status);
        if (opts.priority) q.set('priority', opts.priority);
        const page = await ctx.factory.get<IntentListAnswer>(`/intents?${q.toString()}`);
        ctx.out.result(page, () => {
          ctx.out.table(
            ['INTENT', 'SERVICE', 'STATUS', 'PHASE', 'PRIORITY', 'SCORE', 'CREATED'],
            page.items.map((i) => [
              i.intent_id,
              i.service_name,
              i.status,
              i.phase,
              i.priority,
              i.spec_score,
              i.created_at,
            ]),
          );
          if (page.next_offset !== null) ctx.out.line(ctx.out.c.dim(`${page.items.length} of ${page.total}`));
        });
        return EXIT.ok;
      }),
    );

  program
    .command('watch')
    .description('follow an intent live (exit 0 when deployed, 1 when it stops otherwise)')
    .argument('<id>', 'intent id')
    .action(run((ctx, id: string) => watchIntent(ctx, id)));

  for (const action of ['approve', 'reject', 'cancel'] as const) {
    program
      .command(action)
      .description(`${action} an intent (${action === 'cancel' ? 'submitter' : 'approver'} role)`)
      .argument('<id>', 'intent id')
      .option('--note <text>', 'why (recorded with the decision)')
      .action(
        run(async (ctx, id: string, opts: { note?: string }) => {
          const body = opts.note === undefined ? {} : { note: opts.note };
          const s = await ctx.factory.post<IntentStatusAnswer>(`/intents/${enc(id)}/${action}`, body);
          ctx.out.result(s, () => ctx.out.line(`${pastTense(action)} ${s.intent_id}: now ${s.status}`));
          return EXIT.ok;
        }),
      );
  }

  program
    .command('spec')
    .description("an intent's current SPEC, rendered for the terminal (plain markdown when piped)")
    .argument('<id>', 'intent id')
    .action(
      run(async (ctx, id: string) => {
        const markdown = await ctx.factory.text(`/intents/${enc(id)}/spec`);
        if (ctx.out.json) ctx.out.document({ intent_id: id, markdown });
        else
          ctx.out.line(
            ctx.out.mode.fancy ? await renderMarkdown(plainText(markdown)) : plainText(markdown).trimEnd(),
          );
        return EXIT.ok;
      }),
    );
}

async function submit(
  ctx: CliContext,
  file: string,
  opts: { watch?: boolean; idempotencyKey?: string },
): Promise<ExitCode> {
  const body = parseIntentText(await readInput(file), file === '-' ? '<stdin>' : file);
  const headers: Record<string, string> = opts.idempotencyKey
    ? { 'idempotency-key': opts.idempotencyKey }
    : {};
  const accepted = await ctx.factory.post<SubmitAnswer>('/intents/submit', body, headers);
  if (!opts.watch) {
    ctx.out.result(accepted, () =>
      ctx.out.line(
        `accepted ${accepted.intent_id} (${accepted.priority}, queue position ${accepted.queue_position}); ` +
          `follow it with: sovereign watch ${accepted.intent_id}`,
      ),
    );
    return EXIT.ok;
  }
  ctx.out.line(`accepted ${accepted.intent_id} (${accepted.priority})`);
  return watchIntent(ctx, accepted.intent_id);
}

/** Follows an intent's stream with the live phase list, then reports the service URL or why it stopped. */
export async function watchIntent(ctx: CliContext, id: string): Promise<ExitCode> {
  const progress = new PipelineProgress();
  const view = await createProgressView(ctx.out);
  const stream = followStream(ctx.factory, `/intents/${enc(id)}/stream`, (e) =>
    view.update(progress.apply(e)),
  );
  const interrupt = () => stream.stop();
  process.once('SIGINT', interrupt);
  try {
    await stream.done;
  } finally {
    process.off('SIGINT', interrupt);
    view.finish();
  }
  const s = await ctx.factory.get<IntentStatusAnswer>(`/intents/${enc(id)}/status`);
  const deployed = s.status === 'deployed';
  const finished =
    progress.terminal !== null ||
    ['failed', 'needs_human_review', 'rejected', 'cancelled', 'rolled_back'].includes(s.status);
  if (ctx.out.json) {
    ctx.out.document({
      intent_id: s.intent_id,
      service_name: s.service_name,
      status: s.status,
      service_url: s.service?.url ?? null,
      error: s.error,
      phases: progress.phases.map(phaseJson),
    });
  } else if (deployed) {
    ctx.out.line(
      `${ctx.out.c.green('deployed')} ${s.service_name}: ${s.service?.url ?? '(no URL reported)'}`,
    );
  } else if (finished) {
    printStop(ctx, s, progress.lastProblem);
  } else {
    ctx.out.line(
      `stopped watching ${s.intent_id}: it is ${s.status} (sovereign watch ${s.intent_id} resumes)`,
    );
  }
  return deployed ? EXIT.ok : EXIT.failed;
}

function printStop(ctx: CliContext, s: IntentStatusAnswer, lastProblem: string | null): void {
  const { out } = ctx;
  out.line(`${out.c.red(s.status)} ${s.service_name} (${s.intent_id})`);
  if (s.error) {
    out.line(`reason: ${s.error.code}: ${plainText(s.error.message)}`);
    for (const line of describeDetails(s.error.details)) out.line(`  ${plainText(line)}`);
  } else if (lastProblem) {
    out.line(`reason: ${plainText(lastProblem)}`);
  } else {
    const last = s.approvals[s.approvals.length - 1];
    if (last) out.line(plainText(`reason: ${last.action} by ${last.by}${last.note ? `: ${last.note}` : ''}`));
  }
}

function printStatus(ctx: CliContext, s: IntentStatusAnswer): void {
  const { out } = ctx;
  const setAside = s.spec.fidelity.filter((v) => v.ignored === true);
  const verdicts = s.spec.fidelity.filter((v) => v.ignored !== true);
  const realised = verdicts.filter((v) => v.realised !== false).length;
  out.fields([
    ['intent', s.intent_id],
    ['service', s.service_name],
    ['status', s.phase === s.status ? s.status : `${s.status} (${s.phase})`],
    ['priority', s.priority],
    ['approval', s.approval_mode],
    [
      'SLA',
      s.sla_deadline ? `start by ${s.sla_deadline}${s.sla_breached ? ' — BREACHED' : ''}` : 'best effort',
    ],
    [
      'SPEC',
      s.spec.score === null
        ? 'not scored yet'
        : `score ${s.spec.score} (threshold ${s.spec.threshold}, revision ${s.spec.revision})`,
    ],
    [
      'features',
      verdicts.length
        ? `${realised}/${verdicts.length} realised${setAside.length ? `, ${setAside.length} set aside (instruction to the generator)` : ''}`
        : '-',
    ],
    ['build', s.build ? `${s.build.build_id ?? '-'} (${s.build.phase ?? '-'})` : null],
    [
      'executor',
      s.executor_available === null ? null : s.executor_available ? 'available' : 'none connected',
    ],
    ['service url', s.service?.url ?? null],
    ['cost', `$${s.cost.usd.toFixed(4)} (${s.cost.tokens} tokens)`],
    ['created', s.created_at],
    ['finished', s.finished_at],
  ]);
  for (const v of verdicts.filter((x) => x.realised === false)) {
    out.line(`  ${out.c.red('✖')} ${plainText(`"${v.feature}": ${(v.problems ?? []).join('; ')}`)}`);
  }
  for (const v of setAside) {
    out.line(`  ${out.c.yellow('!')} ${plainText(`"${v.feature}": ${(v.problems ?? []).join('; ')}`)}`);
  }
  for (const a of s.approvals) {
    out.line(plainText(`  ${a.action} by ${a.by} at ${a.at}${a.note ? `: ${a.note}` : ''}`));
  }
  if (s.error) {
    out.line(`${out.c.red('error:')} ${s.error.code}: ${plainText(s.error.message)}`);
    for (const line of describeDetails(s.error.details)) out.line(`  ${plainText(line)}`);
  }
}

function phaseJson(p: Phase) {
  return {
    name: p.name,
    state: p.state,
    started_at: new Date(p.startedAt).toISOString(),
    ended_at: p.endedAt === null ? null : new Date(p.endedAt).toISOString(),
    duration_ms: p.endedAt === null ? null : p.endedAt - p.startedAt,
    note: p.note,
  };
}

function pastTense(action: 'approve' | 'reject' | 'cancel'): string {
  return action === 'cancel' ? 'cancelled' : `${action}d`;
}

/** An id as one path segment. */
export function enc(id: string): string {
  return encodeURIComponent(id);
}
