// Binnenwerk teamkaart: keeps embedded maps as tall as their content. Load it on the host page with
// <script src=".../embed/hoogte.js" defer></script>, or copy it to your own server. It only accepts
// messages from the server that serves the iframe, and only a height.
(function () {
  'use strict';
  var HEIGHT = 'binnenwerk-teamkaart:hoogte'; // EMBED_MESSAGE in src/domain/embed-snippet.ts
  var ASK = 'binnenwerk-teamkaart:vraag-hoogte';
  var MIN = 320;
  var MAX = 4000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-binnenwerk-teamkaart]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
      frame.style.height = Math.max(MIN, Math.min(MAX, Math.ceil(data.height))) + 'px';
    });
  });

  // The map may have sent its height before this script listened: ask again once each frame has loaded.
  function ask(frame) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: ASK }, origin);
  }
  // Whether the frame shows the map's page already (not the about:blank it starts with, which a message to the map's
  // origin cannot reach: the browser would warn). A page of another origin cannot be read: then it is there.
  function loaded(frame) {
    try {
      return Boolean(frame.contentWindow) && frame.contentWindow.location.href !== 'about:blank';
    } catch (error) {
      return true;
    }
  }
  frames().forEach(function (frame) {
    frame.addEventListener('load', function () {
      ask(frame);
    });
    if (loaded(frame)) ask(frame);
  });
})();
