/**
 * Shapes of `GET /{waba-id}/message_templates` (spec §6). Loose objects: Meta adds fields all the time and an
 * unknown field must never lose a template. Enum-like strings stay strings here; from-graph.ts interprets them.
 */
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.nonEmpty());

export const GraphButtonSchema = v.looseObject({
  type: Text,
  text: v.nullish(v.string()),
  url: v.nullish(v.string()),
  phone_number: v.nullish(v.string()),
  otp_type: v.nullish(v.string()),
  /** A COPY_CODE button's example coupon: a string at creation, a one-element array in some reads. */
  example: v.nullish(v.unknown()),
});

export const GraphComponentSchema = v.looseObject({
  type: Text,
  format: v.nullish(v.string()),
  text: v.nullish(v.string()),
  buttons: v.nullish(v.array(GraphButtonSchema)),
});

export const GraphTemplateSchema = v.looseObject({
  id: v.pipe(
    v.union([Text, v.pipe(v.number(), v.integer(), v.minValue(0))]),
    v.transform((id) => String(id)),
  ),
  name: Text,
  language: Text,
  status: v.nullish(v.string()),
  category: Text,
  components: v.array(GraphComponentSchema),
  /** An object `{score, date}` per spec §6; a bare string in some SDKs. */
  quality_score: v.nullish(v.union([v.looseObject({ score: v.nullish(v.string()) }), v.string()])),
  rejected_reason: v.nullish(v.string()),
  parameter_format: v.nullish(v.string()),
  previous_category: v.nullish(v.string()),
  correct_category: v.nullish(v.string()),
});

export const GraphTemplatePageSchema = v.looseObject({
  data: v.array(v.unknown()),
  paging: v.nullish(
    v.looseObject({
      cursors: v.nullish(v.looseObject({ before: v.nullish(v.string()), after: v.nullish(v.string()) })),
      next: v.nullish(v.string()),
    }),
  ),
});

export type GraphTemplate = v.InferOutput<typeof GraphTemplateSchema>;
export type GraphComponent = v.InferOutput<typeof GraphComponentSchema>;
export type GraphButton = v.InferOutput<typeof GraphButtonSchema>;
