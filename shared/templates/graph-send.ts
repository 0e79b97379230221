/**
 * The `template.components` array of a Cloud API send (spec §5), as Meta reads it: lower-case component types,
 * parameters in the order of the variables, `parameter_name` on every text parameter of a named template, and
 * button components addressed by `sub_type` and the button's position as a string.
 */

export type GraphMediaReference = { link: string } | { id: string };

export type GraphSendParameter =
  | { type: 'text'; text: string; parameter_name?: string }
  | { type: 'image'; image: GraphMediaReference }
  | { type: 'video'; video: GraphMediaReference }
  | { type: 'document'; document: GraphMediaReference }
  /** [UNCERTAIN] GIF headers (Marketing Messages API only, spec §6) are sent as `gif`, per BSP examples. */
  | { type: 'gif'; gif: GraphMediaReference }
  | { type: 'location'; location: { latitude: string; longitude: string; name?: string; address?: string } }
  | { type: 'payload'; payload: string }
  | { type: 'coupon_code'; coupon_code: string };

export type GraphButtonSubType = 'url' | 'quick_reply' | 'copy_code';

export type GraphSendComponent =
  | { type: 'header'; parameters: GraphSendParameter[] }
  | { type: 'body'; parameters: GraphSendParameter[] }
  | { type: 'button'; sub_type: GraphButtonSubType; index: string; parameters: GraphSendParameter[] };
