/**
 * The fake LLM vendor as its own process (for benchmarks): answers every structured-output request with a small
 * valid SPEC draft and prints `listening on <url>` (the Anthropic base URL; OpenAI is under `<url>/v1`).
 */
import { startFakeLlmVendor } from './fake-llm-vendor';

async function main(): Promise<void> {
  const fake = await startFakeLlmVendor({
    answer: () => ({ spec_markdown: '# SPEC\n\nA small draft from the fake vendor.\n' }),
    usage: { input_tokens: 1_200, output_tokens: 300, cache_read_tokens: 6_000, cache_write_tokens: 0 },
  });
  // Recorded requests would grow without bound over a long benchmark.
  setInterval(() => fake.requests.splice(0), 1_000).unref();
  console.log(`listening on ${fake.anthropicURL}`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
