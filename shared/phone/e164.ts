/**
 * Facts about numbers already in E.164 form, without phone metadata: contact keys come from the companion (which
 * parses with libphonenumber-js's full metadata) and CRM numbers reach the worker and the panel in international form
 * (the content script's e164Of), so the extension needs no metadata of its own. The companion's gate still has the
 * last word on every send.
 */

/** "+" then a country code and number, 7–15 digits in all, nothing else: the form contact keys and sends use. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}

/**
 * NANP area codes (NPA) that libphonenumber-js 1.13 (max metadata) assigns to the US or its territories (PR, VI, GU, AS,
 * MP), by hundreds. In NANP the area code alone decides the country: an exhaustive scan of +1 NPA NXX XXXX found no area
 * code shared by a US and a non-US country, so this table answers exactly what the full metadata answers for every
 * valid number (e164.test.ts checks it against libphonenumber-js/max). Canada and the Caribbean NANP countries have
 * their own area codes and are not here; 8xx toll-free and 5xx/9xx non-geographic codes are US, as in the metadata.
 */
const US_AREA_CODES: Record<string, string> = {
  2: '01 02 03 05 06 07 08 09 10 12 13 14 15 16 17 18 19 20 23 24 25 27 28 29 31 34 35 39 40 48 51 52 53 54 56 60 62 67 69 70 72 74 76 79 81 83',
  3: '01 02 03 04 05 07 08 09 10 12 13 14 15 16 17 18 19 20 21 23 24 25 26 27 29 30 31 32 34 36 37 39 40 41 46 47 50 51 52 53 60 61 63 64 69 80 85 86',
  4: '01 02 04 05 06 07 08 09 10 12 13 14 15 17 19 23 24 25 30 32 34 35 40 42 43 45 47 48 58 63 64 69 70 72 75 78 79 80 84',
  5: '00 01 02 03 04 05 07 08 09 10 12 13 15 16 17 18 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 39 40 41 44 51 57 59 61 62 63 64 66 67 70 71 72 73 74 75 77 80 82 85 86 88',
  6: '01 02 03 05 06 07 08 09 10 12 14 15 16 17 18 19 20 23 26 28 29 30 31 36 40 41 45 46 50 51 56 57 59 60 61 62 67 69 70 71 78 80 81 82 84 86 89',
  7: '01 02 03 04 06 07 08 12 13 14 15 16 17 18 19 20 24 25 26 27 28 30 31 32 34 37 38 40 43 47 48 54 57 60 62 63 65 69 70 71 72 73 74 75 79 81 85 86 87',
  8: '00 01 02 03 04 05 06 08 10 12 13 14 15 16 17 18 20 21 26 28 30 31 32 33 35 38 39 40 43 44 45 47 48 50 54 55 56 57 58 59 60 62 63 64 65 66 70 72 77 78 88',
  9: '00 01 03 04 06 07 08 09 10 12 13 14 15 16 17 18 19 20 25 28 29 30 31 34 36 37 38 39 40 41 43 45 47 48 49 51 52 54 56 59 70 71 72 73 75 78 79 80 83 84 85 86 89',
};

const US_NPAS = new Set(
  Object.entries(US_AREA_CODES).flatMap(([hundred, codes]) => codes.split(' ').map((code) => hundred + code)),
);

/**
 * US phone numbers get no marketing templates since 2025-04-01 (spec §0, §7): "+1 and a US area code".
 * NANP also covers Canada and the Caribbean, which are not US numbers; the US territories (PR, VI, GU, AS, MP)
 * have US area codes and are treated as US, the stricter reading. Takes E.164 ("+16505551234"); anything else is
 * not a US number.
 */
export function isUsE164(e164: string): boolean {
  const nanp = /^\+1([2-9]\d\d)[2-9]\d{6}$/.exec(e164);
  return nanp !== null && US_NPAS.has(nanp[1] ?? '');
}
