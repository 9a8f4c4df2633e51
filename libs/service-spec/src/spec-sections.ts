/** The fixed `## ` sections of a SPEC.md, in order (PRODUCT §5). */
export const SPEC_SECTIONS = [
  'Purpose',
  'Service',
  'Endpoints',
  'UDC compliance',
  'Dependencies',
  'Data model',
  'Configuration',
  'Error handling',
  'Acceptance criteria',
  'Non-functional',
] as const;

/** One of {@link SPEC_SECTIONS}. */
export type SpecSection = (typeof SPEC_SECTIONS)[number];
