/**
 * A small, seeded generator of hostile payloads for the doors' fuzz tests. Everything comes
 * from one PRNG (mulberry32), so a failure names its seed and the same run can be repeated:
 * `FUZZ_SEED=1234 npx vitest run test/fuzz/slack-fuzz.test.ts`.
 */

// biome-ignore lint/suspicious/noExplicitAny: payloads are free-form JSON
export type Json = any;

/** The seed of this run: FUZZ_SEED if set, else a fixed one, so `npm test` is repeatable. */
export const fuzzSeed = (fallback: number): number => {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) && given > 0 ? given : fallback;
};

/** mulberry32: tiny, fast, and good enough to pick mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Strings people and forgers send: mentions and links in each platform's markup, formula
 * starts, markup, path tricks, prototype keys, odd Unicode (direction overrides, zero-width,
 * lone surrogates, NUL, terminal escapes). None of them looks like a stack trace, so the
 * tests can tell an echo from a leak.
 */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '<!channel>',
  '<!here> <!everyone>',
  '<@U0001>',
  '<https://evil.example|klicka här>',
  '&amp; &lt; &',
  '*fet* _kursiv_ ~struken~ `kod`',
  '[klicka](https://evil.example)',
  '**viktigt** # rubrik\n- lista\n1. ett',
  '=HYPERLINK("http://evil.example","klicka")',
  '+46 70 123 45 67',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'; DROP TABLE people; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '%s%s%s%n',
  `{{7*7}} $${'{'}7*7}`,
  '<script>alert(1)</script>',
  '<at>forumbot</at> anmäl',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'Åsa Öberg-Ärlig',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '\u0000',
  '\u001b[2J\u001b[31mröd',
  '🎉🌱👩🏽‍💻',
  'ﷺ'.repeat(50),
  'e\u0301\u0301\u0301\u0301',
  'null',
  'undefined',
  'true',
  'NaN',
  '-1',
  '0',
  '99999999999999999999999',
  '2027-02-30',
  '25:61',
  'anmäl',
  'forum',
  'hjälp',
  'help',
  'min',
  'avboka',
  'checkin',
  'synpunkter',
  'prioritera',
  'årshjul',
  'roller',
  'närvaro',
  'forum.signup',
  'forum.signup.submit',
  'conversation.reply',
  'file.received',
  'help',
  'U0001',
  'D0001',
  'C0001',
  'http://127.0.0.1:9/',
  'javascript:alert(1)',
];

/** Commands and words worth aiming at: real ids, so mutated payloads get past the first check. */
export const commandIds: readonly string[] = [
  'help',
  'forum.list',
  'forum.signup',
  'forum.signup.submit',
  'forum.mine',
  'forum.cancel',
  'forum.program',
  'conversation.reply',
  'file.received',
  'rounds.mine',
  'cycle.show',
];

export class Fuzzer {
  readonly random: () => number;

  constructor(readonly seed: number) {
    this.random = prng(seed);
  }

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** A string of random code units, including ones that are not valid Unicode on their own. */
  noise(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) {
      const kind = this.int(10);
      out += String.fromCharCode(
        kind < 6
          ? 32 + this.int(95)
          : kind < 8
            ? 0x80 + this.int(0x700)
            : kind < 9
              ? this.int(32)
              : this.int(0x10000),
      );
    }
    return out;
  }

  /** A string a forger might choose: hostile, noise, huge, or both glued together. */
  string(): string {
    switch (this.int(6)) {
      case 0:
        return this.noise(1 + this.int(40));
      case 1:
        // Huge: past every length limit we have, below the doors' body limits.
        return this.pick(hostileStrings).padEnd(
          3_000 + this.int(40_000),
          this.pick(['x', 'å', ' ']),
        );
      case 2:
        return `${this.pick(hostileStrings)} ${this.pick(hostileStrings)}`;
      default:
        return this.pick(hostileStrings);
    }
  }

  /** Any JSON value, random all the way down (depth-limited). */
  value(depth = 0): Json {
    const kind = this.int(depth > 3 ? 6 : 9);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER]);
      case 3:
      case 4:
      case 5:
        return this.string();
      case 6:
        return Array.from({ length: this.int(5) }, () => this.value(depth + 1));
      case 7:
        return this.object(depth + 1);
      default:
        return this.deep(1 + this.int(1000));
    }
  }

  object(depth = 0): Json {
    const out: Json = {};
    for (let i = this.int(6); i > 0; i--) {
      Object.defineProperty(out, this.string().slice(0, 30), {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** Nesting that blows up naive recursive readers: `{"a":{"a":{…}}}` or `[[[…]]]`. */
  deep(levels: number): Json {
    let v: Json = this.pick(hostileStrings);
    const array = this.chance(0.5);
    for (let i = 0; i < levels; i++) v = array ? [v] : { a: v };
    return v;
  }

  /**
   * Keys that pollute prototypes when a reader merges objects carelessly; own properties
   * here (as JSON.parse makes them), so JSON.stringify sends them.
   */
  pollution(): Json {
    return JSON.parse(
      this.pick([
        '{"__proto__":{"polluted":"yes","isAdmin":true}}',
        '{"constructor":{"prototype":{"polluted":"yes"}}}',
        '{"__proto__":null}',
        '{"prototype":{"polluted":"yes"},"toString":"x","valueOf":1}',
      ]),
    );
  }

  /** Every path to a value inside `root`, the root itself as []. */
  private paths(root: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
    out.push(prefix);
    if (prefix.length > 12 || out.length > 400) return out;
    if (Array.isArray(root)) {
      for (const [i, v] of root.entries()) this.paths(v, [...prefix, i], out);
    } else if (root && typeof root === 'object') {
      for (const key of Object.keys(root)) this.paths(root[key], [...prefix, key], out);
    }
    return out;
  }

  /** One change somewhere in a deep copy of the value: the copy is returned. */
  mutateOnce(input: Json): Json {
    // A JSON round trip copies as the wire would (own "__proto__" keys included) and, unlike
    // structuredClone, takes deep nesting without running out of stack.
    const root = { v: input === undefined ? null : JSON.parse(JSON.stringify(input)) };
    const path = ['v', ...this.pick(this.paths(root.v))];
    const key = path.pop() as string | number;
    let parent: Json = root;
    for (const p of path) parent = parent[p];
    const current = parent[key];
    switch (this.int(12)) {
      case 0:
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else if (key !== 'v') delete parent[key];
        else parent[key] = null;
        break;
      case 1:
        parent[key] = null;
        break;
      case 2:
        // The wrong type: a string becomes a number or an object, an object a string.
        parent[key] =
          typeof current === 'string'
            ? this.pick([0, true, [current], { value: current }])
            : this.string();
        break;
      case 3:
      case 4:
      case 5:
        parent[key] = this.string();
        break;
      case 6:
        parent[key] = this.value();
        break;
      case 7:
        parent[key] = this.deep(50 + this.int(1000));
        break;
      case 8:
        if (current && typeof current === 'object' && !Array.isArray(current)) {
          Object.assign(current, this.pollution());
        } else parent[key] = this.pollution();
        break;
      case 9:
        if (current && typeof current === 'object') {
          Object.defineProperty(current, this.string().slice(0, 40), {
            value: this.value(),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else parent[key] = this.object();
        break;
      case 10:
        // Many of a thing: a list of thousands, or a string repeated past every limit.
        // Kept below 200 kB, so most still get past the doors' body limits (Teams 256 kB).
        parent[key] =
          typeof current === 'string' && current.length > 0
            ? current.repeat(2 + this.int(500)).slice(0, 100_000)
            : Array.from({ length: 500 + this.int(2500) }, () => this.pick(hostileStrings));
        break;
      default:
        parent[key] =
          typeof current === 'string' && current.length > 0
            ? current.slice(0, this.int(current.length)) + this.string()
            : this.pick(hostileStrings);
    }
    return root.v;
  }

  /** One to four changes. */
  mutate(input: Json): Json {
    let out = input;
    for (let n = 1 + this.int(4); n > 0; n--) out = this.mutateOnce(out);
    return out;
  }

  /** A JSON text cut short, or with bytes that are not JSON at all. */
  brokenJson(valid: string): string {
    switch (this.int(4)) {
      case 0:
        return valid.slice(0, this.int(valid.length));
      case 1:
        return `${valid}}`;
      case 2:
        return valid.replace(/"/g, this.pick(["'", '', '\\"']));
      default:
        return this.noise(1 + this.int(200));
    }
  }
}

/** Text that looks like a stack trace or names our files: what no answer may show. */
export const leak =
  /\bat [^\n]*:\d+:\d+|(?:Type|Range|Syntax|Reference|Sqlite|Zod)Error\b|node_modules|file:\/\/|\/src\/(?:core|doors|store)\/|\.ts:\d+/;

/** The first leak in some text, with a little context, or undefined. */
export function findLeak(text: string): string | undefined {
  const match = leak.exec(text);
  if (!match) return undefined;
  return text.slice(Math.max(0, match.index - 80), match.index + 120);
}

/**
 * Runs `count` jobs with at most `concurrency` at a time, in order of their index; a job
 * that throws fails the whole run with its index (and so its payload can be found again).
 */
export async function runBounded(
  count: number,
  concurrency: number,
  job: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      try {
        await job(index);
      } catch (error) {
        throw new Error(`fuzz case ${index} failed: ${String(error)}`, { cause: error });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Resolves once `measure` has stayed the same for `quietMs`: the door's handlers run on after
 * the HTTP answer (Slack's and Teams' acknowledgements come first), so the checks wait for
 * the work to settle. It waits for work, it asserts nothing about time.
 */
export async function settle(measure: () => number, quietMs = 400, maxMs = 15_000) {
  const started = Date.now();
  let last = measure();
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = measure();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}
