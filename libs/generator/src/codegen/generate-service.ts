import { GENERATED_LAYOUT, type CodegenInput, type GeneratedFile } from '@sf/llm';
import {
  hasListOptions,
  isCheckedFormat,
  type CheckedFormat,
  type FieldSpec,
  type SpecContract,
} from '@sf/service-spec';
import { UDC_SHIM_SOURCE } from '@sf/udc';
import { FUNCTION_RESULT_TYPE } from '../catalog/catalog-entry';
import { functionCode } from '../catalog/catalog';
import { handlersSource } from './handler-writer';
import { LIST_QUERY_SOURCE } from './list-query-source';
import { HTTP_KIT_SOURCE, VALIDATION_SOURCE } from './kit-sources';
import { LINK_KIT_IMPORT, LINK_KIT_SOURCE } from './link-kit';
import { FORMAT_KIT_SOURCE } from './format-kit';
import { fieldFormatKitSource } from '../catalog/field-formats';
import { buildServiceModel } from './service-model';
import {
  configSource,
  mainSource,
  packageJsonSource,
  serviceSource,
  stateSource,
  tsconfigSource,
} from './service-writer';

/** Version of the offline code writers, stamped into every generated file. */
export const OFFLINE_CODEGEN_VERSION = 'offline-v1';

/** The first line of every generated source file. */
export function generatedHeader(contract: SpecContract, what: string): string {
  return `// ${what} of ${contract.service.name}, generated from its spec-contract by the ${OFFLINE_CODEGEN_VERSION} codegen.`;
}

/**
 * The offline `codegen` role: a plain-Node TypeScript service implementing every contract endpoint (one
 * handler per endpoint, written from its behaviour), the five UDC endpoints through the copied `udc-core.js`,
 * registry self-registration and graceful shutdown; see `GENERATED_LAYOUT` for the files. Deterministic: the
 * same input yields byte-identical files. Throws `ContractProblemsError` when the contract's references do not
 * resolve (see `contractProblems`).
 */
export function generateService(input: CodegenInput): GeneratedFile[] {
  const model = buildServiceModel(input.contract);
  const c = input.contract;
  const header = (what: string) => generatedHeader(c, what);
  return [
    { path: GENERATED_LAYOUT.packageJson, content: packageJsonSource(model) },
    { path: GENERATED_LAYOUT.tsconfig, content: tsconfigSource() },
    { path: GENERATED_LAYOUT.entry, content: mainSource(header('Process entry')) },
    {
      path: GENERATED_LAYOUT.serviceModule,
      content: serviceSource(model, header('Routes and service factory')),
    },
    { path: 'src/handlers.ts', content: handlersSource(model, header('Endpoint handlers')) },
    { path: 'src/state.ts', content: stateSource(model, header('Records and in-memory state')) },
    {
      path: GENERATED_LAYOUT.configModule,
      content: configSource(model, input.spec_sha256, header('Configuration')),
    },
    { path: 'src/http-kit.ts', content: `${header('HTTP plumbing')}\n${HTTP_KIT_SOURCE}` },
    {
      path: 'src/validation.ts',
      content: `${header('Field checks')}\n${LINK_KIT_IMPORT}\n${VALIDATION_SOURCE}${LINK_KIT_SOURCE}${FORMAT_KIT_SOURCE}${fieldFormatKitSource(checkedFormatsOf(c))}`,
    },
    { path: GENERATED_LAYOUT.udcShim, content: `${header('UDC runtime types')}\n${UDC_SHIM_SOURCE}` },
    ...functionsFile(c, header('Computations from the behaviour catalog')),
    ...listQueryFile(c, header('List filters, sort and pages')),
  ];
}

/** The checked formats the contract's fields declare (resources, bodies, query parameters, their items). */
function checkedFormatsOf(c: SpecContract): CheckedFormat[] {
  const fields: FieldSpec[] = [
    ...c.resources.flatMap((r) => r.fields),
    ...c.endpoints.flatMap((e) => [...(e.request.body?.fields ?? []), ...(e.request.query ?? [])]),
  ];
  return [...fields, ...fields.flatMap((f) => f.items ?? [])].flatMap((f) =>
    isCheckedFormat(f.format) ? [f.format] : [],
  );
}

/** `src/list-query.ts`, when a list endpoint filters, sorts or pages its records. */
function listQueryFile(c: SpecContract, header: string): GeneratedFile[] {
  const used = c.endpoints.some((e) => e.behavior.kind === 'list' && hasListOptions(e.behavior));
  return used ? [{ path: 'src/list-query.ts', content: `${header}\n${LIST_QUERY_SOURCE}` }] : [];
}

/** `src/functions.ts`: the catalog functions the contract's `function` endpoints run, when there are any. */
function functionsFile(c: SpecContract, header: string): GeneratedFile[] {
  const ids = [
    ...new Set(c.endpoints.flatMap((e) => (e.behavior.kind === 'function' ? [e.behavior.function] : []))),
  ].sort();
  const codes = ids.flatMap((id) => {
    const code = functionCode(id);
    return code ? [code] : [];
  });
  if (codes.length === 0) return [];
  const imports = [...new Set(codes.flatMap((code) => code.imports ?? []))];
  const parts = [header, ...(imports.length > 0 ? [imports.join('\n')] : []), FUNCTION_RESULT_TYPE];
  return [
    {
      path: 'src/functions.ts',
      content: [...parts, ...codes.map((code) => code.source)].join('\n\n') + '\n',
    },
  ];
}
