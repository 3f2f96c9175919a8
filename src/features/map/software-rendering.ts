// Whether the map's WebGL is drawn by the CPU instead of a GPU, asked once per canvas.
/** Renderer names of WebGL drawn by the CPU: Chromium's SwiftShader, Mesa's llvmpipe and softpipe. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * Whether the map's WebGL is drawn by the CPU (no GPU: virtual desktops, CI). There every animated frame is read
 * back for the page's compositor, and a camera flight froze the page for seconds; the camera jumps instead.
 */
export function rendersInSoftware(canvas: HTMLCanvasElement): boolean {
  let software = softwareCanvases.get(canvas);
  if (software === undefined) {
    // The canvas already has maplibre's context: asking for the same kind returns it, it makes no new one.
    software = SOFTWARE_RENDERER.test(rendererName(canvas));
    softwareCanvases.set(canvas, software);
  }
  return software;
}
const softwareCanvases = new WeakMap<HTMLCanvasElement, boolean>();

function rendererName(canvas: HTMLCanvasElement): string {
  try {
    const gl = canvas.getContext('webgl2');
    if (!gl) return '';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  } catch {
    return ''; // a canvas that cannot say (a test's stand-in): treated as drawn by a GPU
  }
}
