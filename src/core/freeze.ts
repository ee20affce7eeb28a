/**
 * Freezes a value and every object reachable from its own data properties, and returns
 * it. Module-level data that decisions share (rules, their sources, parameters, versions,
 * tables) is frozen once where it is defined, so a host that edits a decision it was
 * given gets an error instead of changing every later decision, and a call costs nothing
 * extra. zod schemas are left as they are: zod writes to them as it works.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v) || "_zod" in v) continue;
    seen.add(v);
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && "value" in d) stack.push(d.value);
    }
  }
  return value;
}
