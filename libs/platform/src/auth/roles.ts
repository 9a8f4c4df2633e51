/** The roles a caller can hold, weakest first; each includes every right of the ones before it. */
export const ROLES = ['viewer', 'submitter', 'approver', 'admin'] as const;

/** A caller's role (issue 14: viewer < submitter < approver < admin). */
export type Role = (typeof ROLES)[number];

/**
 * What a route asks of its caller: nothing (`public`), a role, `metrics` (a viewer, or the `METRICS_TOKEN`), or
 * `registrant` (an admin, or the registry token of the one service named in the request).
 */
export type Access = 'public' | Role | 'metrics' | 'registrant';

/** Whether a string names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether `held` includes every right of `needed`. */
export function roleReaches(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** Who made a request, as recorded in approvals, events and logs. */
export interface Principal {
  /** Display name: the key's name, the JWT subject, `service`, `metrics`, `registry:<service>`. */
  name: string;
  /** How the caller proved who it is. */
  kind: 'api-key' | 'jwt' | 'service' | 'metrics' | 'registry' | 'anonymous';
  /** The role; `null` for scoped tokens (metrics, registry) that hold no role. */
  role: Role | null;
  /** For `registry` principals: the one service whose registry entry it may write. */
  service?: string;
  /** For stored API keys: the key's id (revocation, listing). */
  keyId?: string;
}

/** Whether `principal` may call a route declared with `access`; `target` is the service a registry route names. */
export function allows(principal: Principal, access: Access, target?: string): boolean {
  switch (access) {
    case 'public':
      return true;
    case 'metrics':
      return (
        principal.kind === 'metrics' || (principal.role !== null && roleReaches(principal.role, 'viewer'))
      );
    case 'registrant':
      if (principal.role !== null && roleReaches(principal.role, 'admin')) return true;
      return principal.kind === 'registry' && target !== undefined && principal.service === target;
    default:
      return principal.role !== null && roleReaches(principal.role, access);
  }
}
