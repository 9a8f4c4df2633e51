import { OfflineProvider } from '@sf/generator';
import type { LlmRole } from '@sf/llm';

/*
 * Makes the fake vendor answer like a capable model: it reads the role and the role input back from the
 * request (the prompt's `<tag>json</tag>` data blocks) and answers with the offline provider's output for
 * them, so a whole pipeline can run through the real SDKs and the wire formats.
 */

const offline = new OfflineProvider();

/** The role inputs a prompt carries, read back from its `<tag>json</tag>` data blocks. */
function inputFromPrompt(text: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const m of text.matchAll(/<([a-z0-9_]+)>\n([\s\S]*?)\n<\/\1>/g)) input[m[1]] = JSON.parse(m[2]);
  return input;
}

/** The role a request to the fake asks for, and the role input its prompt carries. */
export function readModelRequest(
  vendor: 'anthropic' | 'openai',
  body: any,
): { role: LlmRole; input: Record<string, unknown> } {
  const role = (
    vendor === 'openai'
      ? String(body.response_format.json_schema.name).replace(/_output$/, '')
      : String(body.tools[0].name).replace(/^emit_|_output$/g, '')
  ) as LlmRole;
  const user =
    vendor === 'openai'
      ? String(body.messages.find((m: { role: string }) => m.role === 'user').content)
      : String(body.messages[0].content);
  return { role, input: inputFromPrompt(user) };
}

/** Answers as a model would: the offline provider's output for the role input found in the prompt. */
export function answerLikeAModel(vendor: 'anthropic' | 'openai', body: any): unknown {
  const { role, input } = readModelRequest(vendor, body);
  if (role === 'fixer') input.iteration = 1;
  return offline.answer(role, input);
}
