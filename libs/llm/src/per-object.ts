/**
 * `make` remembered per object (held weakly): for values derived from an object that does not change once built,
 * such as a role's output schema — its validator, digest or JSON length, the same for every call of the role.
 */
export function perObject<T>(make: (value: object) => T): (value: object) => T {
  const made = new WeakMap<object, T>();
  return (value) => {
    if (made.has(value)) return made.get(value) as T;
    const result = make(value);
    made.set(value, result);
    return result;
  };
}
