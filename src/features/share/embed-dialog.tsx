// The "Insluiten" button and dialog: copyable iframe code for the current view, and the optional height script.
import { useId, useRef, useState } from 'react';
import { hostScriptSnippet, iframeSnippet } from '../../domain/embed-snippet';
import { useIntl } from '../../i18n/language';
import './share.css';

export interface EmbedDialogProps {
  /** Absolute URL of the current view in embed mode, asked for when the dialog opens (the camera may have moved). */
  embedUrl: () => string;
  /** URL of the app's folder (ends in a slash), where the host script lives. */
  appBase: string;
  frameTitle: string;
}

export function EmbedDialog({ embedUrl, appBase, frameTitle }: EmbedDialogProps) {
  const text = useIntl().messages.share;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const snippet = open ? iframeSnippet({ src: embedUrl(), title: frameTitle }) : '';
  const script = hostScriptSnippet(appBase);

  const show = () => {
    setOpen(true);
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  };
  const close = () => {
    dialogRef.current?.close?.();
    dialogRef.current?.removeAttribute('open');
  };

  return (
    <>
      <button ref={openerRef} type="button" className="share-button" aria-haspopup="dialog" onClick={show}>
        {text.embedButton}
      </button>
      <dialog
        ref={dialogRef}
        className="modal-dialog embed-dialog"
        aria-labelledby={`${id}-title`}
        onClose={() => {
          setOpen(false);
          openerRef.current?.focus();
        }}
      >
        {open && (
          <>
            <h2 id={`${id}-title`}>{text.embedTitle}</h2>
            <p>{text.embedIntro}</p>
            <CopyField id={`${id}-iframe`} label={text.embedSnippetLabel} value={snippet} rows={6} />
            <h3>{text.embedScriptLabel}</h3>
            <p>{text.embedScriptIntro}</p>
            <CopyField id={`${id}-script`} label={text.embedScriptFieldLabel} value={script} rows={2} />
            <p className="embed-dialog__note">{text.embedNote}</p>
            <button type="button" className="embed-dialog__close" onClick={close}>
              {text.closeDialog}
            </button>
          </>
        )}
      </dialog>
    </>
  );
}

function CopyField(props: { id: string; label: string; value: string; rows: number }) {
  const { id, label, value, rows } = props;
  const text = useIntl().messages.share;
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(text.copied);
    } catch {
      areaRef.current?.select();
      setStatus(text.copyFailed);
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={areaRef}
        id={id}
        readOnly
        rows={rows}
        value={value}
        spellCheck={false}
        onFocus={(e) => e.target.select()}
      />
      <div className="copy-field__actions">
        <button type="button" onClick={() => void copy()}>
          {text.copy}
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
