import { useMemo } from 'preact/hooks';
import { renderSVG } from 'uqr';

interface Props {
  url: string;
  label: string;
}

/** A QR code drawn here from the URL (uqr): no image service, nothing leaves the PC. */
export function SlipQr({ url, label }: Props) {
  // Medium error correction survives a worn or smudged thermal print; black on white only.
  const svg = useMemo(() => renderSVG(url, { ecc: 'M', border: 0 }), [url]);
  // Safe as HTML: uqr generates the markup here from a constant URL.
  return <div class="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
