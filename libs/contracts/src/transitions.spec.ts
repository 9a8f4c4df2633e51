import { BUILD_STATUSES, TERMINAL_BUILD_STATUSES, type BuildStatus } from './build';
import { INTENT_STATUSES, TERMINAL_INTENT_STATUSES, type IntentStatus } from './intent';
import { canMoveBuild, canMoveIntent } from './transitions';

const unfinished = <S>(all: readonly S[], terminal: readonly S[]): S[] =>
  all.filter((s) => !terminal.includes(s));

function walk<S>(can: (from: S, to: S) => boolean, path: readonly S[]): [S, S][] {
  const refused: [S, S][] = [];
  for (let i = 1; i < path.length; i++) if (!can(path[i - 1], path[i])) refused.push([path[i - 1], path[i]]);
  return refused;
}

describe('intent transitions', () => {
  it('follow the SPEC line in order', () => {
    const path: IntentStatus[] = [
      'queued',
      'spec_building',
      'spec_verifying',
      'spec_optimizing',
      'spec_verifying',
      'spec_ready',
      'build_queued',
    ];
    expect(walk(canMoveIntent, path)).toEqual([]);
  });

  it('never leave a terminal status', () => {
    for (const from of TERMINAL_INTENT_STATUSES) {
      for (const to of INTENT_STATUSES) expect(canMoveIntent(from, to)).toBe(false);
    }
  });

  it('let any unfinished intent be cancelled or failed', () => {
    for (const from of unfinished(INTENT_STATUSES, TERMINAL_INTENT_STATUSES)) {
      expect(canMoveIntent(from, 'cancelled')).toBe(true);
      expect(canMoveIntent(from, 'failed')).toBe(true);
    }
  });

  it('refuse skipping the SPEC gate', () => {
    expect(canMoveIntent('queued', 'build_queued')).toBe(false);
    expect(canMoveIntent('spec_building', 'spec_ready')).toBe(false);
  });
});

describe('build transitions', () => {
  // Every move the build line and the builds API make today (build-pipeline.service.ts, builds.service.ts).
  const paths: BuildStatus[][] = [
    ['queued', 'codegen', 'testgen', 'testing', 'udc_verifying', 'deploying', 'registering'],
    ['registering', 'health_checking', 'deployed', 'rolled_back'],
    ['testing', 'fixing', 'testing', 'needs_human_review'],
    ['fixing', 'needs_human_review'],
    ['udc_verifying', 'awaiting_deploy_approval', 'deploying', 'rolled_back'],
    ['awaiting_deploy_approval', 'rejected'],
    ['registering', 'rolled_back'],
    ['health_checking', 'rolled_back'],
    ['udc_verifying', 'failed'],
    ['deploying', 'failed'],
    ['codegen', 'paused_budget', 'codegen'],
    ['testgen', 'paused_budget', 'testgen'],
    ['fixing', 'paused_budget', 'fixing'],
    ['paused_budget', 'cancelled'],
  ];

  it.each(paths.map((p) => [p.join(' → '), p]))('allow %s', (_name, path) => {
    expect(walk(canMoveBuild, path)).toEqual([]);
  });

  it('leave a terminal status only to roll a deployed build back', () => {
    for (const from of TERMINAL_BUILD_STATUSES) {
      for (const to of BUILD_STATUSES) {
        expect(canMoveBuild(from, to)).toBe(from === 'deployed' && to === 'rolled_back');
      }
    }
  });

  it('let any unfinished build be cancelled or failed', () => {
    for (const from of unfinished(BUILD_STATUSES, TERMINAL_BUILD_STATUSES)) {
      expect(canMoveBuild(from, 'cancelled')).toBe(true);
      expect(canMoveBuild(from, 'failed')).toBe(true);
    }
  });

  it('pause only in the phases that call a model, and resume only into them', () => {
    expect(canMoveBuild('codegen', 'paused_budget')).toBe(true);
    expect(canMoveBuild('fixing', 'paused_budget')).toBe(true);
    expect(canMoveBuild('testing', 'paused_budget')).toBe(false);
    expect(canMoveBuild('paused_budget', 'testgen')).toBe(true);
    expect(canMoveBuild('paused_budget', 'deploying')).toBe(false);
  });

  it('refuse skipping the tests or the UDC check', () => {
    expect(canMoveBuild('codegen', 'deploying')).toBe(false);
    expect(canMoveBuild('testing', 'deploying')).toBe(false);
  });
});
