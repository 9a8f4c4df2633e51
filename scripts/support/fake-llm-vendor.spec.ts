import Anthropic from '@anthropic-ai/sdk';
import { callerTagOf, startFakeLlmVendor, taggedBaseURL, type FakeLlmVendor } from './fake-llm-vendor';

/** The fake vendor tells who called through a tagged base URL, with the real SDK building the requests. */
describe('fake LLM vendor: caller tags', () => {
  let fake: FakeLlmVendor;
  const tags: (string | null)[] = [];

  beforeAll(async () => {
    fake = await startFakeLlmVendor({
      answer: (_vendor, _body, request) => {
        tags.push(callerTagOf(request));
        return { ok: true };
      },
    });
  });
  afterAll(() => fake.close());

  const ask = (baseURL: string) =>
    new Anthropic({ apiKey: 'sk-ant-test', baseURL, maxRetries: 0 }).messages.create({
      model: 'claude-test',
      max_tokens: 16,
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ name: 'emit_x_output', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'emit_x_output' },
    });

  it('answers through a tagged base URL and reads the tag back; an untagged call has none', async () => {
    tags.length = 0;
    const tagged = await ask(taggedBaseURL(fake.anthropicURL, 'executor-2~3'));
    const plain = await ask(fake.anthropicURL);
    expect(tagged.content[0]).toMatchObject({ type: 'tool_use', input: { ok: true } });
    expect(plain.content[0]).toMatchObject({ type: 'tool_use', input: { ok: true } });
    expect(tags).toEqual(['executor-2~3', null]);
  });

  it('still refuses a path that is not a vendor route behind a tag', async () => {
    const res = await fetch(`${taggedBaseURL(fake.anthropicURL, 'a')}/v1/other`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(404);
  });
});
