import { existsSync } from 'node:fs';
import { UDC_RUNTIME_FILE } from './runtime-file';

it('points at the UDC runtime beside it, as source when running from source', () => {
  expect(UDC_RUNTIME_FILE).toMatch(/[/\\]libs[/\\]udc[/\\]src[/\\]server[/\\]udc-core\.ts$/);
  expect(existsSync(UDC_RUNTIME_FILE)).toBe(true);
});
