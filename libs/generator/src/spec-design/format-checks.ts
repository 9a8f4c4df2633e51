import { isCheckedFormat, type AcceptanceCheck } from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';
import { successStatus } from './acceptance-steps';
import type { ContractBuilder } from './contract-builder';
import { sampleBody } from './samples';

/*
 * The worked examples of a record field's checked format (an ISBN-13, an IBAN, a clock time): the create with a
 * value that fails only the check (a wrong check digit) is 400 VALIDATION_FAILED, and the create with another
 * valid value of the format is stored as sent — so a service that checks only the shape, or nothing, fails them.
 */

/** Adds both worked examples for every checked-format field of a record a top-level create makes. */
export function settleFormatChecks(b: ContractBuilder): void {
  const c = b.contract;
  for (const e of c.endpoints) {
    const beh = e.behavior;
    if (beh.kind !== 'create' || beh.parent) continue;
    const r = c.resources.find((x) => x.name === beh.resource);
    if (!r) continue;
    const what = r.name.replace(/-/g, ' ');
    for (const f of r.fields) {
      if (f.type !== 'string' || !isCheckedFormat(f.format)) continue;
      const check = fieldFormatCheck(f.format);
      const refused = { ...sampleBody(r, `format-${f.name}`), [f.name]: check.failing };
      const other = f.unique ? check.variant(900_000) : check.valid.find((v) => v !== f.example);
      const checks: AcceptanceCheck[] = [
        {
          id: 'draft',
          endpoint_id: e.id,
          kind: 'error',
          description: `A ${what} whose ${f.name} is not a valid ${f.format}, ${check.failingWhy}, is 400 VALIDATION_FAILED naming ${f.name}.`,
          steps: [
            {
              request: { method: e.method, path: e.path, body: refused },
              expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
            },
          ],
        },
      ];
      if (other !== undefined) {
        const kept = { ...sampleBody(r, `format-ok-${f.name}`), [f.name]: other };
        checks.push({
          id: 'draft',
          endpoint_id: e.id,
          kind: 'happy',
          description: `A ${what} with ${f.name} ${other}, another valid ${f.format}, is stored as sent.`,
          steps: [
            {
              request: { method: e.method, path: e.path, body: kept },
              expect: { status: successStatus(e, 201), body_contains: { [f.name]: other } },
            },
          ],
        });
      }
      c.acceptance.push(...checks);
    }
  }
}
