// maplibre's own controls in the interface language: the locale it reads once, and renaming them in place after a
// language switch.
import type { MapControlTexts } from '../../i18n/share-messages';

export function maplibreLocale(texts: MapControlTexts): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': texts.zoomIn,
    'NavigationControl.ZoomOut': texts.zoomOut,
    'AttributionControl.ToggleAttribution': texts.toggleAttribution,
    'CooperativeGesturesHandler.WindowsHelpText': texts.cooperativeGestures.windows,
    'CooperativeGesturesHandler.MacHelpText': texts.cooperativeGestures.mac,
    'CooperativeGesturesHandler.MobileHelpText': texts.cooperativeGestures.mobile,
  };
}

export function relabelControls(container: HTMLElement, controlTexts: MapControlTexts): void {
  const labels: [selector: string, text: string][] = [
    ['.maplibregl-ctrl-zoom-in', controlTexts.zoomIn],
    ['.maplibregl-ctrl-zoom-out', controlTexts.zoomOut],
    ['.maplibregl-ctrl-attrib-button', controlTexts.toggleAttribution],
  ];
  for (const [selector, text] of labels) {
    container.querySelector(selector)?.setAttribute('title', text);
    container.querySelector(selector)?.setAttribute('aria-label', text);
  }
  const gestures = controlTexts.cooperativeGestures;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const desktop = container.querySelector('.maplibregl-desktop-message');
  if (desktop) desktop.textContent = mac ? gestures.mac : gestures.windows;
  const mobile = container.querySelector('.maplibregl-mobile-message');
  if (mobile) mobile.textContent = gestures.mobile;
}
