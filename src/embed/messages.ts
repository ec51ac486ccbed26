/** The embed messages of the design doc. Pure: shapes and checks only. */

export interface SelectMessage {
  type: 'chronicle:select';
  id: string | null;
}

export interface ResizeMessage {
  type: 'chronicle:resize';
  height: number;
}

/** What AMP's <amp-iframe> listens for to size itself. */
export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The only message an embed acts on: exactly { type: "chronicle:select", id: string | null }. */
export function isSelectMessage(data: unknown): data is SelectMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  return d.type === 'chronicle:select' && (d.id === null || (typeof d.id === 'string' && d.id.length <= 200));
}

export function resizeMessages(height: number): [ResizeMessage, AmpSizeMessage] {
  const h = Math.ceil(height);
  return [
    { type: 'chronicle:resize', height: h },
    { sentinel: 'amp', type: 'embed-size', height: h },
  ];
}
