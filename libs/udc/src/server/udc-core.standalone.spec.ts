import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import ts from 'typescript';
import { checkUdc } from '../checker';

/*
 * Generated services get the compiled udc-core.js copied into their release directory and run it with plain
 * `node`, without node_modules. This compiles the file on its own, runs it from an empty temporary directory
 * in a child process with an empty environment, and checks the result is UDC compliant.
 */

const serviceMain = `
const http = require('node:http');
const { createUdcRuntime } = require('./udc-core.js');
const udc = createUdcRuntime({
  service: 'standalone', version: '0.1.0', features: ['echo'],
  endpoints: [{ method: 'GET', path: '/echo', description: 'echo' }],
  dependencies: [{ name: 'self', required: true, check: async () => true }],
});
const server = http.createServer((req, res) => {
  if (udc.handle(req, res)) return;
  udc.recordRequest(404);
  res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
`;

let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'udc-core-'));
  const source = await readFile(join(__dirname, 'udc-core.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  await writeFile(join(dir, 'udc-core.js'), outputText);
  await writeFile(join(dir, 'main.js'), serviceMain);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill();
    await once(child, 'exit');
  }
  await rm(dir, { recursive: true, force: true });
});

it('the compiled udc-core serves a compliant service under plain node with no node_modules', async () => {
  const proc = spawn(process.execPath, ['main.js'], {
    cwd: dir,
    env: {},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child = proc;
  const exited = once(proc, 'exit').then(([code]) => {
    throw new Error(`service exited with ${String(code)} before listening`);
  });
  const firstLine = once(createInterface({ input: proc.stdout }), 'line').then(([line]) => line as string);
  const { port } = JSON.parse(await Promise.race([firstLine, exited])) as { port: number };

  const report = await checkUdc(`http://127.0.0.1:${port}`);

  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
});
