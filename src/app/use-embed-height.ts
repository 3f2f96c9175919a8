// In an iframe, tells the parent page how tall the content is, so the host script can size the iframe.
import { useEffect } from 'react';
import { EMBED_MESSAGE, isHeightRequest } from '../domain/embed-snippet';

export function isInFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent denies access to window.top: that is a frame too
  }
}

export function useEmbedHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !isInFrame()) return;
    let sent = -1;
    // The height is not confidential and the host's origin is unknown here, hence '*'; the host script
    // checks that the message comes from the iframe it placed.
    const post = (force = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === sent && !force) return;
      sent = height;
      window.parent.postMessage({ type: EMBED_MESSAGE.height, height }, '*');
    };
    const observer = new ResizeObserver(() => post());
    observer.observe(document.documentElement);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isHeightRequest(event.data)) post(true);
    };
    window.addEventListener('message', onMessage);
    post();
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [enabled]);
}
