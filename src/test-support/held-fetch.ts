/**
 * A stand-in for `fetch` in element tests. A URL the test holds is answered only once the test releases it, so an
 * element is surely mid-load when the test acts; and every request's end (its body read, or its failure) is kept, so
 * a test can wait for a superseded or aborted request to be over instead of for a guessed number of milliseconds.
 */
export function useHeldFetch() {
  let original: typeof window.fetch;
  const gates = new Map<string, { opened: Promise<void>; open: () => void }>();
  const requests: Promise<unknown>[] = [];
  const signals = new Map<string, AbortSignal>();
  beforeEach(() => {
    original = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input);
      if (init?.signal) signals.set(url, init.signal);
      const response = (gates.get(url)?.opened ?? Promise.resolve()).then(() => original(input, init));
      // Registered before the caller's own handlers, so the clone is taken before the element reads the body.
      requests.push(response.then((answer) => answer.clone().arrayBuffer()).catch(() => undefined));
      return response;
    };
  });
  afterEach(() => {
    window.fetch = original;
    gates.forEach((gate) => gate.open());
    gates.clear();
    requests.splice(0);
    signals.clear();
  });
  return {
    /** Each request's AbortSignal, by URL. */
    signals,
    /** Holds the answers to `url` (this request and later ones) until `release`. */
    hold(url: string): void {
      let open = () => undefined as void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      gates.set(url, { opened, open });
    },
    /** Answers `url`, or every held URL, from now on. */
    release(url?: string): void {
      for (const [held, gate] of gates) if (url === undefined || held === url) gate.open();
    },
    /** Resolves once every request made so far has ended: answered and read, refused or aborted. */
    async settled(): Promise<void> {
      await Promise.allSettled(requests);
    },
  };
}
