// Whether this browser can give maplibre the WebGL2 context it needs (asked once: a test context is not free).
let supported: boolean | undefined;

export function supportsWebGL2(): boolean {
  if (supported === undefined) {
    try {
      supported = document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      supported = false;
    }
  }
  return supported;
}
