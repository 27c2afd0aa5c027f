import type { Metadata, MetadataRoute } from 'next';
import type { Locale } from '@/lib/i18n/markets';
import type { Messages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { colors } from '@/styles/colors';

/** The brand blue: the viewport's theme-color (app/[locale]/layout.tsx) and the manifest's. */
export const THEME_COLOR = colors.brand.DEFAULT;
/** The page background, shown on the splash screen before the first paint. */
const BACKGROUND_COLOR = colors.paper.DEFAULT;

export const MANIFEST_CONTENT_TYPE = 'application/manifest+json';

export type ManifestMessages = Messages['Manifest'];

/**
 * The files under public/pwa/. scripts/generate-pwa-icons.ts and scripts/pwa-screenshots.ts
 * write them from these entries, so the manifest never names a size or type a file lacks.
 */
export const PWA_ICONS = [
  { src: '/pwa/icon-192.png', size: 192, purpose: 'any' },
  { src: '/pwa/icon-512.png', size: 512, purpose: 'any' },
  { src: '/pwa/maskable-192.png', size: 192, purpose: 'maskable' },
  { src: '/pwa/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export const SHORTCUT_ICON_SIZE = 96;
export const SHORTCUT_ICONS = {
  search: '/pwa/shortcut-search.png',
  cart: '/pwa/shortcut-cart.png',
} as const;

/** iOS ignores the manifest's icons and wants an opaque 180px PNG of its own. */
export const APPLE_TOUCH_ICON = { src: '/pwa/apple-touch-icon.png', size: 180 } as const;

/** Phone (375×667 CSS px at 2×) and desktop, within Chrome's 320–3840 px and 2.3:1 limits. */
export const PWA_SCREENSHOTS = {
  narrow: { file: 'screenshot-narrow.webp', width: 750, height: 1334, type: 'image/webp' },
  wide: { file: 'screenshot-wide.webp', width: 1280, height: 800, type: 'image/webp' },
} as const;

export type PwaScreenshot = (typeof PWA_SCREENSHOTS)[keyof typeof PWA_SCREENSHOTS];

/** Each locale's install dialog shows the store in its own language. */
export function screenshotSrc(locale: Locale, shot: PwaScreenshot): string {
  return `/pwa/${locale}/${shot.file}`;
}

/** Text direction per locale; a Record so that adding an RTL locale forces a decision here. */
const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = {
  'en-US': 'ltr',
  'de-DE': 'ltr',
  'fr-FR': 'ltr',
  'ja-JP': 'ltr',
};

/** Where a locale's manifest is served (app/[locale]/manifest.webmanifest/route.ts). */
export function manifestPath(locale: Locale): string {
  return `/${locale}/manifest.webmanifest`;
}

const sizes = (width: number, height: number = width) => `${width}x${height}`;

/**
 * The web app manifest in one locale's words. `id` and `scope` are the same in every locale, so
 * the four manifests describe one installable app: installing from /de-DE and visiting /ja-JP
 * later is still "installed". Only the texts and the start page follow the locale.
 */
export function webManifest(locale: Locale, t: ManifestMessages): MetadataRoute.Manifest {
  const shortcutIcon = (src: string) => [
    { src, sizes: sizes(SHORTCUT_ICON_SIZE), type: 'image/png' },
  ];
  return {
    id: '/',
    name: t.name,
    short_name: t.shortName,
    description: t.description,
    lang: locale,
    dir: DIRECTION[locale],
    // The query marks launches from the home screen in analytics; the page ignores it.
    start_url: `${routes.home(locale)}?source=pwa`,
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['shopping'],
    icons: PWA_ICONS.map(({ src, size, purpose }) => ({
      src,
      sizes: sizes(size),
      type: 'image/png',
      purpose,
    })),
    shortcuts: [
      {
        name: t.searchShortcut,
        description: t.searchShortcutDescription,
        url: routes.search(locale),
        icons: shortcutIcon(SHORTCUT_ICONS.search),
      },
      {
        name: t.cartShortcut,
        description: t.cartShortcutDescription,
        url: routes.cart(locale),
        icons: shortcutIcon(SHORTCUT_ICONS.cart),
      },
    ],
    screenshots: [
      {
        ...screenshot(locale, PWA_SCREENSHOTS.narrow),
        form_factor: 'narrow',
        label: t.screenshotHome,
      },
      {
        ...screenshot(locale, PWA_SCREENSHOTS.wide),
        form_factor: 'wide',
        label: t.screenshotCategory,
      },
    ],
  };
}

function screenshot(locale: Locale, shot: PwaScreenshot) {
  return {
    src: screenshotSrc(locale, shot),
    sizes: sizes(shot.width, shot.height),
    type: shot.type,
  };
}

/**
 * What a locale's pages carry for installing: the manifest link, and for iOS, which reads no
 * manifest, the home-screen title, status bar and touch icon. `icons` set here replaces the
 * file-based app/icon.svg link Next would add otherwise, so the favicon is named again.
 */
export function pwaMetadata(
  locale: Locale,
  appTitle: string,
): Pick<Metadata, 'manifest' | 'appleWebApp' | 'icons'> {
  return {
    manifest: manifestPath(locale),
    appleWebApp: { capable: true, title: appTitle, statusBarStyle: 'default' },
    icons: {
      icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }],
      apple: [
        { url: APPLE_TOUCH_ICON.src, sizes: sizes(APPLE_TOUCH_ICON.size), type: 'image/png' },
      ],
    },
  };
}
