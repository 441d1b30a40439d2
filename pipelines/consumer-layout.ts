/**
 * Where a consumer's next call will put a shared part, guessed when the part
 * is published: a correction made ahead on the GPU places the part (and the
 * consumer's own text after it) at final positions, so it needs them before
 * the call exists.
 *
 * A consumer (the anchors' fingerprint: its own texts verbatim and the kinds
 * of the shared parts before) lays its prompt out the same way each time;
 * only the lengths of the shared parts before the part change. So the last
 * call's layout, shifted by how much those parts' producers' lengths changed
 * (the parts of the same scope, "r4/input" for "r4/reply:agent1", published
 * already), gives the positions. A guess is checked at the call (position,
 * following tokens); a wrong one is dropped and the part corrected on the
 * call's path.
 */

/** One shared part of one consumer's call, as that call laid it out. */
export interface PartLayout {
  /** Where the producer's KV started in the prompt. */
  readonly start: number;
  /** The producer's tokens then. */
  readonly tokens: number;
  /** The shared parts before it: their kinds and producers' tokens then. */
  readonly before: readonly { readonly kind: string; readonly tokens: number }[];
  /** The consumer's own text after it: where it starts past the part's producer KV, and its tokens. */
  readonly follow?: { readonly gap: number; readonly tokens: Int32Array };
}

/** Where a correction made ahead puts the part, and the following text it corrects with it. */
export interface PartPlace {
  readonly start: number;
  readonly follow?: { readonly start: number; readonly tokens: Int32Array };
}

const MAX_LAYOUTS = 256;
const MAX_PUBLISHED = 256;

export class ConsumerLayouts {
  readonly #layouts = new Map<string, PartLayout>();
  /** Producers' token counts of recently published ids. */
  readonly #published = new Map<string, number>();

  /** A call laid `kind` out this way for `consumer`. */
  note(kind: string, consumer: string, layout: PartLayout): void {
    bounded(this.#layouts, `${kind}\0${consumer}`, layout, MAX_LAYOUTS);
  }

  /** A producer's KV of `id` was published with `tokens` tokens. */
  published(id: string, tokens: number): void {
    bounded(this.#published, id, tokens, MAX_PUBLISHED);
  }

  /** Where `consumer`'s next call puts the just-published `id` (`tokens` long); undefined when unknown. */
  place(id: string, kind: string, consumer: string, tokens: number): PartPlace | undefined {
    const l = this.#layouts.get(`${kind}\0${consumer}`);
    if (!l) return undefined;
    const scope = id.slice(0, id.lastIndexOf("/") + 1);
    let shift = 0;
    for (const b of l.before) {
      const now = this.#published.get(`${scope}${b.kind}`);
      if (now === undefined) return undefined;
      shift += now - b.tokens;
    }
    const start = l.start + shift;
    return { start, ...(l.follow ? { follow: { start: start + tokens + l.follow.gap, tokens: l.follow.tokens } } : {}) };
  }
}

/** Why a correction placed at `place` does not fit a call that puts the part at `start`, followed by `follow`; undefined when it fits. */
export function placeMiss(place: PartPlace, start: number, follow: { readonly start: number; readonly tokens: Int32Array } | undefined): string | undefined {
  if (place.start !== start) return `at ${place.start}, the call's part at ${start}`;
  if (!place.follow || !follow) return place.follow === follow ? undefined : "with other following text";
  if (place.follow.start !== follow.start) return `with its following text at ${place.follow.start}, the call's at ${follow.start}`;
  const a = place.follow.tokens;
  const b = follow.tokens;
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) return "with other following text";
  return undefined;
}

function bounded<T>(m: Map<string, T>, key: string, value: T, max: number): void {
  m.delete(key);
  m.set(key, value);
  while (m.size > max) m.delete(m.keys().next().value as string);
}
