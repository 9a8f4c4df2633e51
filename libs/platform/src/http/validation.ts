import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from '@sf/contracts';

/** One invalid field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/**
 * The global body/query validation: whitelist + forbidNonWhitelisted + transform (CONVENTIONS habit 4),
 * reporting every problem as `VALIDATION_FAILED` with the offending and unknown fields named.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flatten(errors);
      const unknown = fields
        .filter((f) => f.problems.some((p) => p.endsWith('should not exist')))
        .map((f) => f.field);
      const invalid = fields.filter((f) => !unknown.includes(f.field));
      const parts: string[] = [];
      if (unknown.length) parts.push(`unknown field(s): ${unknown.join(', ')}`);
      if (invalid.length) parts.push(`invalid field(s): ${invalid.map((f) => f.field).join(', ')}`);
      return new AppError('VALIDATION_FAILED', parts.join('; '), {
        unknown_fields: unknown,
        fields: invalid,
      });
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
