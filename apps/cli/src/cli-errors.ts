/** Exit codes of `sovereign` (docs/cli.md). */
export const EXIT = {
  /** Done; for `submit --watch` and `watch`: deployed. */
  ok: 0,
  /** The API refused the request, or the intent/build ended without being deployed. */
  failed: 1,
  /** Bad command line or unreadable input file. */
  usage: 2,
  /** The factory or executor could not be reached. */
  unreachable: 3,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports and exits with: a stable code, a message, optional details and hints. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
    /** Lines telling the user what to do next. */
    readonly hints: string[] = [],
  ) {
    super(message);
  }
}

/** A bad command line or input file (exit 2). */
export class UsageError extends CliError {
  constructor(code: string, message: string, details?: unknown, hints: string[] = []) {
    super(EXIT.usage, code, message, details, hints);
  }
}

/** An answer of the API that is not a success (exit 1), carrying the API's error code and details. */
export class ApiError extends CliError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    details?: unknown,
    hints: string[] = [],
  ) {
    super(EXIT.failed, code, message, details, hints);
  }
}

/** Nothing answered at a URL (exit 3). */
export class UnreachableError extends CliError {
  constructor(
    readonly url: string,
    cause: string,
    what = 'the factory',
  ) {
    super(EXIT.unreachable, 'UNREACHABLE', `cannot reach ${what} at ${url} (${cause})`, { url, cause }, [
      'Is it running (`npm start`)? Is --url right?',
      'Run `sovereign doctor` to check Node, Redis, bwrap, the ports and the data directory.',
    ]);
  }
}

/** Hints for a refused credential (401): where a new one comes from. */
export const CREDENTIAL_HINTS = [
  'The credential was refused: it is missing, mistyped, expired or revoked.',
  'Get a new API key from an admin (`sovereign keys create <name> --role <role>`), or use the local admin key',
  'in DATA_DIR/credentials/admin.key (written at the first start); pass it with --token or SF_API_KEY.',
];
