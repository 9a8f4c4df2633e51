import { defaultLimits, prlimitArgs, resolveLimits } from './limits';

describe('sandbox limits', () => {
  it('overlays the given limits on the defaults', () => {
    const limits = resolveLimits({ processes: 32 });

    expect(limits).toEqual({ ...defaultLimits(), processes: 32 });
  });

  it('rejects limits that are not positive integers, naming each', () => {
    const resolve = () => resolveLimits({ cpuSeconds: 0, memoryBytes: 1.5, outputBytes: Number.NaN });

    expect(resolve).toThrow(/cpuSeconds=0.*memoryBytes=1\.5.*outputBytes=NaN/);
  });

  it('turns the limits into prlimit options with a hard CPU limit one second above the soft one', () => {
    const args = prlimitArgs({ ...defaultLimits(), cpuSeconds: 5, memoryBytes: 1000 }, 77);

    expect(args).toEqual(expect.arrayContaining(['--cpu=5:6', '--data=1000', '--nproc=77', '--core=0']));
  });
});
