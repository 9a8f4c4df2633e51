import type { ErrorBodyShape, SpecContract } from './spec-contract';

/** The error body shape a contract declares (`error_object` when it declares none). */
export function errorBodyShape(contract: Pick<SpecContract, 'errors'>): ErrorBodyShape {
  return contract.errors?.body ?? 'error_object';
}

/** The body of an error answer in `shape`. */
export function errorBodyOf(shape: ErrorBodyShape, code: string, message: string): Record<string, unknown> {
  switch (shape) {
    case 'error_object':
      return { error: { code, message } };
    case 'error_string':
      return { error: message, code };
    case 'message':
      return { message, code };
    case 'error_code':
      return { error: code, message };
  }
}

/** What an acceptance check expects of an error answer in `shape`: its stable code, where the shape puts it. */
export function errorCodeExpectation(shape: ErrorBodyShape, code: string): Record<string, unknown> {
  switch (shape) {
    case 'error_object':
      return { error: { code } };
    case 'error_string':
    case 'message':
      return { code };
    case 'error_code':
      return { error: code };
  }
}

/** The stable code an expectation written for the default shape (`{"error": {"code": X}}`) asks for, if it is one. */
export function defaultCodeExpected(expected: unknown): string | undefined {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return undefined;
  const entries: [string, unknown][] = Object.entries(expected);
  if (entries.length !== 1 || entries[0][0] !== 'error') return undefined;
  const inner = entries[0][1];
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return undefined;
  const innerEntries: [string, unknown][] = Object.entries(inner);
  return innerEntries.length === 1 && innerEntries[0][0] === 'code' && typeof innerEntries[0][1] === 'string'
    ? innerEntries[0][1]
    : undefined;
}

/** `shape` as SPECs and prompts write it. */
export function errorBodyText(shape: ErrorBodyShape): string {
  return JSON.stringify(errorBodyOf(shape, 'STABLE_CODE', '…'))
    .replace(/":/g, '": ')
    .replace(/,"/g, ', "');
}

/**
 * The shape that answers an error body a feature spells (its top-level fields and their types), or undefined
 * when no shape does: `{"error": string}` → `error_string`, `{"message": string}` → `message`,
 * `{"error": string, "message": string}` → `error_code`, `{"error": {…}}` → `error_object`; a `code` field
 * written beside a message string is the stable code. A fixed value (`{"error": "bad input"}`) is no shape a
 * service can keep for every error, and neither is any other field.
 */
export function errorShapeOfFields(
  fields: { name: string; type?: string; enum?: unknown[] }[],
): ErrorBodyShape | undefined {
  const byName = new Map(fields.map((f) => [f.name, f]));
  if (byName.size !== fields.length) return undefined;
  const text = (name: string) => {
    const f = byName.get(name);
    // `"string"` in quotes is the type written as JSON, not a fixed value.
    const typeInQuotes = f?.enum?.length === 1 && f.enum[0] === 'string';
    return (
      f !== undefined &&
      (f.type === undefined || f.type === 'string') &&
      (f.enum === undefined || typeInQuotes)
    );
  };
  const names = [...byName.keys()].sort().join(',');
  const error = byName.get('error');
  if (names === 'error' && error?.type === 'object') return 'error_object';
  if ((names === 'error' || names === 'code,error') && text('error') && (names === 'error' || text('code')))
    return 'error_string';
  if (
    (names === 'message' || names === 'code,message') &&
    text('message') &&
    (names === 'message' || text('code'))
  )
    return 'message';
  if (names === 'error,message' && text('error') && text('message')) return 'error_code';
  return undefined;
}
