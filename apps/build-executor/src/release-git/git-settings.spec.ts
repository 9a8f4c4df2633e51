import { ConfigError } from '@sf/platform';
import { loadExecutorConfig } from '../config/executor.config';

describe('git settings of the executor', () => {
  it('commits releases by default, under DATA_DIR/git, with no remote', () => {
    const config = loadExecutorConfig({});
    expect(config.GIT_RELEASES).toBe(true);
    expect(config.GIT_RELEASES_DIR).toBeUndefined();
    expect(config.GIT_REMOTE_TEMPLATE).toBeUndefined();
  });

  it.each([
    ['credentials in the URL', 'https://user:token@git.example.com/org/{service}.git'],
    ['a token as the user', 'https://token@git.example.com/org/{service}.git'],
    ['no {service}', 'https://git.example.com/org/one.git'],
    ['a transport that runs commands', 'ext::sh -c touch% /tmp/x'],
    ['not a URL', 'git.example.com/{service}'],
  ])('refuses a remote template with %s', (_, template) => {
    expect(() => loadExecutorConfig({ GIT_REMOTE_TEMPLATE: template })).toThrow(ConfigError);
    expect(() => loadExecutorConfig({ GIT_REMOTE_TEMPLATE: template })).toThrow(/GIT_REMOTE_TEMPLATE/);
  });

  it('takes a remote template and keeps the token out of it', () => {
    const config = loadExecutorConfig({
      GIT_REMOTE_TEMPLATE: 'https://git.example.com/org/{service}.git',
      GIT_REMOTE_TOKEN: 'secret',
      GIT_RELEASES: 'false',
    });
    expect(config.GIT_REMOTE_TEMPLATE).toBe('https://git.example.com/org/{service}.git');
    expect(config.GIT_RELEASES).toBe(false);
  });
});
