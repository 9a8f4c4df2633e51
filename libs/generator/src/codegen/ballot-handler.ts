import type { TallyBehavior, VoteBehavior } from '@sf/service-spec';
import { key, prop, str } from './code-text';
import type { RecordHandlerNames } from './record-handlers';
import { resourceOf, type ResourceModel, type ServiceModel } from './service-model';

/*
 * Votes and tallies (`VoteBehavior`, `TallyBehavior`): the counts of a record's options and the voters who voted
 * live in `ServiceState`'s ballot map under `<resource> NUL <id>`, beside the record, never among its fields.
 */

/** The lines reading (or opening) the ballots of `record` into local `ballots`. */
function ballotLines(r: ResourceModel, store: string): string[] {
  return [
    `const ballotKey = ${str(`${r.spec.name}\u0000`)} + record.id;`,
    `const ballots = ctx.state${prop(store)}.get(ballotKey) ?? { counts: new Map<string, number>(), voters: new Set<string>() };`,
  ];
}

/** The options of `record` as written in its string array field. */
function optionsLine(field: string): string {
  return `const options: readonly string[] = Array.isArray(record${prop(field)}) ? record${prop(field)} : [];`;
}

/**
 * `vote`: the record looked up (404), the choice and the voter read (400), a closed record refused (409
 * POLL_CLOSED), a choice not among its options refused (UNKNOWN_OPTION), a second vote of a voter refused (409
 * ALREADY_VOTED); then the option's count goes up by one.
 */
export function voteLines(
  r: ResourceModel,
  b: VoteBehavior,
  store: string,
  names: RecordHandlerNames,
): string[] {
  const what = r.spec.name.replace(/-/g, ' ');
  const check = names.validation(b.by === 'index' ? 'isInteger' : 'isString');
  const voter = b.voter_field;
  const answer = [
    `${key(`${r.spec.name.replace(/-/g, '_')}_id`)}: record.id`,
    `${key(b.choice_field)}: option`,
    ...(voter ? [`${key(voter)}: voter`] : []),
    'votes',
  ];
  const HttpError = names.kit('HttpError');
  return [
    ...names.lookup(r, b.param),
    `const input = ${names.validation('bodyObject')}(ctx.body);`,
    'const problems: string[] = [];',
    `const choice = ${names.validation('requiredField')}(input, ${str(b.choice_field)}, ${check}, problems);`,
    ...(voter
      ? [
          `const voter = ${names.validation('requiredField')}(input, ${str(voter)}, ${names.validation('isNonEmptyString')}, problems);`,
        ]
      : []),
    `if (choice === undefined${voter ? ' || voter === undefined' : ''} || problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
    ...(b.closed_field
      ? [
          `if (record${prop(b.closed_field)} === true) throw new ${HttpError}(409, 'POLL_CLOSED', ${str(`this ${what} is closed`)});`,
        ]
      : []),
    optionsLine(b.options_field),
    b.by === 'index'
      ? 'const option = choice >= 0 && choice < options.length ? options[choice] : undefined;'
      : 'const option = options.find((o) => o === choice);',
    'if (option === undefined) {',
    `  throw new ${HttpError}(${b.unknown_status ?? 400}, 'UNKNOWN_OPTION', JSON.stringify(choice) + ${str(` is not an option of this ${what}`)});`,
    '}',
    ...ballotLines(r, store),
    ...(voter
      ? [
          `if (ballots.voters.has(voter)) throw new ${HttpError}(409, 'ALREADY_VOTED', voter + ${str(` already voted in this ${what}`)});`,
          'ballots.voters.add(voter);',
        ]
      : []),
    'const votes = (ballots.counts.get(option) ?? 0) + 1;',
    'ballots.counts.set(option, votes);',
    `ctx.state${prop(store)}.set(ballotKey, ballots);`,
    `return { status: ${b.status}, body: { ${answer.join(', ')} } };`,
  ];
}

/** `tally`: the record looked up (404), then every option's count (0 when none), in the asked shape and order. */
export function tallyLines(
  r: ResourceModel,
  b: TallyBehavior,
  store: string,
  names: RecordHandlerNames,
): string[] {
  const rows = 'rows.map((row) => [row.option, row.votes])';
  const counts =
    b.shape === 'object'
      ? `Object.fromEntries(${rows})`
      : `rows.map((row) => ({ ${key(b.option_key)}: row.option, ${key(b.count_key)}: row.votes }))`;
  const body = [`${key(b.field)}: ${counts}`];
  if (b.total_field) body.push(`${key(b.total_field)}: rows.reduce((sum, row) => sum + row.votes, 0)`);
  return [
    ...names.lookup(r, b.param),
    optionsLine(b.options_field),
    ...ballotLines(r, store),
    'const rows = [...new Set(options)].map((option) => ({ option, votes: ballots.counts.get(option) ?? 0 }));',
    // Array.prototype.sort is stable: ties keep the options' order.
    ...(b.order === 'desc' ? ['rows.sort((a, b) => b.votes - a.votes);'] : []),
    `return { status: 200, body: { ${body.join(', ')} } };`,
  ];
}

/** The handler body of a `vote` or `tally` endpoint. */
export function ballotBehaviorLines(
  b: VoteBehavior | TallyBehavior,
  model: ServiceModel,
  names: RecordHandlerNames,
): string[] {
  const r = resourceOf(model, b.resource);
  const store = model.ballotStore ?? 'ballots';
  return b.kind === 'vote' ? voteLines(r, b, store, names) : tallyLines(r, b, store, names);
}
