import { ImageResponse } from 'next/og';
import { colors } from '@/styles/colors';
import { ogImageSize } from './og-image-size';
import { ogSafeText } from './og-text';

export { ogImageSize };
export const ogImageContentType = 'image/png';

const BRAND = colors.brand.DEFAULT;
const INK = colors.ink.DEFAULT;
const MUTED = colors.ink.muted;
const PAPER = colors.paper.DEFAULT;

export interface OgCard {
  siteName: string;
  /** Small line above the title: a brand, "Category", the tagline. */
  eyebrow?: string;
  title: string;
  /** A price or a product count, drawn in the brand colour. */
  highlight?: string;
  footer?: string;
}

/**
 * The one card every OpenGraph image draws: text and shapes only, no remote fonts or images,
 * so it renders offline and in milliseconds.
 */
export function ogImage(card: OgCard): ImageResponse {
  const eyebrow = card.eyebrow && ogSafeText(card.eyebrow, 60);
  const highlight = card.highlight && ogSafeText(card.highlight, 40);
  const footer = card.footer && ogSafeText(card.footer, 90);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: PAPER,
        color: INK,
      }}
    >
      <div style={{ display: 'flex', height: 24, background: BRAND }} />
      <div
        style={{
          display: 'flex',
          flex: 1,
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '56px 72px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <div
            style={{
              display: 'flex',
              width: 56,
              height: 56,
              borderRadius: 12,
              background: BRAND,
              color: PAPER,
              fontSize: 36,
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            N
          </div>
          <div style={{ display: 'flex', fontSize: 34, color: BRAND }}>
            {ogSafeText(card.siteName, 40)}
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
          {eyebrow ? (
            <div
              style={{
                display: 'flex',
                fontSize: 30,
                color: MUTED,
                textTransform: 'uppercase',
                letterSpacing: 2,
              }}
            >
              {eyebrow}
            </div>
          ) : null}
          <div style={{ display: 'flex', fontSize: 68, lineHeight: 1.1, maxWidth: 1050 }}>
            {ogSafeText(card.title, 70)}
          </div>
          {highlight ? (
            <div style={{ display: 'flex', fontSize: 52, color: BRAND }}>{highlight}</div>
          ) : null}
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: MUTED }}>{footer ?? ''}</div>
      </div>
    </div>,
    { ...ogImageSize },
  );
}
