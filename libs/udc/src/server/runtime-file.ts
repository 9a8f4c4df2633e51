import { extname, join } from 'node:path';

/**
 * Absolute path of the UDC server runtime that generated services carry as `udc-core.js`: the compiled
 * file when this library runs from `dist/`, its TypeScript source when it runs from source (Jest). The
 * runtime imports nothing, so the file works on its own once compiled.
 */
export const UDC_RUNTIME_FILE = join(__dirname, `udc-core${extname(__filename)}`);
