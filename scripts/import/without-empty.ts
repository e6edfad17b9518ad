/** A copy of `value` without its undefined fields, so that none is written as an empty YAML key. */
export function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
