/**
 * `compute` remembering its last arguments and result: it runs again only when an argument changes (compared with
 * `===`), so an element's layout is recomputed only when its data, width, text size or filters change, and a
 * hover or a table step reuses it.
 */
export function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R;
  return (...args: A): R => {
    if (!lastArgs || args.some((arg, i) => arg !== lastArgs![i])) {
      last = compute(...args);
      lastArgs = args;
    }
    return last;
  };
}

/**
 * `memoLast` kept for each `key` object (held weakly): every element drawing the same dataset shares the last
 * result for it, so a new element given the data another has drawn, or a redraw, computes nothing again.
 */
export function memoLastPer<K extends object, A extends unknown[], R>(compute: (key: K, ...args: A) => R): (key: K, ...args: A) => R {
  const byKey = new WeakMap<K, (...args: A) => R>();
  return (key: K, ...args: A): R => {
    let forKey = byKey.get(key);
    if (!forKey) byKey.set(key, (forKey = memoLast((...rest: A) => compute(key, ...rest))));
    return forKey(...args);
  };
}
