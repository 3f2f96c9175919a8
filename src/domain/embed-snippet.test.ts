import { describe, expect, it } from 'vitest';
import { escapeHtmlAttribute, hostScriptSnippet, iframeSnippet, isHeightRequest } from './embed-snippet';

describe('iframeSnippet', () => {
  it('writes an iframe with title, lazy loading, a height and the marker attribute', () => {
    expect(
      iframeSnippet({
        src: 'https://www.ubrijk.nl/kaart/?provincie=NL-UT&embed=1',
        title: 'Kaart van de teams (Utrecht)',
      }),
    ).toBe(
      [
        '<iframe',
        '  src="https://www.ubrijk.nl/kaart/?provincie=NL-UT&amp;embed=1"',
        '  title="Kaart van de teams (Utrecht)"',
        '  width="100%" height="640" loading="lazy"',
        '  referrerpolicy="strict-origin-when-cross-origin" data-binnenwerk-teamkaart></iframe>',
      ].join('\n'),
    );
  });

  it('escapes quotes and angle brackets, so a title cannot break out of its attribute', () => {
    const snippet = iframeSnippet({ src: 'https://x.nl/', title: '"><script>alert(1)</script>', height: 500 });
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('height="500"');
  });
});

describe('iframeSnippet with a search', () => {
  it('keeps the searched place in the src, its ampersands escaped', () => {
    const src = 'https://example.org/teamkaart/?zoek=valkenburg_katwijk&embed=1';
    expect(iframeSnippet({ src, title: 'Kaart' })).toContain(
      'src="https://example.org/teamkaart/?zoek=valkenburg_katwijk&amp;embed=1"',
    );
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes the ampersand first', () => {
    expect(escapeHtmlAttribute(`a&b"c'd<e>`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;');
  });
});

describe('hostScriptSnippet', () => {
  it('points at the script next to the app, from any sub-path', () => {
    expect(hostScriptSnippet('https://www.ubrijk.nl/binnenwerk/kaart/')).toBe(
      '<script src="https://www.ubrijk.nl/binnenwerk/kaart/embed/hoogte.js" defer></script>',
    );
  });
});

describe('isHeightRequest', () => {
  it('recognises only the height request', () => {
    expect(isHeightRequest({ type: 'binnenwerk-teamkaart:vraag-hoogte' })).toBe(true);
    expect(isHeightRequest({ type: 'other' })).toBe(false);
    expect(isHeightRequest('binnenwerk-teamkaart:vraag-hoogte')).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });
});
