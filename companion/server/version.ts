/** The companion's version, from package.json (reported by GET /health and `doctor`). */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
