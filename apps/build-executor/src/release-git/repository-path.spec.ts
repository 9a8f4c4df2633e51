import { join } from 'node:path';
import { redactUrl, REMOTE_TEMPLATE, remoteUrlFor, serviceRepositoryPath } from './repository-path';

describe('serviceRepositoryPath', () => {
  const root = '/data/git';

  it('puts a kebab-case service directly under the root as <name>.git', () => {
    expect(serviceRepositoryPath(root, 'notes-api')).toBe(join(root, 'notes-api.git'));
  });

  it.each([
    '../escape',
    '../../etc/passwd',
    'a/../../b',
    'a/b',
    '..',
    '.',
    '',
    '/abs/path',
    'notes\0api',
    '.hidden',
    'UPPER',
    'x'.repeat(64),
    'name.git/../..',
    'a\\..\\b',
  ])('refuses %j: it could leave the root or is not a service name', (name) => {
    expect(() => serviceRepositoryPath(root, name)).toThrow(/cannot name a repository/);
  });
});

describe('remote URLs', () => {
  it('fills {service} into the template', () => {
    expect(remoteUrlFor('https://git.example.com/org/{service}.git', 'notes-api')).toBe(
      'https://git.example.com/org/notes-api.git',
    );
  });

  it('refuses a path trick in the remote too', () => {
    expect(() => remoteUrlFor('https://h/{service}.git', '../x')).toThrow(/cannot name/);
  });

  it('removes user and password from a URL it shows', () => {
    expect(redactUrl('https://user:secret@host/x.git')).toBe('https://host/x.git');
    expect(redactUrl('https://token@host/x.git')).toBe('https://host/x.git');
    expect(redactUrl('ssh://git:pw@host/x.git')).toBe('ssh://host/x.git');
    expect(redactUrl('ssh://git@host/x.git')).toBe('ssh://git@host/x.git');
  });

  it('accepts http(s), ssh, file and scp-like templates, refuses embedded credentials and other schemes', () => {
    for (const ok of [
      'https://git.example.com/org/{service}.git',
      'ssh://git.example.com/org/{service}.git',
      'ssh://git@git.example.com/org/{service}.git',
      'file:///srv/git/{service}.git',
      'git@github.com:org/{service}.git',
    ])
      expect(REMOTE_TEMPLATE.test(ok)).toBe(true);
    for (const bad of [
      'https://user:tok@host/{service}.git',
      'https://tok@host/{service}.git',
      'ssh://u:pw@h/{service}',
      'ext::sh -c evil',
      'javascript:alert(1)',
      'https://h/a b',
    ])
      expect(REMOTE_TEMPLATE.test(bad)).toBe(false);
  });
});
