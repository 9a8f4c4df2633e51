import { acceptanceCheckProblems, routeRequest, routeShape } from '@sf/service-spec';
import { todoContract } from './testing/todo-contract';

describe('routeRequest', () => {
  const c = todoContract();
  c.endpoints.push({ ...c.endpoints[2], id: 'search-todos', path: '/todos/search' });

  it('prefers a static segment over a parameter', () => {
    expect(routeRequest(c, 'GET', '/todos/search')).toMatchObject({
      kind: 'endpoint',
      endpoint: { id: 'search-todos' },
    });
    expect(routeRequest(c, 'GET', '/todos/abc')).toMatchObject({
      kind: 'endpoint',
      endpoint: { id: 'get-todo' },
      params: { id: 'abc' },
    });
  });

  it('answers method_not_allowed for a known path with another method', () => {
    expect(routeRequest(c, 'DELETE', '/todos/search')).toMatchObject({
      kind: 'method_not_allowed',
      allowed: ['GET'],
    });
  });

  it('answers not_found for an unknown path and ignores a trailing slash', () => {
    expect(routeRequest(c, 'GET', '/nope')).toEqual({ kind: 'not_found' });
    expect(routeRequest(c, 'GET', '/hello/')).toMatchObject({
      kind: 'endpoint',
      endpoint: { id: 'get-hello' },
    });
  });

  it('erases parameter names in route shapes', () => {
    expect(routeShape('/a/{id}/b')).toBe(routeShape('/a/{code}/b'));
    expect(routeShape('/')).toBe('/');
  });
});

describe('acceptanceCheckProblems', () => {
  it('accepts every check of a consistent contract', () => {
    const c = todoContract();
    for (const check of c.acceptance) expect(acceptanceCheckProblems(c, check)).toEqual([]);
  });

  it('requires some step to call the check endpoint', () => {
    const c = todoContract();
    const check = { ...c.acceptance[0], endpoint_id: 'get-hello' };
    expect(acceptanceCheckProblems(c, check)).toContain('has no step that calls get-hello');
  });
});
