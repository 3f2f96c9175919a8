// Vite plugin: the design tokens (src/styles/tokens.ts) for the CSS. `import 'virtual:design-tokens.css'` is a
// `:root` rule of their custom properties; and every stylesheet of the app that uses a breakpoint (`@media
// (--stacked)`) gets the tokens' `@custom-media` rules in front, which lightningcss resolves (css.lightningcss.drafts
// in vite.config.ts). So a colour or a breakpoint is written once, in TypeScript.
import type { Plugin } from 'vite';
import { cssCustomMedia, cssCustomProperties } from '../src/styles/tokens.ts';

export const DESIGN_TOKENS_MODULE = 'virtual:design-tokens.css';
const RESOLVED = `\0${DESIGN_TOKENS_MODULE}`;
const USES_CUSTOM_MEDIA = /@media[^{]*\(--/;

export function designTokensPlugin(): Plugin {
  return {
    name: 'binnenwerk-design-tokens',
    // Before Vite's own CSS plugin hands the stylesheet to lightningcss.
    enforce: 'pre',
    resolveId(id) {
      return id === DESIGN_TOKENS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? cssCustomProperties() : undefined;
    },
    transform(code, id) {
      if (!/\.css(?:$|\?)/.test(id) || id.includes('/node_modules/') || !USES_CUSTOM_MEDIA.test(code)) return;
      return { code: `${cssCustomMedia()} ${code}`, map: null };
    },
  };
}
