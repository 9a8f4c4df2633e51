/** Injection token of the mutable {@link DependencyProbes}. */
export const DEPENDENCY_PROBES = Symbol('DEPENDENCY_PROBES');

/** Dependency probes the UDC runtime calls; filled in by the app once its connections exist. */
export interface DependencyProbes {
  redis: () => Promise<boolean>;
  buildExecutor: () => Promise<boolean>;
}
