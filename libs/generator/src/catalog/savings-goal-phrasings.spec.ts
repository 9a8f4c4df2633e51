import type { AcceptanceCheck, EndpointSpec } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * Phrasing table of a savings goal (the money class): how many whole months of saving a fixed amount each month
 * (no interest) it takes to reach a goal from what is saved already — the smallest n with saved + n × monthly ≥
 * goal (5,000 goal, 1,200 saved, 250 a month: 3,800 / 250 = 15.2 → 16 months; a goal already reached is 0).
 * Rows are small intents as users write them, spelled out or in free text, in English, German, Spanish, French,
 * Italian and Portuguese. A realised row runs the savings computation on one endpoint that claims every feature,
 * at the route and names a spelled row writes, and its worked examples answer what the hand computation of their
 * own request gives. Near misses (interest, weeks, the monthly amount asked for a deadline, a field the
 * computation does not read) must leave a feature unrealised. Rows not read yet are in NOT_YET_READ.
 */

interface Names {
  goal: string;
  saved: string;
  monthly: string;
  months: string;
}

interface Row {
  name: string;
  features: string[];
  expect: { path?: string; names?: Names } | 'refused';
}

const ROWS: Row[] = [
  {
    name: 'en: spelled, one line',
    features: [
      'POST /savings/months with {"goal": number, "saved": number, "monthly": number} returns {"months": integer}',
    ],
    expect: {
      path: '/savings/months',
      names: { goal: 'goal', saved: 'saved', monthly: 'monthly', months: 'months' },
    },
  },
  {
    name: 'en: spelled, longer names and a refusal feature',
    features: [
      'POST /goal/eta {"goal_amount": number, "current_savings": number, "monthly_saving": number} -> {"months_needed": integer}',
      'a monthly saving of 0 or less, or a negative amount, returns 400',
    ],
    expect: {
      path: '/goal/eta',
      names: {
        goal: 'goal_amount',
        saved: 'current_savings',
        monthly: 'monthly_saving',
        months: 'months_needed',
      },
    },
  },
  {
    name: 'en: free text, one line',
    features: [
      'How many months until I reach my savings goal, given the goal, what I have saved already and what I save each month',
    ],
    expect: {},
  },
  {
    name: 'de: frei, Sparziel',
    features: [
      'Aus dem Sparziel, dem bereits Gesparten und der monatlichen Sparrate die Anzahl Monate bis zum Ziel berechnen',
    ],
    expect: {},
  },
  {
    name: 'de: ausgeschrieben, Monate',
    features: [
      'POST /sparziel mit {"ziel": number, "gespart": number, "sparrate": number} liefert {"monate": integer}',
    ],
    expect: {
      path: '/sparziel',
      names: { goal: 'ziel', saved: 'gespart', monthly: 'sparrate', months: 'monate' },
    },
  },
  {
    name: 'es: libre, meta de ahorro',
    features: [
      'Calcular cuántos meses faltan para alcanzar una meta de ahorro a partir de la meta, lo ahorrado y el ahorro mensual',
    ],
    expect: {},
  },
  {
    name: 'es: explícito, meses',
    features: [
      'POST /ahorro/meses con {"meta": number, "ahorrado": number, "mensual": number} devuelve {"meses": integer}',
    ],
    expect: {
      path: '/ahorro/meses',
      names: { goal: 'meta', saved: 'ahorrado', monthly: 'mensual', months: 'meses' },
    },
  },
  {
    name: "fr: libre, objectif d'épargne",
    features: [
      "Combien de mois pour atteindre un objectif d'épargne, à partir de l'objectif, de l'épargne actuelle et du montant épargné chaque mois",
    ],
    expect: {},
  },
  {
    name: 'it: libero, obiettivo di risparmio',
    features: [
      "Quanti mesi servono per raggiungere un obiettivo di risparmio, dato l'obiettivo, quanto ho già risparmiato e quanto risparmio al mese",
    ],
    expect: {},
  },
  {
    name: 'pt: explícito, meses',
    features: [
      'POST /poupanca/meses com {"meta": number, "poupado": number, "mensal": number} retorna {"meses": integer}',
    ],
    expect: {
      path: '/poupanca/meses',
      names: { goal: 'meta', saved: 'poupado', monthly: 'mensal', months: 'meses' },
    },
  },
  {
    name: 'pt: livre, meta de poupança',
    features: [
      'Quantos meses faltam para atingir a meta de poupança, a partir da meta, do valor já poupado e do valor poupado por mês',
    ],
    expect: {},
  },
  {
    name: 'en: spelled, the answer described in prose',
    features: [
      'POST /savings/eta with {"target": number, "current": number, "per_month": number} returns {"months": integer}: the whole months until the target is reached',
    ],
    expect: {
      path: '/savings/eta',
      names: { goal: 'target', saved: 'current', monthly: 'per_month', months: 'months' },
    },
  },
  // Near misses.
  {
    name: 'en: near miss, with interest',
    features: [
      'How many months until I reach my savings goal from the goal, what I have saved and what I save each month, with 3 % interest a year',
    ],
    expect: 'refused',
  },
  {
    name: 'en: near miss, weeks',
    features: [
      'How many weeks until I reach my savings goal, given the goal, what I have saved and what I save each week',
    ],
    expect: 'refused',
  },
  {
    name: 'de: Beinahe-Treffer, monatliche Rate für eine Frist',
    features: [
      'Wie viel muss ich monatlich sparen, um mein Sparziel in einer gegebenen Anzahl Monate zu erreichen',
    ],
    expect: 'refused',
  },
  {
    name: 'en: near miss, a spelled field the computation does not read (interest_rate)',
    features: [
      'POST /savings/months with {"goal": number, "saved": number, "monthly": number, "interest_rate": number} returns {"months": integer}',
    ],
    expect: 'refused',
  },
];

/** Rows a faithful generator does not read yet: each must really fail (the set only shrinks). */
const NOT_YET_READ = new Set<string>([]);

const FUNCTION = 'calc.savings_goal_months';
const OWN: Names = { goal: 'goal', saved: 'saved', monthly: 'monthly', months: 'months' };

const runsSavings = (e: EndpointSpec) => e.behavior.kind === 'function' && e.behavior.function === FUNCTION;

function lastOf(c: AcceptanceCheck): { body: Record<string, unknown>; answer: Record<string, unknown> } {
  const step = c.steps[c.steps.length - 1];
  return {
    body: (step.request.body ?? {}) as Record<string, unknown>,
    answer: (step.expect.body_contains ?? {}) as Record<string, unknown>,
  };
}

/** The months worked out by hand: the smallest whole n with saved + n × monthly ≥ goal (in cents). */
function handMonths(goal: number, saved: number, monthly: number): number {
  const [g, s, m] = [goal, saved, monthly].map((v) => Math.round(v * 100));
  let n = 0;
  while (s + n * m < g) n += 1;
  return n;
}

function readsRow(row: Row): boolean {
  const { contract, fidelity } = judgedOffline(
    familyIntent('savings-goal', 'Tell savers when they reach their goal.', row.features),
  );
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return !realised;
  if (!realised) return false;
  const endpoints = contract.endpoints.filter(runsSavings);
  if (endpoints.length !== 1) return false;
  const [e] = endpoints;
  if (e.method !== 'POST' || (row.expect.path && e.path !== row.expect.path)) return false;
  if (!row.features.every((f) => e.features.includes(f))) return false;
  const names = row.expect.names ?? OWN;
  const fields = (e.request.body?.fields ?? []).map((f) => f.name).sort();
  if (JSON.stringify(fields) !== JSON.stringify([names.goal, names.saved, names.monthly].sort()))
    return false;
  const happy = contract.acceptance.filter((c) => c.endpoint_id === e.id && c.kind === 'happy');
  return (
    happy.length > 0 &&
    happy.every((c) => {
      const { body, answer } = lastOf(c);
      const [g, s, m] = [body[names.goal], body[names.saved], body[names.monthly]];
      if (typeof g !== 'number' || typeof s !== 'number' || typeof m !== 'number') return false;
      return answer[names.months] === handMonths(g, s, m);
    })
  );
}

describe('the months to a savings goal, read across phrasings and languages (phrasing table)', () => {
  it('has at least 12 rows with distinct names, in six languages, near misses among them', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect(new Set(ROWS.map((r) => r.name.slice(0, 2)))).toEqual(
      new Set(['en', 'de', 'es', 'fr', 'it', 'pt']),
    );
  });

  it('works the example out by hand: 5,000 goal, 1,200 saved, 250 a month is 16 months', () => {
    expect(handMonths(5000, 1200, 250)).toBe(16);
    expect(handMonths(1000, 1000, 50)).toBe(0);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(readsRow(row)).toBe(true);
    });
  }

  for (const row of ROWS.filter((r) => NOT_YET_READ.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(readsRow(row)).toBe(false);
    });
  }
});
