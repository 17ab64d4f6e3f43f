// The message catalogue as the app has it (i18n/<lang>/*.txt), so tests compare against the
// real texts instead of copies.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

export const LANGS = ['fi', 'sv', 'en', 'selko'];
// The document language of each: easy-to-read Finnish (selko) is Finnish for assistive technology.
export const HTML_LANG = { fi: 'fi', sv: 'sv', en: 'en', selko: 'fi' };

export function messages(lang) {
  const dir = path.join(ROOT, 'i18n', lang);
  const out = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) continue;
      const at = trimmed.indexOf(' = ');
      out[trimmed.slice(0, at).trim()] = trimmed.slice(at + 3).trim().replaceAll('\\n', '\n');
    }
  }
  return out;
}
