import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { ErrorBox, Loading, toApiError, useApp, useLoad } from '../ui';

/** A property of the submit body's JSON schema (as published in `/docs-json`). */
interface Prop {
  type?: string;
  enum?: string[];
  default?: unknown;
  description?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Prop;
}

interface Schema {
  required?: string[];
  properties: Record<string, Prop>;
}

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
}

/** Words for the schema's field names (anything else is shown as named). */
const LABELS: Record<string, string> = {
  service_name: 'Service name',
  service_type: 'Service type',
  priority: 'Priority',
  purpose: 'Purpose',
  key_features: 'Key features (one per line)',
  dependencies: 'Dependencies (one per line)',
  port: 'Port',
  auto_build: 'Build as soon as the SPEC passes',
  approval_mode: 'Approval mode',
};

const HELP: Record<string, string> = {
  approval_mode:
    'auto: no stops; checkpoints: approve the SPEC and the deploy; final: approve the deploy only.',
};

/** The example intent to start from. */
const EXAMPLE: Record<string, unknown> = {
  service_name: 'temperature-converter',
  service_type: 'domain',
  priority: 'medium',
  purpose: 'Convert temperatures between Celsius and Fahrenheit for the lab dashboards',
  key_features: ['Convert Celsius to Fahrenheit', 'Convert Fahrenheit to Celsius'],
  dependencies: [],
  port: 8420,
  auto_build: true,
  approval_mode: 'auto',
};

type Values = Record<string, string | boolean>;

function initial(schema: Schema): Values {
  const v: Values = {};
  for (const [name, p] of Object.entries(schema.properties)) {
    if (p.type === 'boolean') v[name] = p.default === undefined ? false : Boolean(p.default);
    else if (p.enum) v[name] = typeof p.default === 'string' ? p.default : '';
    else v[name] = '';
  }
  return v;
}

function fromExample(schema: Schema): Values {
  const v = initial(schema);
  for (const [name, value] of Object.entries(EXAMPLE)) {
    if (!(name in schema.properties)) continue;
    v[name] = Array.isArray(value) ? value.join('\n') : typeof value === 'boolean' ? value : String(value);
  }
  return v;
}

/** Form values → the request body, typed as the schema says (bad numbers are left for the API to refuse). */
function toBody(schema: Schema, values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(schema.properties)) {
    const v = values[name];
    if (p.type === 'boolean') body[name] = Boolean(v);
    else if (p.type === 'array') {
      const lines = String(v)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > 0 || schema.required?.includes(name)) body[name] = lines;
    } else if (p.type === 'integer' || p.type === 'number') {
      if (String(v).trim() !== '') body[name] = Number.isFinite(Number(v)) ? Number(v) : String(v);
    } else if (String(v) !== '' || schema.required?.includes(name)) body[name] = String(v);
  }
  return body;
}

function hint(p: Prop): string {
  const parts: string[] = [];
  if (p.description) parts.push(p.description);
  if (p.maxLength) parts.push(`up to ${p.maxLength} characters`);
  if (p.type === 'array' && p.maxItems)
    parts.push(
      `${p.minItems ?? 0}–${p.maxItems} lines${p.items?.maxLength ? `, each up to ${p.items.maxLength} characters` : ''}`,
    );
  if (p.minimum !== undefined && p.maximum !== undefined) parts.push(`${p.minimum}–${p.maximum}`);
  return parts.join('; ');
}

export function SubmitPage(): VNode {
  const { api } = useApp();
  const doc = useLoad(() => api.factory<OpenApi>('GET', '/docs-json'), []);
  const schema =
    doc.data?.paths['/intents/submit']?.post?.requestBody?.content?.['application/json']?.schema ?? null;
  if (!schema)
    return doc.error ? (
      <ErrorBox error={doc.error} title="Cannot load the submit schema" />
    ) : (
      <Loading what="the form" />
    );
  return <SubmitForm schema={schema} />;
}

function SubmitForm({ schema }: { schema: Schema }): VNode {
  const { api } = useApp();
  const [values, setValues] = useState<Values>(() => initial(schema));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = new Map((error?.fields ?? []).map((f) => [f.field, f.problems]));
  const set = (name: string, v: string | boolean) => setValues((prev) => ({ ...prev, [name]: v }));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api.factory<{ intent_id: string }>(
        'POST',
        '/intents/submit',
        toBody(schema, values),
        {
          'idempotency-key': `ui-${crypto.randomUUID()}`,
        },
      );
      window.location.hash = `#/intents/${res.intent_id}`;
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page">
      <h1>Submit an intent</h1>
      <form class="card form" onSubmit={(e) => void submit(e)} noValidate>
        <p>
          <button type="button" class="secondary" onClick={() => setValues(fromExample(schema))}>
            Fill in an example
          </button>
        </p>
        {error ? (
          <div class="error" role="alert" data-testid="submit-error">
            <strong>Not submitted:</strong> {error.readable}
            {error.unknownFields.length > 0 ? <p>Unknown fields: {error.unknownFields.join(', ')}</p> : null}
          </div>
        ) : null}
        {Object.entries(schema.properties).map(([name, p]) => {
          const id = `f-${name}`;
          const problems = fieldErrors.get(name);
          const described = [hint(p) || HELP[name] ? `${id}-hint` : '', problems ? `${id}-err` : '']
            .filter(Boolean)
            .join(' ');
          const common = {
            id,
            name,
            'aria-invalid': problems ? true : undefined,
            'aria-describedby': described || undefined,
            required: schema.required?.includes(name),
          };
          const label = LABELS[name] ?? name;
          let control: VNode;
          if (p.type === 'boolean') {
            return (
              <div class="field check" key={name}>
                <input
                  {...common}
                  type="checkbox"
                  checked={Boolean(values[name])}
                  onChange={(e) => set(name, (e.target as HTMLInputElement).checked)}
                />
                <label for={id}>{label}</label>
                {problems ? <FieldError id={`${id}-err`} problems={problems} /> : null}
              </div>
            );
          }
          if (p.enum) {
            control = (
              <select
                {...common}
                value={String(values[name])}
                onChange={(e) => set(name, (e.target as HTMLSelectElement).value)}
              >
                {p.default === undefined ? <option value="">choose…</option> : null}
                {p.enum.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            );
          } else if (p.type === 'array' || name === 'purpose') {
            control = (
              <textarea
                {...common}
                rows={name === 'purpose' ? 3 : 4}
                value={String(values[name])}
                onInput={(e) => set(name, (e.target as HTMLTextAreaElement).value)}
              />
            );
          } else {
            control = (
              <input
                {...common}
                type={p.type === 'integer' ? 'number' : 'text'}
                inputMode={p.type === 'integer' ? 'numeric' : undefined}
                value={String(values[name])}
                onInput={(e) => set(name, (e.target as HTMLInputElement).value)}
              />
            );
          }
          return (
            <div class="field" key={name}>
              <label for={id}>
                {label}
                {schema.required?.includes(name) ? <span aria-hidden="true"> *</span> : null}
              </label>
              {control}
              {hint(p) || HELP[name] ? (
                <p class="hint" id={`${id}-hint`}>
                  {[HELP[name], hint(p)].filter(Boolean).join(' ')}
                </p>
              ) : null}
              {problems ? <FieldError id={`${id}-err`} problems={problems} /> : null}
            </div>
          );
        })}
        <button type="submit" disabled={busy}>
          {busy ? 'Submitting…' : 'Submit intent'}
        </button>
      </form>
    </div>
  );
}

function FieldError({ id, problems }: { id: string; problems: string[] }): VNode {
  return (
    <p class="field-error" id={id}>
      {problems.join('; ')}
    </p>
  );
}
