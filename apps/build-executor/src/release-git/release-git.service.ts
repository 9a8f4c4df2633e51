import { chmod, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { NewPipelineEvent } from '@sf/contracts';
import type { Redis } from 'ioredis';
import { BuildWorkspaces } from '../build-line/build-workspaces';
import type { BuildRecord } from '../builds/build.record';
import { BuildsRepository } from '../builds/builds.repository';
import { ExecutorConfig } from '../config/executor.config';
import { KeyedLock } from '../deploy/keyed-lock';
import { REDIS } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';
import type { GitEnvironment } from './git-command';
import type { BuildGitLink, GitFailure, ReleaseGitRef, ServiceGitLink } from './release-git.types';
import {
  DEPLOYED_BRANCH,
  httpCredentialEnv,
  RELEASES_BRANCH,
  ReleaseRepository,
  type PushTarget,
} from './release-repository';
import type { TestedRelease } from '../build-line/release-builder';
import {
  releaseCommitMessage,
  releaseTagMessage,
  releaseTagName,
  releaseTagSuffix,
  stageRelease,
} from './release-snapshot';
import { redactUrl, remoteUrlFor, serviceRepositoryPath } from './repository-path';

/** What a deploy or rollback did in git: the build's link, and the event that says so. */
export interface GitOutcome<T> {
  link: T;
  event: NewPipelineEvent;
}

/** A release's git tree, written ahead of its commit, and the tested release it holds. */
interface ReleaseTree {
  tree: string;
  tested: TestedRelease;
}

/** A tree written ahead is dropped when no commit has asked for it this long (its deploy failed, say). */
const TREE_AHEAD_TTL_MS = 10 * 60_000;

/**
 * Generated code in git (docs/git.md): each deployed release is committed with its tests and SPEC to the
 * service's bare repository under `GIT_RELEASES_DIR` (`DATA_DIR/git/<service>.git`), tagged, and named by
 * the `deployed` branch, which follows deploys and rollbacks; optionally pushed to `GIT_REMOTE_TEMPLATE`.
 *
 * Nothing here fails a deploy: a git failure is returned as the link's `error` (and an event), the release
 * is remembered as pending and committed on the service's next deploy, and every push sends all refs.
 */
@Injectable()
export class ReleaseGit {
  private readonly locks = new KeyedLock();
  private readonly env: GitEnvironment;
  /** Trees being written ahead of their commit ({@link prepare}), by build id. */
  private readonly treesAhead = new Map<string, { at: number; tree: Promise<ReleaseTree | null> }>();

  constructor(
    private readonly config: ExecutorConfig,
    private readonly workspaces: BuildWorkspaces,
    private readonly builds: BuildsRepository,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
  ) {
    this.env = {
      binary: 'git',
      path: config.PATH,
      home: join(this.root, '.home'),
      author: { name: config.GIT_AUTHOR, email: config.GIT_EMAIL },
      timeoutMs: config.GIT_TIMEOUT_MS,
    };
  }

  /** False when `GIT_RELEASES=false`. */
  get enabled(): boolean {
    return this.config.GIT_RELEASES;
  }

  /** The directory of the bare repositories. */
  get root(): string {
    return resolve(this.config.GIT_RELEASES_DIR ?? join(this.config.DATA_DIR, 'git'));
  }

  /**
   * Writes the git tree of a build's release ahead of its commit; called as the release's deploy starts, so
   * staging it and `git add` + `write-tree` overlap the service's start instead of following its health check
   * (the tree does not depend on when or whether the release proves healthy). Objects only, no ref moves: the
   * tree of a release that never proves healthy is merely unreferenced. Kept in this process only: a health
   * check resumed elsewhere writes the same tree itself. Never throws.
   */
  prepare(record: BuildRecord): void {
    if (!this.enabled || this.treesAhead.has(record.build_id)) return;
    const now = Date.now();
    for (const [id, ahead] of this.treesAhead)
      if (now - ahead.at > TREE_AHEAD_TTL_MS) this.treesAhead.delete(id);
    const tree = this.locks
      .run(record.service_name, () => this.open(record.service_name))
      .then((repository) => this.releaseTree(repository, record, 'ahead'))
      .catch(() => null);
    this.treesAhead.set(record.build_id, { at: now, tree });
  }

  /**
   * A build just proved deployed: commits its release (after any release of the service whose commit
   * failed before), points `deployed` at it and pushes. Safe to repeat; never throws. Null when off.
   */
  async publish(record: BuildRecord): Promise<GitOutcome<BuildGitLink> | null> {
    if (!this.enabled) return null;
    return this.locks
      .run(record.service_name, () => this.publishNow(record))
      .catch((err: unknown) => {
        // Only the link store (Redis) gets here: git's own failures are results.
        const git: BuildGitLink = {
          ...this.freshLink(record.service_name),
          commit: null,
          tag: null,
          pushed: null,
          error: this.failure('GIT_COMMIT_FAILED', err),
        };
        return { link: git, event: this.event('health_checking', git, null) };
      });
  }

  private async publishNow(record: BuildRecord): Promise<GitOutcome<BuildGitLink>> {
    const service = record.service_name;
    const link = (await this.link(service)) ?? this.freshLink(service);
    let failure: GitFailure | null;
    let ref: ReleaseGitRef | null = null;
    let repository: ReleaseRepository | null = null;
    try {
      repository = await this.open(service);
      failure = await this.commitPending(repository, link, record.build_id);
      ref = await this.commit(repository, record);
      link.latest = ref;
      link.pending = link.pending.filter((id) => id !== record.build_id);
    } catch (err) {
      failure = this.failure('GIT_COMMIT_FAILED', err);
      if (!link.pending.includes(record.build_id)) link.pending.push(record.build_id);
    }
    if (repository && ref) {
      failure = (await this.moveDeployed(repository, link, ref, `deploy ${record.build_id}`)) ?? failure;
    }
    if (repository) failure = (await this.pushAll(repository, link)) ?? failure;
    link.error = failure;
    await this.save(link);
    const git: BuildGitLink = {
      repository: link.repository,
      remote: link.remote,
      branch: RELEASES_BRANCH,
      commit: ref?.commit ?? null,
      tag: ref?.tag ?? null,
      pushed: link.pushed,
      error: failure,
    };
    return { link: git, event: this.event('health_checking', git, ref) };
  }

  /**
   * The service now serves `releaseId` (a rollback or revert restored it), or nothing (null): `deployed`
   * follows. A restored release whose commit failed earlier is committed now. Never throws; null when off
   * or when the service has no repository yet.
   */
  async follow(
    service: string,
    releaseId: string | null,
    phase: string,
  ): Promise<GitOutcome<ServiceGitLink> | null> {
    if (!this.enabled) return null;
    return this.locks
      .run(service, () => this.followNow(service, releaseId, phase))
      .catch((err: unknown) => {
        const link = { ...this.freshLink(service), error: this.failure('GIT_REF_FAILED', err) };
        return {
          link,
          event: {
            phase,
            type: 'error' as const,
            message: `git: ${link.error.message}`,
            data: { git: link },
          },
        };
      });
  }

  private async followNow(
    service: string,
    releaseId: string | null,
    phase: string,
  ): Promise<GitOutcome<ServiceGitLink> | null> {
    const link = await this.link(service);
    let path: string;
    try {
      path = serviceRepositoryPath(this.root, service);
    } catch {
      return null;
    }
    if (!link || !existsSync(join(path, 'HEAD'))) return null;
    await this.ensureHome();
    const repository = new ReleaseRepository(this.env, path);
    let failure: GitFailure | null = null;
    let ref: ReleaseGitRef | null = null;
    if (releaseId) {
      try {
        ref = await this.refOf(repository, releaseId);
        if (!ref && link.pending.includes(releaseId)) {
          const pending = await this.builds.get(releaseId);
          if (pending) ref = await this.commit(repository, pending);
          link.pending = link.pending.filter((id) => id !== releaseId);
        }
      } catch (err) {
        failure = this.failure('GIT_COMMIT_FAILED', err);
      }
    }
    const reason = releaseId ? `rollback to ${releaseId}` : 'nothing serves';
    if (ref || !releaseId) {
      failure = (await this.moveDeployed(repository, link, ref, reason)) ?? failure;
    } else {
      // The restored release has no commit (it predates git here): `deployed` must not name another.
      failure ??= {
        code: 'GIT_REF_FAILED',
        message: `release ${releaseId} has no commit; ${DEPLOYED_BRANCH} removed`,
        at: new Date().toISOString(),
      };
      failure = (await this.moveDeployed(repository, link, null, reason)) ?? failure;
    }
    failure = (await this.pushAll(repository, link)) ?? failure;
    link.error = failure;
    await this.save(link);
    const message = failure
      ? `git: ${failure.message}`
      : ref
        ? `git: ${DEPLOYED_BRANCH} now at ${ref.tag} (${ref.commit.slice(0, 12)})`
        : `git: ${DEPLOYED_BRANCH} removed (nothing serves)`;
    return { link, event: { phase, type: failure ? 'error' : 'log', message, data: { git: link } } };
  }

  /** Where a service's releases are in git, or null when none was ever committed or attempted. */
  async link(service: string): Promise<ServiceGitLink | null> {
    if (!this.enabled) return null;
    const raw = await this.redis.get(this.keys.gitLink(service));
    return raw ? (JSON.parse(raw) as ServiceGitLink) : null;
  }

  private async open(service: string): Promise<ReleaseRepository> {
    const path = serviceRepositoryPath(this.root, service);
    await this.ensureHome();
    const repository = new ReleaseRepository(this.env, path);
    await repository.ensure();
    return repository;
  }

  /** The private HOME git runs in (its working directory too): empty, readable by this user only. */
  private async ensureHome(): Promise<void> {
    await mkdir(this.env.home, { recursive: true, mode: 0o700 });
    await chmod(this.env.home, 0o700);
  }

  /** Commits (or finds) one build's release. */
  private async commit(repository: ReleaseRepository, record: BuildRecord): Promise<ReleaseGitRef> {
    const tag = releaseTagName(record);
    // Already committed (a repeated phase): nothing is written again.
    const existing = await repository.tagged(tag);
    if (existing) return { release_id: record.build_id, commit: existing, tag };
    const ahead = this.treesAhead.get(record.build_id);
    this.treesAhead.delete(record.build_id);
    const written = (await ahead?.tree) ?? (await this.releaseTree(repository, record, 'commit'));
    const { commit } = await repository.commitRelease({
      tree: written.tree,
      message: releaseCommitMessage(record, written.tested),
      tag,
      tagMessage: releaseTagMessage(record),
      // The time the release was proven: a repeated attempt writes identical objects.
      date: record.phases.health_checking?.started_at ?? record.updated_at,
    });
    return { release_id: record.build_id, commit, tag };
  }

  /** Stages a build's release (with its tests and SPEC) and writes its tree; `use` keeps staging dirs apart. */
  private async releaseTree(
    repository: ReleaseRepository,
    record: BuildRecord,
    use: 'ahead' | 'commit',
  ): Promise<ReleaseTree> {
    const staging = join(this.root, '.staging', `${record.build_id}-${process.pid}-${use}`);
    try {
      const tested = await stageRelease(this.workspaces.of(record.build_id), record, staging);
      return { tree: await repository.treeOf(staging), tested };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /**
   * Commits releases of the service whose commit failed earlier (oldest first), except `current`. One that
   * fails again stays pending (and is reported) unless its build or release is gone for good.
   */
  private async commitPending(
    repository: ReleaseRepository,
    link: ServiceGitLink,
    current: string,
  ): Promise<GitFailure | null> {
    let failure: GitFailure | null = null;
    for (const id of link.pending.filter((p) => p !== current)) {
      const older = await this.builds.get(id);
      try {
        if (older) link.latest = await this.commit(repository, older);
        link.pending = link.pending.filter((p) => p !== id);
      } catch (err) {
        failure = this.failure('GIT_COMMIT_FAILED', err);
        if (!existsSync(this.workspaces.of(id).releaseDir))
          link.pending = link.pending.filter((p) => p !== id);
      }
    }
    return failure;
  }

  private async refOf(repository: ReleaseRepository, releaseId: string): Promise<ReleaseGitRef | null> {
    const [tag] = await repository.tagsEndingWith(releaseTagSuffix(releaseId));
    const commit = tag ? await repository.resolve(`refs/tags/${tag}`) : null;
    return tag && commit ? { release_id: releaseId, commit, tag } : null;
  }

  private async moveDeployed(
    repository: ReleaseRepository,
    link: ServiceGitLink,
    ref: ReleaseGitRef | null,
    reason: string,
  ): Promise<GitFailure | null> {
    try {
      await repository.setDeployed(ref?.commit ?? null, reason);
      link.deployed = ref;
      return null;
    } catch (err) {
      return this.failure('GIT_REF_FAILED', err);
    }
  }

  /** Pushes everything to the service's remote, when one is configured. */
  private async pushAll(repository: ReleaseRepository, link: ServiceGitLink): Promise<GitFailure | null> {
    const target = this.pushTarget(link.service);
    if (!target) {
      link.pushed = null;
      return null;
    }
    try {
      await repository.push(target);
      link.pushed = true;
      return null;
    } catch (err) {
      link.pushed = false;
      return this.failure('GIT_PUSH_FAILED', err);
    }
  }

  /** The remote, with the credentials of an http(s) one in the push's environment. */
  private pushTarget(service: string): PushTarget | null {
    const template = this.config.GIT_REMOTE_TEMPLATE;
    if (!template) return null;
    const url = remoteUrlFor(template, service);
    const token = this.config.GIT_REMOTE_TOKEN;
    if (!token || !/^https?:\/\//.test(url)) return { url };
    return { url, env: httpCredentialEnv(this.config.GIT_REMOTE_USERNAME, token) };
  }

  private freshLink(service: string): ServiceGitLink {
    // A name that cannot name a repository still gets a link: it records why nothing was committed.
    const safely = <T>(fn: () => T, otherwise: T): T => {
      try {
        return fn();
      } catch {
        return otherwise;
      }
    };
    const template = this.config.GIT_REMOTE_TEMPLATE;
    const repository = safely(() => serviceRepositoryPath(this.root, service), this.root);
    const remote = template ? safely(() => redactUrl(remoteUrlFor(template, service)), null) : null;
    return {
      service,
      repository,
      remote,
      branch: RELEASES_BRANCH,
      deployed_ref: DEPLOYED_BRANCH,
      deployed: null,
      latest: null,
      pushed: null,
      pending: [],
      error: null,
      updated_at: new Date().toISOString(),
    };
  }

  private async save(link: ServiceGitLink): Promise<void> {
    link.updated_at = new Date().toISOString();
    await this.redis.set(this.keys.gitLink(link.service), JSON.stringify(link));
  }

  private failure(code: GitFailure['code'], err: unknown): GitFailure {
    let message = err instanceof Error ? err.message : String(err);
    const token = this.config.GIT_REMOTE_TOKEN;
    if (token) message = message.split(token).join('***');
    message = message.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1');
    return { code, message, at: new Date().toISOString() };
  }

  private event(phase: string, git: BuildGitLink, ref: ReleaseGitRef | null): NewPipelineEvent {
    const where = git.remote
      ? `${git.repository} (pushed to ${git.remote}: ${git.pushed ? 'yes' : 'no'})`
      : git.repository;
    const message = ref
      ? `release committed to git as ${ref.tag} (${ref.commit.slice(0, 12)}) in ${where}` +
        (git.error ? `; ${git.error.code}: ${git.error.message}` : '')
      : `git: ${git.error?.message ?? 'not committed'}; the deploy stands, the commit is retried on the next deploy`;
    return { phase, type: git.error ? 'error' : 'log', message, data: { git } };
  }
}
