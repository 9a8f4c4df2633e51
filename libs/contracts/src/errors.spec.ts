import { AppError, isTransientError } from './errors';

describe('isTransientError', () => {
  it('trusts a typed error that says what it is', () => {
    expect(isTransientError(new AppError('VALIDATION_FAILED', 'bad'))).toBe(false);
    expect(isTransientError(new AppError('SERVICE_UNAVAILABLE', 'later', undefined, true))).toBe(true);
    expect(isTransientError(Object.assign(new Error('429'), { transient: true }))).toBe(true);
    expect(isTransientError(Object.assign(new Error('schema'), { transient: false }))).toBe(false);
  });

  it('retries anything else (a lost connection, a crash mid-step), since every step resumes', () => {
    expect(isTransientError(new Error('Connection is closed.'))).toBe(true);
    expect(isTransientError('weird')).toBe(true);
  });
});
