/** Injection token of the audit log (`AuditLog` from `@sf/platform`), built in `factory-app.ts`. */
export const AUDIT_LOG = Symbol('AUDIT_LOG');
