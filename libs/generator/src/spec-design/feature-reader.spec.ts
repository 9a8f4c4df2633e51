import { readFeature } from './feature-reader';

describe('readFeature', () => {
  it.each([
    ['Create todo items', ['create'], 'todo'],
    ['List todos', ['list'], 'todo'],
    ['Delete a todo', ['delete'], 'todo'],
    ['Create, list and delete notes', ['create', 'list', 'delete'], 'note'],
    ['Users can create invoices', ['create'], 'invoice'],
    ['Payment processing', ['create'], 'payment'],
    ['Upload media files', ['create'], 'file'],
    ['Book a room', ['reserve'], 'room'],
    ['List books', ['list'], 'book'],
    ['Refunds', [], 'refund'],
    ['Stripe integration', ['integrate'], null],
    ['Webhooks', ['webhook'], null],
    ['Créer des tâches', ['create'], 'task'],
    ['Aufgaben erstellen', ['create'], 'task'],
    ['Eliminar pedidos', ['delete'], 'order'],
    ['Cadastrar clientes', ['create'], 'customer'],
    ['创建待办事项', [], null],
    [
      'keep products with a name and a price: add them, list them and look one up by id',
      ['create', 'list', 'get'],
      'product',
    ],
  ])('reads %j as %j on %j', (text, actions, noun) => {
    const r = readFeature(text);
    expect(r.actions).toEqual(actions);
    expect(r.noun).toBe(noun);
  });

  it('reads the field a search filters by and the flag a toggle sets', () => {
    expect(readFeature('Search todos by title or author').byFields).toEqual(['title', 'author']);
    expect(readFeature('Buscar tareas por título').byFields).toEqual(['title']);
    expect(readFeature('Mark messages as read').toggle).toEqual({ field: 'read', value: true });
    expect(readFeature('Aufgabe als erledigt markieren').toggle).toEqual({ field: 'done', value: true });
    expect(readFeature('Disable users').toggle).toEqual({ field: 'enabled', value: false });
    expect(readFeature('Toggle todos').toggle).toEqual({ field: 'done' });
  });

  it('takes a written route literally and makes its path safe', () => {
    expect(readFeature('GET /hello endpoint').literal).toEqual({ method: 'GET', path: '/hello' });
    expect(readFeature('get /users/:userId/posts/<postId>.').literal).toEqual({
      method: 'GET',
      path: '/users/{user_id}/posts/{post_id}',
    });
    expect(readFeature('POST /ünïcode/{a}/{a}?x=1').literal).toEqual({
      method: 'POST',
      path: '/unicode/{a}/{a_2}',
    });
    expect(readFeature('GET /中文').literal?.path).toMatch(/^\/x[0-9a-f]{4}$/);
    expect(readFeature('FORGET /nothing').literal).toBeNull();
  });

  it('notices units, aggregations and vendors', () => {
    expect(readFeature('Convert distances from km to miles')).toMatchObject({
      actions: ['convert'],
      units: 'length',
    });
    expect(readFeature('Compute the average of scores')).toMatchObject({
      actions: ['aggregate'],
      aggregate: 'average',
    });
    expect(readFeature('Receive GitHub webhooks').vendor).toBe('github');
  });
});
