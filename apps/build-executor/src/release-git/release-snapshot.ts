import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { BuildRecord } from '../builds/build.record';
import {
  releaseTestFiles,
  TESTED_RELEASE_CHECKPOINT,
  type TestedRelease,
} from '../build-line/release-builder';
import { RELEASE_LAYOUT } from '../build-line/release-layout';
import { currentFiles } from '../build-line/sources';
import type { Workspace } from '../build-line/workspace';
import { assertReleaseDigest } from '../deploy/release-digest';

/** File name of the SPEC in a release's commit. */
export const SPEC_FILE = 'SPEC.md';

/**
 * Writes into `dir` what a release's commit holds: the release byte for byte (its digest checked against
 * the one recorded when its tests passed), its tests as they ran, and the SPEC it was built from.
 */
export async function stageRelease(ws: Workspace, record: BuildRecord, dir: string): Promise<TestedRelease> {
  const tested = await ws.checkpoint<TestedRelease>(TESTED_RELEASE_CHECKPOINT);
  if (!tested) throw new Error(`build ${record.build_id} has no tested release`);
  await ws.ensureRelease(tested.sha256);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await cp(ws.releaseDir, dir, { recursive: true, verbatimSymlinks: true });
  await assertReleaseDigest(dir, tested.sha256);
  const extra = [
    ...(await releaseTestFiles(await currentFiles(ws, record), RELEASE_LAYOUT)),
    { path: SPEC_FILE, content: await ws.readSpec() },
  ];
  for (const file of extra) {
    const target = resolve(dir, file.path);
    if (!target.startsWith(resolve(dir) + sep)) throw new Error(`path escapes the release: ${file.path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  return tested;
}

/** The tag of a build's release: `v<version>-<build id>` (a version git cannot take is left out). */
export function releaseTagName(record: Pick<BuildRecord, 'build_id' | 'service_version'>): string {
  const version = /^[0-9A-Za-z][0-9A-Za-z.-]{0,40}$/.test(record.service_version)
    ? record.service_version.replace(/\.+$/, '').replace(/\.{2,}/g, '.')
    : '';
  return version ? `v${version}-${record.build_id}` : `release-${record.build_id}`;
}

/** Suffix every tag of `buildId` ends with (see {@link releaseTagName}). */
export function releaseTagSuffix(buildId: string): string {
  return `-${buildId}`;
}

/**
 * The commit message: a subject, then the release's provenance as git trailers (`git log
 * --format=%(trailers)` reads them): intent, SPEC sha256 and score, models, cost, tests, approvals, the
 * release's sha256. Every value is one line: user text cannot forge another trailer.
 */
export function releaseCommitMessage(record: BuildRecord, tested: TestedRelease): string {
  const trailers: [string, string][] = [
    ['Service', record.service_name],
    ['Version', record.service_version],
    ['Build-Id', record.build_id],
    ['Intent-Id', record.intent_id ?? 'none (submitted to the executor directly)'],
    ['Spec-Sha256', record.spec.sha256],
    ['Spec-Score', String(record.spec.score)],
    ['Models', record.models.length ? record.models.join(', ') : 'none'],
    ['Cost-Usd', record.cost.usd.toFixed(6)],
    ['Tests-Passed', String(record.tests?.passed ?? 0)],
    ['Tests-Failed', String(record.tests?.failed ?? 0)],
    ['Approval-Mode', record.approval_mode],
    ...(record.approvals.length
      ? record.approvals.map((a): [string, string] => [
          'Approval',
          `${a.action} by ${a.by} at ${a.at}${a.note ? ` (${a.note})` : ''}`,
        ])
      : [['Approval', 'none'] as [string, string]]),
    ['Release-Sha256', tested.sha256],
    ['Release-Files', String(tested.files)],
  ];
  const passed = record.tests?.passed ?? 0;
  return [
    oneLine(`Release ${record.service_name} ${record.service_version} (${record.build_id})`),
    '',
    oneLine(
      `The release deployed by Sovereign Factory, its ${passed} passing tests (node --test) and ${SPEC_FILE}.`,
    ),
    '',
    ...trailers.map(([key, value]) => `${key}: ${oneLine(value)}`),
    '',
  ].join('\n');
}

/** The tag message: the subject line of the release. */
export function releaseTagMessage(record: BuildRecord): string {
  return `${oneLine(`${record.service_name} ${record.service_version}, build ${record.build_id}`)}\n`;
}

/** Control characters (newlines included) become spaces; at most 500 characters. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 500);
}
