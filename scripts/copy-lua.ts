/**
 * Last step of `npm run build`: tsc emits only JavaScript, but the services load their Redis Lua scripts
 * from `.lua` files beside the code, so every `apps/**.lua` and `libs/**.lua` is copied to the same place
 * under `dist/`.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

for (const tree of ['apps', 'libs']) {
  for (const path of readdirSync(join(ROOT, tree), { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.lua')) continue;
    const target = join(ROOT, 'dist', tree, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(ROOT, tree, path), target);
  }
}
