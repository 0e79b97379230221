/**
 * Refuses JSON nested deeper than any real payload before it is parsed or walked: Meta's webhooks are under 10 levels
 * deep, our API bodies under 5, while 10,000 levels of `[` make recursive code (stringify, schema walks) overflow the
 * stack. One linear pass over the text, skipping strings.
 */
export const MAX_JSON_DEPTH = 64;

export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92 /* \ */) i++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
  }
  return false;
}
