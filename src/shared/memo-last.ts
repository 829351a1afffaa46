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
