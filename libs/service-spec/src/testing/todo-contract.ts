import type { IntentInput } from '@sf/contracts';
import { UDC_ENDPOINTS, type SpecContract } from '../spec-contract';

/** The intent {@link todoContract} realises (test support). */
export function todoIntent(): IntentInput {
  return {
    service_name: 'todo-service',
    service_type: 'domain',
    priority: 'medium',
    purpose: 'Keep a list of todos',
    key_features: ['Create todos', 'List todos', 'Mark todos as done', 'GET /hello'],
    dependencies: ['registry'],
    port: 8400,
    auto_build: true,
    approval_mode: 'auto',
  };
}

const notFound = { status: 404, body_contains: { error: { code: 'NOT_FOUND' } } };
const todo = { title: 'Buy milk', done: false };
const createStep = {
  request: { method: 'POST' as const, path: '/todos', body: todo },
  expect: { status: 201, body_contains: todo },
  save: { todo_id: 'id' },
};

/**
 * A complete, hand-written contract that scores 100 against {@link todoIntent}: tests break one thing at a
 * time and watch the matching rubric criterion lose points. Returns a fresh copy on every call.
 */
export function todoContract(): SpecContract {
  // Copied through JSON so that tests mutating one copy never see another's changes through shared step
  // objects (structuredClone would build the arrays in another realm under Jest, which ajv's const check rejects).
  return JSON.parse(
    JSON.stringify({
      contract_version: 1,
      service: {
        name: 'todo-service',
        type: 'domain',
        port: 8400,
        priority: 'medium',
        version: '1.0.0',
        purpose: 'Keep a list of todos',
        features: ['Create todos', 'List todos', 'Mark todos as done', 'GET /hello'],
      },
      dependencies: ['registry'],
      config: [{ name: 'PORT', default: '8400', description: 'TCP port' }],
      resources: [
        {
          name: 'todo',
          plural: 'todos',
          description: 'Something to do',
          fields: [
            { name: 'title', type: 'string', required: true, description: 'What to do', example: 'Buy milk' },
            {
              name: 'done',
              type: 'boolean',
              required: false,
              description: 'Finished',
              example: false,
              default: false,
            },
          ],
        },
      ],
      endpoints: [
        {
          id: 'create-todo',
          method: 'POST',
          path: '/todos',
          summary: 'Create a todo',
          features: ['Create todos'],
          behavior: { kind: 'create', resource: 'todo' },
          request: {
            body: {
              fields: [
                {
                  name: 'title',
                  type: 'string',
                  required: true,
                  description: 'What to do',
                  example: 'Buy milk',
                },
              ],
              allow_unknown: false,
              example: { title: 'Buy milk' },
            },
          },
          responses: [
            { status: 201, description: 'Stored', example: { id: 'todo-1', title: 'Buy milk', done: false } },
          ],
          errors: [{ status: 400, code: 'VALIDATION_FAILED', when: 'the body is invalid' }],
        },
        {
          id: 'get-todo',
          method: 'GET',
          path: '/todos/{id}',
          summary: 'Get a todo',
          features: ['Create todos'],
          behavior: { kind: 'get', resource: 'todo', param: 'id' },
          request: { params: [{ name: 'id', description: 'Todo id', example: 'todo-1' }] },
          responses: [
            {
              status: 200,
              description: 'The todo',
              example: { id: 'todo-1', title: 'Buy milk', done: false },
            },
          ],
          errors: [{ status: 404, code: 'NOT_FOUND', when: 'no todo has this id' }],
        },
        {
          id: 'list-todos',
          method: 'GET',
          path: '/todos',
          summary: 'List todos',
          features: ['List todos'],
          behavior: { kind: 'list', resource: 'todo' },
          request: {},
          responses: [
            {
              status: 200,
              description: 'All todos',
              example: [{ id: 'todo-1', title: 'Buy milk', done: false }],
            },
          ],
          errors: [{ status: 405, code: 'METHOD_NOT_ALLOWED', when: 'called with DELETE' }],
        },
        {
          id: 'set-todo-done',
          method: 'POST',
          path: '/todos/{id}/done',
          summary: 'Mark a todo as done',
          features: ['Mark todos as done'],
          behavior: { kind: 'toggle', resource: 'todo', param: 'id', field: 'done', value: true },
          request: { params: [{ name: 'id', description: 'Todo id', example: 'todo-1' }] },
          responses: [
            {
              status: 200,
              description: 'The todo',
              example: { id: 'todo-1', title: 'Buy milk', done: true },
            },
          ],
          errors: [{ status: 404, code: 'NOT_FOUND', when: 'no todo has this id' }],
        },
        {
          id: 'get-hello',
          method: 'GET',
          path: '/hello',
          summary: 'Greet',
          features: ['GET /hello'],
          behavior: { kind: 'static', status: 200, body: { message: 'Hello, world!' } },
          request: {},
          responses: [{ status: 200, description: 'A greeting', example: { message: 'Hello, world!' } }],
          errors: [{ status: 405, code: 'METHOD_NOT_ALLOWED', when: 'called with DELETE' }],
        },
      ],
      acceptance: [
        {
          id: 'AC-01',
          endpoint_id: 'create-todo',
          description: 'Create then read back.',
          kind: 'happy',
          steps: [
            createStep,
            {
              request: { method: 'GET', path: '/todos/{todo_id}' },
              expect: { status: 200, body_contains: todo },
            },
          ],
        },
        {
          id: 'AC-02',
          endpoint_id: 'create-todo',
          description: 'Missing title is refused.',
          kind: 'error',
          steps: [
            {
              request: { method: 'POST', path: '/todos', body: {} },
              expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
            },
          ],
        },
        {
          id: 'AC-03',
          endpoint_id: 'get-todo',
          description: 'Read by id.',
          kind: 'happy',
          steps: [
            createStep,
            {
              request: { method: 'GET', path: '/todos/{todo_id}' },
              expect: { status: 200, body_contains: todo },
            },
          ],
        },
        {
          id: 'AC-04',
          endpoint_id: 'get-todo',
          description: 'Unknown id.',
          kind: 'error',
          steps: [{ request: { method: 'GET', path: '/todos/nope' }, expect: notFound }],
        },
        {
          id: 'AC-05',
          endpoint_id: 'list-todos',
          description: 'List includes a new todo.',
          kind: 'happy',
          steps: [
            createStep,
            {
              request: { method: 'GET', path: '/todos' },
              expect: { status: 200, body_is_array: true, body_contains: [todo] },
            },
          ],
        },
        {
          id: 'AC-06',
          endpoint_id: 'list-todos',
          description: 'DELETE on the collection is not allowed.',
          kind: 'error',
          steps: [
            {
              request: { method: 'DELETE', path: '/todos' },
              expect: { status: 405, body_contains: { error: { code: 'METHOD_NOT_ALLOWED' } } },
            },
          ],
        },
        {
          id: 'AC-07',
          endpoint_id: 'set-todo-done',
          description: 'Mark done.',
          kind: 'happy',
          steps: [
            createStep,
            {
              request: { method: 'POST', path: '/todos/{todo_id}/done' },
              expect: { status: 200, body_contains: { done: true } },
            },
          ],
        },
        {
          id: 'AC-08',
          endpoint_id: 'set-todo-done',
          description: 'Unknown id.',
          kind: 'error',
          steps: [{ request: { method: 'POST', path: '/todos/nope/done' }, expect: notFound }],
        },
        {
          id: 'AC-09',
          endpoint_id: 'get-hello',
          description: 'Greets.',
          kind: 'happy',
          steps: [
            {
              request: { method: 'GET', path: '/hello' },
              expect: { status: 200, body_contains: { message: 'Hello, world!' } },
            },
          ],
        },
        {
          id: 'AC-10',
          endpoint_id: 'get-hello',
          description: 'DELETE is not allowed.',
          kind: 'error',
          steps: [
            {
              request: { method: 'DELETE', path: '/hello' },
              expect: { status: 405, body_contains: { error: { code: 'METHOD_NOT_ALLOWED' } } },
            },
          ],
        },
      ],
      non_functional: {
        latency_p95_ms: 100,
        max_body_bytes: 1048576,
        security: ['Request bodies are validated against the declared fields.'],
      },
      udc: { version: '1.0', endpoints: [...UDC_ENDPOINTS] },
    } satisfies SpecContract),
  ) as SpecContract;
}
