/** Message templates (spec §4–§6): the model, Graph reads, parameters, previews, send payloads, checks, webhooks. */
export {
  type GraphTemplateError,
  type GraphTemplateItemError,
  type GraphTemplatePage,
  parseGraphTemplate,
  parseGraphTemplateList,
} from './from-graph.ts';
export type { GraphButtonSubType, GraphMediaReference, GraphSendComponent, GraphSendParameter } from './graph-send.ts';
export { type LocationValue, mediaReference, parseLocation } from './header-values.ts';
export { mergeTemplateSnapshot } from './merge.ts';
export {
  type HeaderFormat,
  type ParameterFormat,
  type PauseRecord,
  parseTemplateStatus,
  TEMPLATE_STATUSES,
  type Template,
  type TemplateButton,
  type TemplateComponent,
  type TemplateStatus,
  type TemplateWatermarks,
  templateKey,
  watermarksOf,
} from './model.ts';
export { MAX_BODY_LENGTH, MAX_COUPON_LENGTH, MAX_HEADER_LENGTH, parameterProblems } from './parameter-checks.ts';
export {
  HEADER_LOCATION,
  HEADER_MEDIA,
  optionalParameterKeys,
  parameterKey,
  type TemplateParameter,
  templateParameters,
} from './parameters.ts';
export { isBlocking, type TemplateProblem, type TemplateProblemCode, WARNING_CODES } from './problems.ts';
export { buildSendComponents, type RenderedTemplate, renderTemplate } from './render.ts';
export { applyTemplateCategoryUpdate, applyTemplateQualityUpdate, applyTemplateStatusUpdate } from './status.ts';
export { type TemplateSendRequest, validateTemplateSend } from './validate.ts';
