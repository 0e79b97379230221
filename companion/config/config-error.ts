/**
 * A configuration problem a person can fix without reading code: which setting, what is wrong with it, and exactly
 * what to do (the env var and the config file key to set, or the command to run).
 */
export interface ConfigError {
  /** The config key (`whatsapp.graphVersion`, `port`), or what else is at fault (`config file`). */
  setting: string;
  message: string;
  fix: string;
}

export function configError(setting: string, message: string, fix: string): ConfigError {
  return { setting, message, fix };
}

/** One paragraph for the terminal: the companion prints it and exits. */
export function formatConfigError(error: ConfigError): string {
  return `QBM Copilot cannot start, its configuration is wrong (${error.setting}): ${sentence(error.message)} To fix it: ${sentence(error.fix)}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
