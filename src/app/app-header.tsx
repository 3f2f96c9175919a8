// The page's header: title, and the actions on the current view (embed, PNG, print, language). On a phone the
// actions other than the language wait behind a menu button (layout.css), so that the map keeps the screen.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { PROVINCE_CODES } from '../domain/provinces';
import type { Selection } from '../domain/selection';
import type { TeamKind } from '../domain/team-kinds';
import { EmbedDialog } from '../features/share/embed-dialog';
import { MapExportButton } from '../features/map/map-export-button';
import type { TeamMapHandle } from '../features/map/team-map';
import { useIntl } from '../i18n/language';
import { useReportYear } from '../lib/report-year';
import type { TeamData } from './team-data';
import { YearChoice } from './year-choice';

interface AppHeaderProps {
  embed: boolean;
  /** The current view's address, in full or embed mode. */
  viewUrl: (asEmbed: boolean) => string;
  /** What is chosen, by name (null: the whole country). */
  subject: string | null;
  selection: Selection;
  teams: TeamData | undefined;
  visibleKinds: readonly TeamKind[];
  map: RefObject<TeamMapHandle | null>;
  /** The year a link asked for that the index does not have (said under the title), or null. */
  missingYear: number | null;
  /** The address of the current view in another year, and the choice of one. */
  yearUrl: (year: number) => string;
  onChooseYear: (year: number) => void;
}

export function AppHeader(props: AppHeaderProps) {
  const { embed, viewUrl, subject, selection, teams, visibleKinds, map } = props;
  const { language, local, messages, setLanguage } = useIntl();
  const { year, years } = useReportYear();
  const share = messages.share;
  const published = teams?.file.published;
  // The exported picture's legend names the kinds it shows.
  const legend = teams
    ? teams.file.kinds
        .filter((k) => visibleKinds.includes(k.id))
        .map((k) => ({ kind: k.id, label: `${local(k.name)} (${teams.kindCounts[k.id]})` }))
    : [];
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes an open menu (and is then handled: it does not also close the details) and returns to its button.
  const closeMenuOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  // A click or tap anywhere outside the actions closes an open menu, as a menu does (the embed dialog it opens lies
  // inside them).
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && actions.current?.contains(event.target)) return;
      setMenuOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [menuOpen]);
  const chosenPart = subject ? `-${selection.type === 'province' ? selection.code : 'selectie'}` : '';
  return (
    <header className="app__header">
      <div className="app__heading">
        <h1>{messages.appTitle(year)}</h1>
        {embed ? (
          <a className="app__full-link" href={viewUrl(false)} target="_blank" rel="noopener">
            {share.openFullDashboard} <span className="visually-hidden">{share.opensInNewWindow}</span>
          </a>
        ) : (
          <p className="app__subtitle">
            {published
              ? messages.appSubtitle(
                  published.teams,
                  published.provinces,
                  published.provinces === PROVINCE_CODES.length,
                )
              : '\u00a0'}
          </p>
        )}
        {props.missingYear !== null && (
          <p className="app__year-note" role="status">
            {messages.yearMissing(props.missingYear, year)}
          </p>
        )}
      </div>
      <div className="app__actions" ref={actions} onKeyDown={closeMenuOnEscape}>
        {!embed && (
          <>
            <button
              type="button"
              className="share-button app__menu-button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              ref={menuButton}
              onClick={() => setMenuOpen(!menuOpen)}
            >
              {share.actionsMenu}
            </button>
            <div id={menuId} className="app__share" data-open={menuOpen}>
              {years && <YearChoice years={years} year={year} hrefFor={props.yearUrl} onChoose={props.onChooseYear} />}
              <EmbedDialog
                embedUrl={() => viewUrl(true)}
                appBase={new URL('.', document.baseURI).href}
                frameTitle={share.frameTitle(subject)}
              />
              <MapExportButton
                map={map}
                image={{
                  title: share.exportTitle(subject, year),
                  legendTitle: messages.legendTitle,
                  legend,
                  footer: [share.exportSource(year), messages.attribution],
                }}
                fileName={`binnenwerk-teams-${year}${chosenPart}.png`}
              />
              <button type="button" className="share-button" onClick={() => window.print()}>
                {share.print}
              </button>
            </div>
          </>
        )}
        <button
          type="button"
          className="app__language"
          lang={language === 'nl' ? 'en' : 'nl'}
          aria-label={messages.languageSwitchLabel}
          onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
        >
          {messages.languageSwitch}
        </button>
      </div>
    </header>
  );
}
