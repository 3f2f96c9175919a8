// "Maak een handout": from a search, "Teams bij jou in de buurt" in a dialog that prints on one A4 page (the rest of
// the page is not printed while it is open) and saves a 1920 × 1080 PNG.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useQuery } from '@tanstack/react-query';
import type { Place } from '../../data/places-file';
import { provincesQueryOptions, waterQueryOptions } from '../../data/queries';
import type { TeamsFile } from '../../data/teams-file';
import type { NearestTeams } from '../../domain/nearest-teams';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { teamLabel } from '../../components/team-label';
import { useIntl } from '../../i18n/language';
import { downloadCanvas } from '../../lib/download';
import { useReportYear } from '../../lib/report-year';
import type { HandoutContent } from './handout-content';
import { handoutMapModel } from './handout-map-model';
import { HandoutPage } from './handout-page';
import './handout.css';

export interface HandoutButtonProps {
  place: Place;
  nearest: readonly NearestTeams[];
  file: TeamsFile;
  /** The address of this view (with `?zoek=`), asked for when the dialog opens. */
  link: () => string;
}

export function HandoutButton({ place, nearest, file, link }: HandoutButtonProps) {
  const intl = useIntl();
  const { messages } = intl;
  const text = messages.handout;
  const { year } = useReportYear();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const printRef = useRef<HTMLButtonElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'failed'>('idle');
  const titleId = `${useId()}-title`;
  // Loaded with the map already; read here from the cache.
  const provinces = useQuery(provincesQueryOptions()).data?.features;
  const water = useQuery(waterQueryOptions()).data?.features;

  const open = url !== null;
  const map = useMemo(
    () => (open ? handoutMapModel({ place, nearest, provinces: provinces ?? [], water: water ?? [] }) : null),
    [open, place, nearest, provinces, water],
  );
  const content: HandoutContent | null =
    url === null
      ? null
      : {
          title: text.title,
          placeLine: text.placeLine(
            place.name,
            messages.search.whereabouts(PROVINCE_NAMES[place.province], place.municipality),
          ),
          mapTitle: text.mapTitle,
          mapLabel: text.mapLabel(place.name),
          listTitle: text.listTitle,
          entries: nearest.flatMap((n) => {
            const [team] = n.teams;
            if (!team) return [];
            return {
              kind: n.kind,
              kindName: intl.kindName(file.kinds, n.kind),
              team:
                n.teams.length > 1
                  ? messages.search.teamsAtPlace(n.location.place, n.teams.length)
                  : teamLabel(team, file.teams, messages),
              distance: messages.search.distance(intl.number(n.distanceKm, 1)),
            };
          }),
          emptyList: messages.search.noTeams,
          distanceNote: text.distanceNote,
          linkTitle: text.linkTitle,
          link: url,
          footer: [messages.sourceLine(year), messages.attribution],
        };

  const show = () => {
    setUrl(link());
    setStatus('idle');
  };
  // Opened once its content is there, so that the focus can go to its first action (Print).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.hasAttribute('open')) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    printRef.current?.focus();
  }, [open]);
  const close = () => {
    dialogRef.current?.close?.();
    dialogRef.current?.removeAttribute('open');
  };
  const savePng = async () => {
    if (!content || !map) return;
    setStatus('saving');
    try {
      // The drawing code loads when a PNG is first asked for.
      const { drawHandoutImage } = await import('./handout-image');
      const slug = place.name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
      await downloadCanvas(drawHandoutImage(content, map), `${text.fileName(slug.replace(/^-|-$/g, ''))}.png`);
      setStatus('idle');
    } catch (error) {
      console.warn('Handout PNG failed:', error);
      setStatus('failed');
    }
  };

  return (
    <>
      <button ref={openerRef} type="button" className="handout-button" aria-haspopup="dialog" onClick={show}>
        {text.openButton}
      </button>
      {createPortal(
        <dialog
          ref={dialogRef}
          className="modal-dialog handout"
          aria-labelledby={titleId}
          onClose={() => {
            setUrl(null);
            openerRef.current?.focus();
          }}
        >
          {content && map && (
            <>
              <HandoutPage content={content} map={map} titleId={titleId} />
              <div className="handout__actions">
                <button ref={printRef} type="button" onClick={() => window.print()}>
                  {text.print}
                </button>
                <button type="button" onClick={() => void savePng()}>
                  {status === 'saving' ? text.saving : text.savePng}
                </button>
                <button type="button" onClick={close}>
                  {text.close}
                </button>
                <span role="status" className={status === 'failed' ? 'handout__failed' : undefined}>
                  {status === 'failed' ? text.saveFailed : ''}
                </span>
              </div>
            </>
          )}
        </dialog>,
        document.body,
      )}
    </>
  );
}
