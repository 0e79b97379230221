/**
 * Send-time values of non-text headers (spec §5, §6): media headers take an uploaded media id or a link; location
 * headers take coordinates (plus optional name and address), chosen at send time, not at creation.
 */

/** `{ link }` for an http(s) URL, `{ id }` for a media id (digits), undefined for anything else. */
export function mediaReference(value: string): { link: string } | { id: string } | undefined {
  const trimmed = value.trim();
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { link: trimmed };
  if (/^\d+$/.test(trimmed)) return { id: trimmed };
  return undefined;
}

export interface LocationValue {
  latitude: string;
  longitude: string;
  name?: string;
  address?: string;
}

const LOCATION = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*(?:\|([^|]*?)\s*)?(?:\|([^|]*?)\s*)?$/;

/** Reads `"latitude,longitude"` or `"latitude,longitude|name|address"`; undefined when malformed or out of range. */
export function parseLocation(value: string): LocationValue | undefined {
  const match = LOCATION.exec(value);
  if (!match) return undefined;
  const [, latitude = '', longitude = '', name, address] = match;
  if (Math.abs(Number(latitude)) > 90 || Math.abs(Number(longitude)) > 180) return undefined;
  const location: LocationValue = { latitude, longitude };
  if (name?.trim()) location.name = name.trim();
  if (address?.trim()) location.address = address.trim();
  return location;
}
