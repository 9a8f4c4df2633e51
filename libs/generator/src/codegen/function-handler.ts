import type { EndpointSpec, FunctionBehavior } from '@sf/service-spec';
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
  const fields = Object.entries(b.inputs).map(([param, name]) => ({
    param,
    model: fieldModel(
      declared.find((f) => f.name === name) ?? {
        name,
        type: 'string',
        required: true,
        description: '',
        example: '',
      },
    ),
  }));
  const lines =
    e.method === 'GET'
      ? [
          `const input = ${names.validation('queryObject')}(ctx.query, ${literal(
            Object.fromEntries(fields.map((f) => [f.model.spec.name, f.model.spec.type])),
          )});`,
        ]
      : [`const input = ${names.validation('bodyObject')}(ctx.body);`];
  lines.push('const problems: string[] = [];');
  if (e.method !== 'GET' && e.request.body?.allow_unknown !== true) {
    lines.push(
      `${names.validation('rejectUnknownFields')}(input, ${literal(declared.map((f) => f.name))}, problems);`,
    );
  }
  const args: string[] = [];
  fields.forEach((f, i) => {
    const reader = names.validation(f.model.spec.required ? 'requiredField' : 'optionalField');
    lines.push(
      `const arg${i} = ${reader}(input, ${str(f.model.spec.name)}, ${names.fieldCheck(f.model)}, problems);`,
    );
    args.push(`${key(f.param)}: arg${i}`);
  });
  const fn = names.catalogFunction(functionCode(b.function)?.exportName ?? 'missingFunction');
  lines.push(
    `if (problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
    `const result = ${fn}({ ${args.join(', ')} }, ${literal(b.options ?? {})});`,
    `if (!result.ok) throw ${names.kit('validationFailed')}(result.problems);`,
    `return { status: 200, body: { ${Object.entries(b.outputs)
      .map(([result, field]) => `${key(field)}: result.value[${str(result)}]`)
      .join(', ')} } };`,
  );
  return lines;
}
