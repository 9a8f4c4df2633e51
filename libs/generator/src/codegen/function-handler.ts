import type { EndpointSpec, FieldSpec, FunctionBehavior } from '@sf/service-spec';
import { functionCode } from '../catalog/catalog';
import { key, literal, str } from './code-text';
import { fieldModel, type FieldModel } from './service-model';

/** Names the function handler needs from the handler writer (each call records its import). */
export interface FunctionHandlerNames {
  validation(name: string): string;
  kit(name: string): string;
  fieldCheck(f: FieldModel): string;
  catalogFunction(exportName: string): string;
}

/**
 * The body of a `function` endpoint's handler: its parameters read from the JSON body (the query string for
 * GET) and checked against their fields, the catalog function called, 400 VALIDATION_FAILED for a value
 * outside its domain, and its results answered in their response fields.
 */
export function functionHandlerLines(
  e: EndpointSpec,
  b: FunctionBehavior,
  names: FunctionHandlerNames,
): string[] {
  const declared = e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []);
  const pathFields = (e.request.params ?? []).map((p): FieldSpec => ({
    name: p.name,
    type: p.type ?? 'string',
    required: true,
    description: p.description,
    example: p.example,
  }));
  const fallback = (name: string): FieldSpec => ({
    name,
    type: 'string',
    required: true,
    description: '',
    example: '',
  });
  const fields = Object.entries(b.inputs).map(([param, name]) => {
    const fromPath = pathFields.find((f) => f.name === name);
    const spec = fromPath ?? declared.find((f) => f.name === name) ?? fallback(name);
    return { param, model: fieldModel(spec), source: fromPath ? 'params' : 'input' };
  });
  const typesOf = (source: string) =>
    literal(
      Object.fromEntries(
        fields.filter((f) => f.source === source).map((f) => [f.model.spec.name, f.model.spec.type]),
      ),
    );
  const lines =
    e.method === 'GET'
      ? [`const input = ${names.validation('queryObject')}(ctx.query, ${typesOf('input')});`]
      : [`const input = ${names.validation('bodyObject')}(ctx.body);`];
  if (fields.some((f) => f.source === 'params')) {
    // Path parameters arrive as text; a numeric one is read like a query parameter, so its check can refuse it.
    lines.push(
      `const params = ${names.validation('queryObject')}(new URLSearchParams(ctx.params), ${typesOf('params')});`,
    );
  }
  lines.push('const problems: string[] = [];');
  if (e.method !== 'GET' && e.request.body?.allow_unknown !== true) {
    lines.push(
      `${names.validation('rejectUnknownFields')}(input, ${literal(declared.map((f) => f.name))}, problems);`,
    );
  }
  const args: string[] = [];
  fields.forEach((f, i) => {
    const reader = names.validation(f.model.spec.required ? 'requiredField' : 'optionalField');
    // An optional input with a default ("tip percent defaults to 15") is computed with it when not sent.
    const fallback =
      !f.model.spec.required && f.model.spec.default !== undefined && f.model.spec.default !== null
        ? ` ?? ${literal(f.model.spec.default)}`
        : '';
    lines.push(
      `const arg${i} = ${reader}(${f.source}, ${str(f.model.spec.name)}, ${names.fieldCheck(f.model)}, problems)${fallback};`,
    );
    args.push(`${key(f.param)}: arg${i}`);
  });
  const fn = names.catalogFunction(functionCode(b.function)?.exportName ?? 'missingFunction');
  // An input the answer repeats is the value read and checked, as sent.
  const argOf = new Map(fields.map((f, i) => [f.model.spec.name, `arg${i}`]));
  const echoed = Object.entries(b.echo ?? {}).flatMap(([field, from]) => {
    const arg = argOf.get(from);
    return arg ? [`${key(field)}: ${arg}`] : [];
  });
  lines.push(
    `if (problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
    `const result = ${fn}({ ${args.join(', ')} }, ${literal(b.options ?? {})});`,
    // A function may refuse with its own status and stable code (an unknown discount code); else 400.
    `if (!result.ok) throw result.code === undefined ? ${names.kit('validationFailed')}(result.problems) : new ${names.kit('HttpError')}(result.status ?? 400, result.code, result.problems.join('; '));`,
    `return { status: 200, body: { ${[
      ...Object.entries(b.outputs).map(([result, field]) => `${key(field)}: result.value[${str(result)}]`),
      ...echoed,
    ].join(', ')} } };`,
  );
  if (b.refusal_status === undefined || b.refusal_status === 400) return lines;
  // The feature's own status for every VALIDATION_FAILED refusal (the body that is no object included).
  const HttpError = names.kit('HttpError');
  return [
    'try {',
    ...lines.map((l) => `  ${l}`),
    '} catch (err) {',
    `  if (err instanceof ${HttpError} && err.code === 'VALIDATION_FAILED') throw new ${HttpError}(${b.refusal_status}, err.code, err.message, err.headers);`,
    '  throw err;',
    '}',
  ];
}
