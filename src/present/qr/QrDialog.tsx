/**
 * The view's link as a large QR code for the audience's phones: dark on light whatever the theme
 * (phone cameras read that best), with its quiet zone, and the link printed under it for those who
 * would rather type. A modal: Escape or Close shut it and focus returns to where it was.
 */
import { useEffect, useMemo, useRef } from 'react';
import { ModalDialog } from '../../ui/dialogs/ModalDialog';
import { useMoreMessages } from '../../i18n/more/more';
import { qrMatrix, qrPath, QUIET_ZONE } from './qrMatrix';
import './qr.css';

export function QrDialog({ link, onClose }: { link: string; onClose: () => void }) {
  const t = useMoreMessages();
  const close = useRef<HTMLButtonElement>(null);
  const matrix = useMemo(() => qrMatrix(link), [link]);
  const side = matrix.size + 2 * QUIET_ZONE;
  useEffect(() => close.current?.focus(), []);
  return (
    <ModalDialog className="qr-sheet" labelledBy="qr-title" onClose={onClose}>
      <h2 id="qr-title">{t.qrCodeTitle}</h2>
      <svg className="qr-code" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={t.qrCodeOf(link)} shapeRendering="crispEdges">
        <rect className="qr-light" width={side} height={side} />
        <path className="qr-dark" d={qrPath(matrix)} />
      </svg>
      <p className="qr-link" translate="no">
        {link}
      </p>
      <button ref={close} type="button" className="button" onClick={onClose}>
        {t.close}
      </button>
    </ModalDialog>
  );
}
