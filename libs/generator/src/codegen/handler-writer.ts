import { ballotBehaviorLines } from './ballot-handler';
import { lowStockLines } from './low-stock';
import {
  deliversReplays,
  errorBodyShape,
  type CreateBehavior,
  type EndpointSpec,
  type FunctionBehavior,
  type RedirectBehavior,
  type ToggleBehavior,
  type UpdateBehavior,
  type WebhookReceiveBehavior,
} from '@sf/service-spec';
import {
  Imports,
  NameTable,
  blocks,
  camelCase,
  commentText,
  indent,
  key,
  literal,
  prop,
  str,
} from './code-text';
import { ComputeHandlerLines } from './compute-handlers';
import { fieldCheckSource } from './field-check';
import { functionHandlerLines } from './function-handler';
import { guardedHandlerLines } from './guard-handler';
import { eventLines, receiveHandlerLines, replayLines } from './webhook-handler';
import { healthCheckLines } from './health-handler';
import { countVisitLines, madeValue, redirectFind } from './link-handlers';
import { listLines } from './list-handler';
import {
  parentRuleLines,
  recordBehaviorLines,
  searchLines,
  type RecordHandlerNames,
} from './record-handlers';
import { machineGuardLines, transitionLines } from './machine-handler';
import {
  RULE_LOCALS,
  absentDefaultLines,
  adjustLines,
  findRecord,
  intervalLines,
  notFoundLine,
  readLimitedGetLines,
  resetLines,
  type RuleDeps,
} from './record-rule-handlers';
import {
  HANDLER_MODULE_NAMES,
  resourceOf,
  type EndpointModel,
  type FieldModel,
  type ResourceModel,
  type ServiceModel,
} from './service-model';

const KIT = './http-kit.js';
const VALIDATION = './validation.js';
const STATE = './state.js';
const CONFIG = './config.js';
const FUNCTIONS = './functions.js';

/** Locals the create and update handlers declare; field locals are allocated around them. */
const FIXED_LOCALS = [
  'ctx',
  'id',
  'input',
  'problems',
  'record',
  'other',
  'parentId',
  'parent',
  'taken',
  ...RULE_LOCALS,
];

/** Writes one handler function per endpoint, each specialised to its behaviour. */
class HandlerWriter {
  readonly imports = new Imports();
  private readonly constants: string[] = [];
  private readonly moduleNames: NameTable;
  private readonly computeLines = new ComputeHandlerLines({
    check: (name) => this.check(name),
    kit: (name) => this.kit(name),
    constant: (preferred, doc, type, value) => this.constant(preferred, doc, type, value),
  });

  constructor(private readonly model: ServiceModel) {
    this.moduleNames = new NameTable([...HANDLER_MODULE_NAMES, ...model.endpoints.map((e) => e.handlerName)]);
  }

  source(): string {
    // RequestContext needs these whether or not there are handlers.
    this.imports.type('node:http', 'IncomingHttpHeaders');
    this.imports.type(STATE, 'ServiceState');
    this.imports.type(CONFIG, 'Settings');
    const handlers = this.model.endpoints.map((e) => this.handler(e));
    return blocks(
      this.imports.render(),
      [
        '/** What a handler gets: the routed request plus the service state and settings. */',
        'export interface RequestContext {',
        '  params: Record<string, string>;',
        '  query: URLSearchParams;',
        '  headers: IncomingHttpHeaders;',
        '  /** The parsed JSON body: undefined when empty, and for endpoints that verify raw bytes first. */',
        '  body: unknown;',
        '  rawBody: Buffer;',
        '  state: ServiceState;',
        '  settings: Settings;',
        '}',
      ].join('\n'),
      ...this.constants,
      ...handlers,
    );
  }

  private kit(name: string): string {
    return this.imports.value(KIT, name);
  }

  private check(name: string): string {
    return this.imports.value(VALIDATION, name);
  }

  private fieldCheck(f: FieldModel): string {
    return fieldCheckSource(f, (name) => this.check(name));
  }

  /** What the record rule writers need (`record-rule-handlers.ts`). */
  private get rules(): RuleDeps {
    return {
      kit: (name) => this.kit(name),
      check: (name) => this.check(name),
      recordType: (r) => this.imports.type(STATE, r.typeName),
    };
  }

  private constant(preferred: string, doc: string, type: string, value: string): string {
    const name = this.moduleNames.claim(preferred);
    this.constants.push(`/** ${doc} */\nconst ${name}: ${type} = ${value};`);
    return name;
  }

  private handler(e: EndpointModel): string {
    this.imports.type(KIT, 'Reply');
    const scope = new NameTable([
      ...FIXED_LOCALS,
      ...HANDLER_MODULE_NAMES,
      ...this.model.endpoints.map((x) => x.handlerName),
    ]);
    // Only a static answer ignores the request; the underscore keeps noUnusedParameters quiet about it.
    const usesCtx = e.spec.behavior.kind !== 'static' || e.spec.guard !== undefined;
    // Only a health check and a replay that delivers wait for other services; the rest answer synchronously.
    const waits =
      e.spec.behavior.kind === 'health_check' ||
      (e.spec.behavior.kind === 'webhook_replay' && e.spec.behavior.target_config !== undefined);
    const body = this.body(e, scope);
    const lines = guardedHandlerLines(e.spec, this.model.quotaStores, this.recordNames(), body, waits);
    return [
      `/** ${e.spec.method} ${e.spec.path}: ${commentText(e.spec.summary)} */`,
      `export ${waits ? 'async ' : ''}function ${e.handlerName}(${usesCtx ? 'ctx' : '_ctx'}: RequestContext): ${waits ? 'Promise<Reply>' : 'Reply'} {`,
      indent(lines.join('\n')),
      '}',
    ].join('\n');
  }

  private body(e: EndpointModel, scope: NameTable): string[] {
    const b = e.spec.behavior;
    switch (b.kind) {
      case 'create':
        return this.create(e.spec, b, scope);
      case 'list':
        return listLines(this.model, b, this.imports, (name) => this.kit(name));
      case 'get':
        if (b.absent_as_default) return absentDefaultLines(resourceOf(this.model, b.resource), b.param);
        if (resourceOf(this.model, b.resource).spec.reads)
          return readLimitedGetLines(this.rules, resourceOf(this.model, b.resource), this.param(b.param));
        return [
          ...this.lookup(resourceOf(this.model, b.resource), b.param),
          'return { status: 200, body: record };',
        ];
      case 'update':
        return this.update(e.spec, b, scope);
      case 'delete':
        return this.remove(resourceOf(this.model, b.resource), b.param, b.status === 204);
      case 'toggle':
        return this.toggle(b);
      case 'search':
        return searchLines(resourceOf(this.model, b.resource), b, this.recordNames());
      case 'reserve':
      case 'release':
      case 'quota':
      case 'quota_usage':
      case 'ranking':
      case 'overdue':
      case 'owner_aggregate':
        return recordBehaviorLines(e.spec.id, b, this.model, this.recordNames());
      case 'transition':
        return transitionLines(resourceOf(this.model, b.resource), b, this.recordNames());
      case 'low_stock':
        return lowStockLines(resourceOf(this.model, b.resource), b);
      case 'vote':
      case 'tally':
        return ballotBehaviorLines(b, this.model, this.recordNames());
      case 'adjust':
        return adjustLines(this.rules, resourceOf(this.model, b.resource), b, this.model.ballotStore);
      case 'reset':
        return resetLines(this.rules, resourceOf(this.model, b.resource), b);
      case 'compute':
        return b.operation === 'convert'
          ? this.computeLines.convert(e, b)
          : this.computeLines.aggregate(e, b);
      case 'webhook_receive':
        return this.receive(e, b);
      case 'webhook_replay':
        return replayLines(b, this.events(b.receiver), (name) => this.kit(name));
      case 'webhook_events':
        return eventLines(
          b,
          this.events(b.receiver),
          (name) => this.kit(name),
          deliversReplays(this.model.contract, b.receiver),
        );
      case 'health_check':
        return healthCheckLines(b, `ctx.state${prop(resourceOf(this.model, b.resource).storeName)}`);
      case 'redirect':
        return this.redirect(b);
      case 'static':
        return [`return { status: ${b.status}, body: ${literal(b.body)} };`];
      case 'function':
        return this.compute(e, b);
    }
  }

  /** A catalog function: typed parameters from the body (query for GET), 400 for what it refuses. */
  private compute(e: EndpointModel, b: FunctionBehavior): string[] {
    return functionHandlerLines(e.spec, b, {
      validation: (name) => this.check(name),
      kit: (name) => this.kit(name),
      fieldCheck: (f) => this.fieldCheck(f),
      catalogFunction: (name) => this.imports.value(FUNCTIONS, name),
    });
  }

  private recordNames(): RecordHandlerNames {
    return {
      validation: (name) => this.check(name),
      kit: (name) => this.kit(name),
      fieldCheck: (f) => this.fieldCheck(f),
      lookup: (r, param) => this.lookup(r, param),
      param: (name) => this.param(name),
      errorBody: (code, why) =>
        `${this.kit('errorBody')}(${str(errorBodyShape(this.model.contract))}, ${code}, ${why})`,
    };
  }

  private param(name: string): string {
    return `ctx.params[${str(name)}]`;
  }

  private notFound(what: string, local: string): string {
    return `throw ${this.kit('notFound')}(${str(`no ${what} has id `)} + JSON.stringify(${local}));`;
  }

  private lookup(r: ResourceModel, param: string): string[] {
    return [
      `const id = ${this.param(param)};`,
      `const record = ${findRecord(r, 'id')};`,
      `if (record === undefined) ${notFoundLine(this.rules, r, 'id')}`,
    ];
  }

  private fieldLocals(r: ResourceModel, scope: NameTable): Map<string, string> {
    return new Map(r.fields.map((f) => [f.spec.name, scope.claim(camelCase(f.spec.name))]));
  }

  private unknownFieldsCheck(e: EndpointSpec, r: ResourceModel, only?: string[]): string[] {
    const machine = machineGuardLines(this.model.contract, r.spec.name);
    if (e.request.body?.allow_unknown === true) return machine;
    const names = r.fields
      .filter((f) => only === undefined || only.includes(f.spec.name))
      .map((f) => str(f.spec.name))
      .join(', ');
    return [`${this.check('rejectUnknownFields')}(input, [${names}], problems);`, ...machine];
  }

  private sameValue(f: FieldModel, left: string, right: string): string {
    // "Bob" after "bob" is the same username when the field is unique ignoring case.
    if (f.spec.unique_ignore_case === true && f.spec.type === 'string')
      return `typeof ${left} === 'string' && ${left}.toLowerCase() === ${right}.toLowerCase()`;
    return f.spec.type.endsWith('[]') || f.spec.type === 'object'
      ? `${this.check('sameJson')}(${left}, ${right})`
      : `${left} === ${right}`;
  }

  private create(e: EndpointSpec, b: CreateBehavior, scope: NameTable): string[] {
    const r = resourceOf(this.model, b.resource);
    const type = this.imports.type(STATE, r.typeName);
    const locals = this.fieldLocals(r, scope);
    const lines: string[] = [];
    if (b.parent) {
      const parent = resourceOf(this.model, b.parent.resource);
      lines.push(
        `const parentId = ${this.param(b.parent.param)};`,
        `const parent = ctx.state${prop(parent.storeName)}.get(parentId);`,
        `if (parent === undefined) ${this.notFound(parent.spec.name, 'parentId')}`,
      );
    }
    lines.push(
      `const input = ${this.check('bodyObject')}(ctx.body);`,
      'const problems: string[] = [];',
      ...this.unknownFieldsCheck(e, r),
    );
    const required: string[] = [];
    for (const f of r.fields.filter((x) => x.spec.generate !== 'now' /* stamped, never read */)) {
      const local = locals.get(f.spec.name) ?? '';
      const reader = this.check(f.spec.required ? 'requiredField' : 'optionalField');
      lines.push(`const ${local} = ${reader}(input, ${str(f.spec.name)}, ${this.fieldCheck(f)}, problems);`);
      if (f.spec.required) required.push(`${local} === undefined`);
    }
    lines.push(
      `if (${[...required, 'problems.length > 0'].join(' || ')}) throw ${this.kit('validationFailed')}(problems);`,
      ...intervalLines(this.rules, r, locals, null),
    );
    for (const f of r.fields.filter((x) => x.spec.unique === true)) {
      const local = locals.get(f.spec.name) ?? '';
      const same = this.sameValue(f, `other${prop(f.spec.name)}`, local);
      const guard = f.spec.required ? '' : `${local} !== null && `;
      lines.push(
        `if (${guard}ctx.state${prop(r.storeName)}.all().some((other) => ${same})) {`,
        `  throw ${this.kit('conflict')}(${str(`a ${r.spec.name} with this ${f.spec.name} already exists`)});`,
        '}',
      );
    }
    if (b.parent) lines.push(...parentRuleLines(r, b.parent, locals, (name) => this.kit(name)));
    const props = [`id: ctx.state${prop(r.storeName)}.nextId(),`];
    for (const f of r.fields) {
      const local = locals.get(f.spec.name) ?? '';
      const fallback = f.spec.required || f.spec.default === undefined || f.spec.default === null;
      const value =
        madeValue(r, f.spec, local, () => this.check('freshCode')) ??
        (fallback ? local : `${local} ?? ${literal(f.spec.default)}`);
      props.push(value === f.spec.name ? `${f.spec.name},` : `${key(f.spec.name)}: ${value},`);
    }
    if (b.parent) props.push(`${key(b.parent.field)}: parentId,`);
    lines.push(
      `const record: ${type} = {`,
      indent(props.join('\n')),
      '};',
      `ctx.state${prop(r.storeName)}.add(record);`,
      'return { status: 201, body: record };',
    );
    return lines;
  }

  private update(e: EndpointSpec, b: UpdateBehavior, scope: NameTable): string[] {
    const r = resourceOf(this.model, b.resource);
    const locals = this.fieldLocals(r, scope);
    const lines = [
      ...this.lookup(r, b.param),
      `const input = ${this.check('bodyObject')}(ctx.body);`,
      'const problems: string[] = [];',
      ...(b.replace
        ? []
        : ["if (Object.keys(input).length === 0) problems.push('the body must change at least one field');"]),
      ...this.unknownFieldsCheck(e, r, b.fields),
    ];
    // A change of named fields reads exactly those, each required; the other fields are not read at all.
    const named = (f: ResourceModel['fields'][number]) =>
      b.fields === undefined || b.fields.includes(f.spec.name);
    // A replacement reads the body as a whole record; the key and a made code may stay as they are.
    const kept = (f: ResourceModel['fields'][number]) =>
      !b.replace || f.spec.name === r.spec.key || f.spec.generate !== undefined;
    const missing: string[] = [];
    for (const f of r.fields) {
      if (!named(f)) {
        lines.push(`const ${locals.get(f.spec.name) ?? ''} = undefined;`);
        continue;
      }
      if (b.fields) {
        const local = locals.get(f.spec.name) ?? '';
        lines.push(
          `const ${local} = ${this.check('requiredField')}(input, ${str(f.spec.name)}, ${this.fieldCheck(f)}, problems);`,
        );
        missing.push(`${local} === undefined`);
        continue;
      }
      const reader = this.check(
        kept(f)
          ? f.spec.required
            ? 'changedRequired'
            : 'changedOptional'
          : f.spec.required
            ? 'requiredField'
            : 'optionalField',
      );
      const local = locals.get(f.spec.name) ?? '';
      lines.push(`const ${local} = ${reader}(input, ${str(f.spec.name)}, ${this.fieldCheck(f)}, problems);`);
      if (!kept(f) && f.spec.required) missing.push(`${local} === undefined`);
    }
    lines.push(
      `if (${[...missing, 'problems.length > 0'].join(' || ')}) throw ${this.kit('validationFailed')}(problems);`,
      ...intervalLines(this.rules, r, locals, 'record'),
    );
    for (const f of r.fields.filter((x) => x.spec.unique === true)) {
      const local = locals.get(f.spec.name) ?? '';
      const same = this.sameValue(f, `other${prop(f.spec.name)}`, local);
      lines.push(
        `if (${local} !== undefined && ${local} !== null && ctx.state${prop(r.storeName)}.all().some((other) => other !== record && ${same})) {`,
        `  throw ${this.kit('conflict')}(${str(`a ${r.spec.name} with this ${f.spec.name} already exists`)});`,
        '}',
      );
    }
    for (const f of r.fields) {
      const local = locals.get(f.spec.name) ?? '';
      if (kept(f)) lines.push(`if (${local} !== undefined) record${prop(f.spec.name)} = ${local};`);
      else {
        const fallback = f.spec.required || f.spec.default === undefined || f.spec.default === null;
        lines.push(
          `record${prop(f.spec.name)} = ${fallback ? local : `${local} ?? ${literal(f.spec.default)}`};`,
        );
      }
    }
    lines.push('return { status: 200, body: record };');
    return lines;
  }

  private remove(r: ResourceModel, param: string, empty: boolean): string[] {
    const reply = (id: string) =>
      empty
        ? 'return { status: 204, body: null };'
        : `return { status: 200, body: { id: ${id}, deleted: true } };`;
    if (r.spec.key) {
      return [
        ...this.lookup(r, param),
        `ctx.state${prop(r.storeName)}.remove(record.id);`,
        reply('record.id'),
      ];
    }
    return [
      `const id = ${this.param(param)};`,
      `if (!ctx.state${prop(r.storeName)}.remove(id)) ${this.notFound(r.spec.name, 'id')}`,
      reply('id'),
    ];
  }

  private toggle(b: ToggleBehavior): string[] {
    const r = resourceOf(this.model, b.resource);
    const field = `record${prop(b.field)}`;
    const value = b.value === undefined ? `${field} !== true` : String(b.value);
    return [...this.lookup(r, b.param), `${field} = ${value};`, 'return { status: 200, body: record };'];
  }

  /** A signed webhook receiver: the signature checked over the raw bytes, then the event stored by id. */
  private receive(e: EndpointModel, b: WebhookReceiveBehavior): string[] {
    return receiveHandlerLines(b, this.events(e.spec.id), {
      kit: (name) => this.kit(name),
      check: (name) => this.check(name),
      crypto: (name) => this.imports.value('node:crypto', name),
    });
  }

  /** The `ServiceState` map holding the events webhook receiver `id` stored. */
  private events(id: string): string {
    return `ctx.state${prop(this.model.eventStores.get(id) ?? '')}`;
  }

  private redirect(b: RedirectBehavior): string[] {
    const r = resourceOf(this.model, b.resource);
    const store = `ctx.state${prop(r.storeName)}`;
    const keyType = r.fields.find((f) => f.spec.name === b.key_field)?.spec.type;
    return [
      `const key = ${this.param(b.param)};`,
      `const record = ${redirectFind(store, b, keyType)};`,
      `if (record === undefined) throw ${this.kit('notFound')}(${str(`no ${r.spec.name} has this ${b.key_field}: `)} + JSON.stringify(key));`,
      ...countVisitLines(b),
      `const location = String(record${prop(b.target_field)});`,
      `return { status: ${b.status}, body: { location }, headers: { location: ${this.kit('headerSafe')}(location) } };`,
    ];
  }
}

/** `src/handlers.ts`: the request context type and one handler per contract endpoint. */
export function handlersSource(model: ServiceModel, header: string): string {
  return `${header}\n${new HandlerWriter(model).source()}`;
}
