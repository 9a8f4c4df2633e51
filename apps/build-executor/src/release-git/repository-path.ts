import { dirname, resolve } from 'node:path';

/** A service name that may name a repository: kebab-case, 1–63 characters (as the deploy targets require). */
const SERVICE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Thrown for a service name that could not safely name a directory. */
export class UnsafeServiceNameError extends Error {
  constructor(readonly service: string) {
    super(`service name ${JSON.stringify(service)} cannot name a repository (kebab-case, 1-63 characters)`);
    this.name = 'UnsafeServiceNameError';
  }
}

/**
 * `<root>/<service>.git`, only for a kebab-case name, and only when the result sits directly in `root`: a
 * name like `../x`, `a/b`, `.`, an absolute path or one with a NUL byte never leaves it.
 */
export function serviceRepositoryPath(root: string, service: string): string {
  if (!SERVICE_NAME.test(service)) throw new UnsafeServiceNameError(service);
  const base = resolve(root);
  const path = resolve(base, `${service}.git`);
  if (dirname(path) !== base) throw new UnsafeServiceNameError(service);
  return path;
}

/** The remote of a service from a template such as `https://git.example.com/org/{service}.git`. */
export function remoteUrlFor(template: string, service: string): string {
  if (!SERVICE_NAME.test(service)) throw new UnsafeServiceNameError(service);
  return template.split('{service}').join(service);
}

/** A remote URL as it may be shown and stored: any `user:password@` part removed. */
export function redactUrl(url: string): string {
  return url
    .replace(/^(https?:\/\/)[^/@]*@/i, '$1')
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@:]*:[^/@]*@/i, '$1');
}

/**
 * Remote URL templates git may push to: http(s) and file URLs without a user part, ssh URLs (a user name at
 * most) and scp-like `user@host:path`. Passwords and tokens belong in `GIT_REMOTE_TOKEN`.
 */
export const REMOTE_TEMPLATE =
  /^(?:(?:https?|file):\/\/[^\s@]+|ssh:\/\/(?:[A-Za-z0-9._-]+@)?[^\s@]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\s@]+)$/;
