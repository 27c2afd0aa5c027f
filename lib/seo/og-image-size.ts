/** OpenGraph cards are 1200×630 (the size every network crops to); apart so metadata can name it without next/og. */
export const ogImageSize = { width: 1200, height: 630 } as const;
