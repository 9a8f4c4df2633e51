import type { IntentRecord } from './intent.record';
import { sla } from './sla';

const record = (priority: IntentRecord['priority'], created: string, started: string | null) =>
  ({ priority, created_at: created, started_at: started }) as IntentRecord;

describe('start SLA', () => {
  it('gives critical intents five minutes to start', () => {
    const r = sla(record('critical', '2026-01-01T00:00:00.000Z', '2026-01-01T00:04:59.000Z'));
    expect(r).toEqual({ deadline: '2026-01-01T00:05:00.000Z', breached: false });
  });

  it('is breached when the start came after the deadline', () => {
    expect(sla(record('high', '2026-01-01T00:00:00.000Z', '2026-01-01T00:15:01.000Z')).breached).toBe(true);
  });

  it('is breached while an intent is still waiting past its deadline', () => {
    const now = Date.parse('2026-01-01T01:00:01.000Z');
    expect(sla(record('medium', '2026-01-01T00:00:00.000Z', null), now).breached).toBe(true);
  });

  it('has no deadline for low priority (best effort)', () => {
    expect(sla(record('low', '2026-01-01T00:00:00.000Z', null), Date.now())).toEqual({
      deadline: null,
      breached: false,
    });
  });
});
