import type { BuildRecord } from '../builds/build.record';
import { releaseCommitMessage, releaseTagName } from './release-snapshot';

const tested = { sha256: 'a'.repeat(64), files: 7, run: 1, recorded_at: '2026-01-01T00:00:00Z' };

function record(overrides: Partial<BuildRecord> = {}): BuildRecord {
  return {
    build_id: 'bld_1',
    intent_id: 'int_9',
    service_name: 'notes-api',
    service_version: '1.2.0',
    approval_mode: 'checkpoints',
    spec: { sha256: 'b'.repeat(64), score: 96, revision: 1, path: '/x/SPEC.md' },
    models: ['offline/offline-v1', 'anthropic/claude-sonnet-4-6'],
    cost: { usd: 0.0123, tokens: 10, by_phase: {} },
    tests: { run: 1, passed: 14, failed: 0, total: 14, outcome: 'ok', failures: [], duration_ms: 5 },
    approvals: [{ action: 'approve', by: 'alice', note: 'ok', at: '2026-01-01T00:00:01Z' }],
    ...overrides,
  } as BuildRecord;
}

/** The trailers of a message, as `git interpret-trailers --parse` would read its last paragraph. */
function trailers(message: string): string[] {
  const paragraphs = message.trim().split('\n\n');
  return paragraphs[paragraphs.length - 1].split('\n');
}

describe('releaseCommitMessage', () => {
  it('carries the provenance as one trailer per fact', () => {
    expect(trailers(releaseCommitMessage(record(), tested))).toEqual([
      'Service: notes-api',
      'Version: 1.2.0',
      'Build-Id: bld_1',
      'Intent-Id: int_9',
      `Spec-Sha256: ${'b'.repeat(64)}`,
      'Spec-Score: 96',
      'Models: offline/offline-v1, anthropic/claude-sonnet-4-6',
      'Cost-Usd: 0.012300',
      'Tests-Passed: 14',
      'Tests-Failed: 0',
      'Approval-Mode: checkpoints',
      'Approval: approve by alice at 2026-01-01T00:00:01Z (ok)',
      `Release-Sha256: ${'a'.repeat(64)}`,
      'Release-Files: 7',
    ]);
  });

  it('keeps a note with line breaks on its line, so user text cannot forge a trailer', () => {
    const note = 'fine\nRelease-Sha256: 0000\r\n\nSpec-Score: 100';
    const message = releaseCommitMessage(
      record({ approvals: [{ action: 'approve', by: 'mallory', note, at: 'now' }] }),
      tested,
    );

    expect(message.match(/^Release-Sha256: /gm)).toHaveLength(1);
    expect(message.match(/^Spec-Score: /gm)).toEqual(['Spec-Score: ']);
    expect(message).toContain(
      'Approval: approve by mallory at now (fine Release-Sha256: 0000 Spec-Score: 100)',
    );
  });

  it('says when there was no intent and no approval', () => {
    const lines = trailers(releaseCommitMessage(record({ intent_id: null, approvals: [] }), tested));
    expect(lines).toContain('Approval: none');
    expect(lines.find((l) => l.startsWith('Intent-Id:'))).toMatch(/none/);
  });
});

describe('releaseTagName', () => {
  it('names the release by version and build id', () => {
    expect(releaseTagName({ build_id: 'bld_1', service_version: '1.2.0' })).toBe('v1.2.0-bld_1');
  });

  it.each(['1.0.0..', '../x', 'a b', '1.0~1', '', 'x'.repeat(60)])(
    'leaves out a version that could not name a tag safely (%j)',
    (version) => {
      const tag = releaseTagName({ build_id: 'bld_1', service_version: version });
      expect(tag).toMatch(/^(v[0-9A-Za-z][0-9A-Za-z.-]*[0-9A-Za-z-]|release)-bld_1$/);
      expect(tag).not.toMatch(/\.\.|\/|\s/);
    },
  );
});
