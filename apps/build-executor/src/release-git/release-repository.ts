import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit, type GitEnvironment } from './git-command';

/** The branch that holds one commit per release, in the order they were deployed. */
export const RELEASES_BRANCH = 'main';
/** The branch that names the release serving now; it moves back on a rollback. */
export const DEPLOYED_BRANCH = 'deployed';

/** One release to commit: its tree on disk, message, tag and the time it is recorded at. */
export interface ReleaseCommit {
  /** The tree object of the commit (see {@link ReleaseRepository.treeOf}). */
  tree: string;
  message: string;
  tag: string;
  tagMessage: string;
  /** ISO-8601: author, committer and tagger date. */
  date: string;
}

/** Where {@link ReleaseRepository.push} sends refs, and the environment that carries its credentials. */
export interface PushTarget {
  url: string;
  env?: Record<string, string>;
}

/**
 * The environment of a push to an http(s) remote: a credential helper, set through `GIT_CONFIG_*` variables,
 * that answers with the user name and token from the same environment. Nothing secret goes into argv (seen
 * by `ps`), the repository's config or any file; git never prompts (`GIT_TERMINAL_PROMPT=0`).
 */
export function httpCredentialEnv(username: string, token: string): Record<string, string> {
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'credential.helper',
    GIT_CONFIG_VALUE_0:
      '!f() { test "$1" = get || exit 0; printf "username=%s\\npassword=%s\\n" "$SF_GIT_USERNAME" "$SF_GIT_TOKEN"; }; f',
    SF_GIT_USERNAME: username,
    SF_GIT_TOKEN: token,
  };
}

/**
 * One service's bare repository: a commit per release on `main`, an annotated tag per release, and a
 * `deployed` branch that follows what serves. Every write is safe to repeat: a release whose tag exists is
 * never committed again, and refs move by compare-and-set.
 */
export class ReleaseRepository {
  constructor(
    private readonly env: GitEnvironment,
    readonly path: string,
  ) {}

  /** Creates the bare repository when it does not exist (`git clone <path>` works on it). */
  async ensure(): Promise<void> {
    if (existsSync(join(this.path, 'HEAD'))) return;
    await mkdir(this.path, { recursive: true });
    await runGit(this.env, ['init', '--bare', '--quiet', `--initial-branch=${RELEASES_BRANCH}`, this.path]);
    // Keep the history of `deployed` (each deploy and rollback) in its reflog.
    await this.git(['config', 'core.logAllRefUpdates', 'always']);
  }

  /** The commit a ref names, or null when there is no such ref. */
  async resolve(ref: string): Promise<string | null> {
    const out = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1] });
    return out.code === 0 ? out.stdout.trim() : null;
  }

  /** Tags (short names) whose name ends with `suffix`, e.g. the tag of one release id. */
  async tagsEndingWith(suffix: string): Promise<string[]> {
    const out = await this.git(['for-each-ref', '--format=%(refname:short)', 'refs/tags/']);
    return out.stdout
      .split('\n')
      .filter((t) => t && t.endsWith(suffix))
      .sort();
  }

  /**
   * Commits a release and tags it, or returns the commit its tag already names (a repeated call after a
   * crash makes no second commit and does not fail on the tag). Resolves with the commit and whether it
   * was made now.
   */
  async commitRelease(release: ReleaseCommit): Promise<{ commit: string; created: boolean }> {
    const tagRef = `refs/tags/${release.tag}`;
    const tagged = await this.tagged(release.tag);
    if (tagged) return { commit: tagged, created: false };
    const parent = await this.resolve(`refs/heads/${RELEASES_BRANCH}`);
    const commit = (
      await this.git(['commit-tree', release.tree, ...(parent ? ['-p', parent] : []), '-F', '-'], {
        input: release.message,
        date: release.date,
      })
    ).stdout.trim();
    // The tag first: once it exists, a repeated call finds this commit instead of making another.
    const tag = await this.git(['tag', '--annotate', '--file=-', release.tag, commit], {
      input: release.tagMessage,
      date: release.date,
      okCodes: [128],
    });
    if (tag.code !== 0) {
      // Another writer tagged this release between our look and our write: its commit is the release.
      const theirs = await this.resolve(tagRef);
      if (!theirs) throw new Error(`cannot tag ${release.tag}: ${tag.stderr.trim()}`);
      await this.advanceMain(theirs);
      return { commit: theirs, created: false };
    }
    await this.advanceMain(commit);
    return { commit, created: true };
  }

  /**
   * The commit of an existing release tag, once `main` holds it (a crash between tag and branch update
   * is finished here); null when there is no such tag.
   */
  async tagged(tag: string): Promise<string | null> {
    const commit = await this.resolve(`refs/tags/${tag}`);
    if (commit) await this.advanceMain(commit);
    return commit;
  }

  /** Points `deployed` at `commit`, or deletes it when nothing serves (`null`). */
  async setDeployed(commit: string | null, reason: string): Promise<void> {
    const ref = `refs/heads/${DEPLOYED_BRANCH}`;
    if (commit) await this.git(['update-ref', '-m', reason, ref, commit]);
    else await this.git(['update-ref', '-m', reason, '-d', ref]);
  }

  /**
   * Pushes `main` (never forced), every tag, and `deployed` (forced: it moves back on a rollback) to a
   * remote. Everything is pushed each time, so what a failed push missed goes with the next one.
   */
  async push(target: PushTarget): Promise<void> {
    const refspecs = [
      `refs/heads/${RELEASES_BRANCH}:refs/heads/${RELEASES_BRANCH}`,
      'refs/tags/*:refs/tags/*',
    ];
    if (await this.resolve(`refs/heads/${DEPLOYED_BRANCH}`)) {
      refspecs.push(`+refs/heads/${DEPLOYED_BRANCH}:refs/heads/${DEPLOYED_BRANCH}`);
    }
    await this.git(['push', '--quiet', '--porcelain', target.url, ...refspecs], { env: target.env });
  }

  /** Moves `main` forward to `commit` when `main` is its parent (or absent); leaves it when it holds it. */
  private async advanceMain(commit: string): Promise<void> {
    const ref = `refs/heads/${RELEASES_BRANCH}`;
    const tip = await this.resolve(ref);
    if (tip === commit) return;
    if (tip) {
      const holds = await this.git(['merge-base', '--is-ancestor', commit, tip], { okCodes: [1] });
      if (holds.code === 0) return;
    }
    // Compare-and-set: fails, rather than losing a release, if another writer moved main meanwhile.
    await this.git(['update-ref', '-m', 'release', ref, commit, tip ?? '']);
  }

  /**
   * Writes the tree object of exactly the files under `dir` (a private index; ignore rules do not apply) and
   * returns its id. Objects only: no ref moves, so a tree nothing commits is merely unreferenced.
   */
  async treeOf(dir: string): Promise<string> {
    const index = `${dir}.index`;
    try {
      await this.git(['add', '--all', '--force', '.'], { workTree: dir, indexFile: index, cwd: dir });
      return (await this.git(['write-tree'], { indexFile: index })).stdout.trim();
    } finally {
      await rm(index, { force: true });
    }
  }

  private git(args: string[], call: Parameters<typeof runGit>[2] = {}) {
    return runGit(this.env, args, { gitDir: this.path, ...call });
  }
}
