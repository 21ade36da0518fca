/**
 * Realistic made-up people for the benchmarks: the county's organisations, their types and
 * municipalities, the diets and needs people write in the sign-up form, the strategy's tags.
 * Deterministic (a seeded generator), so two runs seed the same database.
 */
import { readFileSync } from 'node:fs';
import { municipalities } from '../../src/core/guests/municipalities.js';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}

export type Random = ReturnType<typeof seededRandom>;

const firstNames = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Anders',
  'Lena',
  'Per',
  'Emma',
  'Mikael',
  'Eva',
  'Fredrik',
  'Sofia',
  'Jonas',
  'Ingrid',
  'Ali',
  'Fatima',
  'Åsa',
];
const lastNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jönsson',
  'Lindqvist',
  'Öberg',
];
const roles = [
  'Kommundirektör',
  'Näringslivschef',
  'Utvecklingsledare',
  'Förvaltningschef',
  'Rektor',
  'Verksamhetschef',
  'Strateg',
  'Kommunstyrelsens ordförande',
  'Analytiker',
  'Enhetschef',
];
const otherOrganisations: readonly { name: string; type: string; municipality: string }[] = [
  { name: 'Region Örebro län', type: 'Region', municipality: '' },
  { name: 'Örebro universitet', type: 'Universitet', municipality: 'Örebro' },
  { name: 'Länsstyrelsen i Örebro län', type: 'Statlig myndighet', municipality: '' },
  { name: 'Handelskammaren Mälardalen', type: 'Näringsliv', municipality: '' },
  { name: 'RF-SISU Örebro', type: 'Civilsamhälle', municipality: '' },
  { name: 'Örebro läns bildningsförbund', type: 'Civilsamhälle', municipality: '' },
  { name: 'Arbetsförmedlingen', type: 'Statlig myndighet', municipality: '' },
  { name: 'Almi Mälardalen', type: 'Näringsliv', municipality: '' },
];
/** Most people write nothing; the rest what a kitchen hears. */
const diets = [
  'Vegetarisk',
  'Vegan',
  'Glutenfri',
  'Laktosfri',
  'Nötallergi',
  'Fisk- och skaldjursallergi',
  'Halal',
  'Ingen fläskkött',
  'Pescetarian',
  'Celiaki, mycket känslig',
];
const needs = ['Rullstol', 'Hörslinga', 'Parkering nära entrén', 'Ledarhund', 'Syntolkning'];

/** One invited person: who they are and where they belong. */
export interface SeedPerson {
  name: string;
  email: string;
  organisation: string;
  organisationType: string;
  municipality: string;
  roleTitle: string;
  gender: 'woman' | 'man' | 'other' | null;
  diet: string;
  accessibility: string;
  overnight: boolean;
}

/** Person number `n` (unique e-mail), two thirds from the twelve municipalities. */
export function seedPerson(random: Random, n: number): SeedPerson {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const municipal = random.chance(0.65);
  const municipality = random.pick(municipalities);
  const other = random.pick(otherOrganisations);
  const genderDraw = random.next();
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}.${n}@example.se`.toLowerCase(),
    organisation: municipal ? `${municipality} kommun` : other.name,
    organisationType: municipal ? 'Kommun' : other.type,
    municipality: municipal ? municipality : other.municipality,
    roleTitle: random.pick(roles),
    gender:
      genderDraw < 0.45 ? 'woman' : genderDraw < 0.9 ? 'man' : genderDraw < 0.92 ? 'other' : null,
    diet: random.chance(0.25) ? random.pick(diets) : '',
    accessibility: random.chance(0.04) ? random.pick(needs) : '',
    overnight: random.chance(0.7),
  };
}

const tagFile = JSON.parse(
  readFileSync(new URL('../../data/rus-tags.json', import.meta.url), 'utf8'),
) as { groups: { tags: { id: string }[] }[] };

/** Every tag id of the strategy (data/rus-tags.json). */
export const tagIds: readonly string[] = tagFile.groups.flatMap((g) => g.tags.map((t) => t.id));

const openings = [
  'Vi behöver',
  'Det vore bra med',
  'Viktigt att satsa på',
  'Saknar',
  'Förslag:',
  'Fler kommuner borde arbeta med',
  'Lyft fram',
];
const subjects = [
  'kollektivtrafik mellan länsdelarna',
  'kompetensförsörjning inom vården',
  'fler praktikplatser för unga',
  'grön omställning i industrin',
  'bredband på landsbygden',
  'samverkan mellan skola och näringsliv',
  'jämställd fördelning av projektmedel',
  'bostäder för nyanlända',
  'mötesplatser för föreningslivet',
  'cirkulära affärsmodeller',
];

/** An input as people write them in a workshop: one or two short sentences. */
export function seedInputText(random: Random): string {
  const one = `${random.pick(openings)} ${random.pick(subjects)}.`;
  return random.chance(0.4) ? `${one} ${random.pick(openings)} ${random.pick(subjects)}.` : one;
}
