import * as nodeCrypto from 'node:crypto';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { FUNCTION_RESULT_TYPE } from '../catalog-entry';
import { functionCode } from '../catalog';

type Result =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problems: string[]; status?: number; code?: string };
export type Fn = (
  input: Record<string, unknown>,
  options: Record<string, string | number | boolean>,
) => Result;

const compiled = new Map<string, Fn>();

/**
 * Runs catalog function `id` exactly as a generated service does: its emitted TypeScript source, transpiled and
 * evaluated in a fresh context. Tests only (it loads the TypeScript compiler).
 */
export function runCatalogFunction(
  id: string,
  input: Record<string, unknown>,
  options: Record<string, string | number | boolean>,
): Result {
  let fn = compiled.get(id);
  if (!fn) {
    const code = functionCode(id);
    if (!code) throw new Error(`no catalog function ${id}`);
    fn = compileFunction(code.source, code.exportName, code.imports);
    compiled.set(id, fn);
  }
  return fn(input, options);
}

/**
 * A catalog function compiled from `source` (an emitted source, or a mutant of one) as a generated service
 * runs it: transpiled and evaluated in a fresh context. Tests only.
 */
export function compileFunction(source: string, exportName: string, imports: string[] = []): Fn {
  const js = ts.transpileModule([...imports, FUNCTION_RESULT_TYPE, source].join('\n'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  // The globals Node gives a generated service beyond the language's own (a new context has only those).
  // Imports reach Node's built-ins only: `node:crypto` is the one a catalog function imports.
  const require = (name: string): unknown => {
    if (name === 'node:crypto') return nodeCrypto;
    throw new Error(`a catalog function may not import ${name}`);
  };
  runInNewContext(js, { exports, module: { exports }, require, URL, crypto, Buffer });
  return exports[exportName] as Fn;
}
