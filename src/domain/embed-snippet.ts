// The HTML a web editor pastes to embed the map: an iframe for a given view, and the optional height script.

export const EMBED_MESSAGE = {
  /** Sent by the embedded map to its parent page: `{ type, height }`. */
  height: 'binnenwerk-teamkaart:hoogte',
  /** Sent by the host script to ask for the height again. */
  askHeight: 'binnenwerk-teamkaart:vraag-hoogte',
} as const;

/** The marker attribute the host script looks for. */
export const EMBED_FRAME_ATTRIBUTE = 'data-binnenwerk-teamkaart';
export const EMBED_DEFAULT_HEIGHT = 640;
export const HOST_SCRIPT_PATH = 'embed/hoogte.js';

export function escapeHtmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export interface IframeSnippetOptions {
  /** Absolute URL of the embed view. */
  src: string;
  title: string;
  height?: number;
}

export function iframeSnippet({ src, title, height = EMBED_DEFAULT_HEIGHT }: IframeSnippetOptions): string {
  return [
    '<iframe',
    `  src="${escapeHtmlAttribute(src)}"`,
    `  title="${escapeHtmlAttribute(title)}"`,
    `  width="100%" height="${Math.round(height)}" loading="lazy"`,
    `  referrerpolicy="strict-origin-when-cross-origin" ${EMBED_FRAME_ATTRIBUTE}></iframe>`,
  ].join('\n');
}

/** `appBase` is the URL of the app's folder, ending in a slash. */
export function hostScriptSnippet(appBase: string): string {
  return `<script src="${escapeHtmlAttribute(new URL(HOST_SCRIPT_PATH, appBase).href)}" defer></script>`;
}

/** Whether a message from a parent page asks for the height (the only message the map answers). */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === EMBED_MESSAGE.askHeight;
}
