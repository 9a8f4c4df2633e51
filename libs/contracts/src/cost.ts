/** Cost of the LLM work done for an intent or a build, in total and per phase. */
export interface CostSummary {
  usd: number;
  tokens: number;
  by_phase: Record<string, { usd: number; tokens: number; calls: number }>;
}

/** Dollars kept to a millionth, so sums of many small calls do not drift. */
export function roundUsd(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}

/** `cost` with one more call of `usd` and `tokens` counted under `phase`. */
export function addPhaseCost(cost: CostSummary, phase: string, usd: number, tokens: number): CostSummary {
  const current = cost.by_phase[phase] ?? { usd: 0, tokens: 0, calls: 0 };
  return {
    usd: roundUsd(cost.usd + usd),
    tokens: cost.tokens + tokens,
    by_phase: {
      ...cost.by_phase,
      [phase]: {
        usd: roundUsd(current.usd + usd),
        tokens: current.tokens + tokens,
        calls: current.calls + 1,
      },
    },
  };
}
