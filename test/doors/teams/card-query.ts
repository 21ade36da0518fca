// biome-ignore-all lint/suspicious/noExplicitAny: cards are free-form JSON here
import type { RecordedActivity } from '../../helpers/fake-connector.js';

export type Card = Record<string, any>;

/** The Adaptive Card a recorded message carries. */
export function cardOf(activity: RecordedActivity | undefined): Card {
  const attachment = activity?.body?.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`no adaptive card in ${JSON.stringify(activity?.body)}`);
  }
  return attachment.content;
}

/** Every element of a card, however deeply nested (containers, columns, fallbacks). */
export function elementsOf(card: Card): Card[] {
  const out: Card[] = [];
  const walk = (items: Card[] | undefined) => {
    for (const item of items ?? []) {
      out.push(item);
      walk(item.items);
      walk(item.columns);
    }
  };
  walk(card.body);
  return out;
}

/** Every action: in action sets, on the card, and their fallbacks. */
export function actionsOf(card: Card): Card[] {
  const direct = [
    ...elementsOf(card).flatMap((e) => (e.type === 'ActionSet' ? e.actions : [])),
    ...(card.actions ?? []),
  ];
  return direct.flatMap((a: Card) =>
    a.fallback && typeof a.fallback === 'object' ? [a, a.fallback] : [a],
  );
}

/** What a person reads: text blocks and facts, in order. */
export function textsOf(card: Card): string[] {
  return elementsOf(card).flatMap((e) =>
    e.type === 'TextBlock'
      ? [e.text]
      : e.type === 'FactSet'
        ? e.facts.map((f: Card) => `${f.title}: ${f.value}`)
        : [],
  );
}

export function inputOf(card: Card, id: string): Card | undefined {
  return elementsOf(card).find((e) => e.type?.startsWith('Input.') && e.id === id);
}
