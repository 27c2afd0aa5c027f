import sharp from 'sharp';
import { LruCache } from '../shared/lru';

/**
 * SVG -> WebP with memoization. Caching the promise (not the bytes) makes
 * concurrent requests for one image share a single render.
 */
export class WebpRenderer {
  private readonly cache: LruCache<string, Promise<Buffer>>;

  constructor(maxEntries = 500) {
    this.cache = new LruCache(maxEntries);
  }

  render(key: string, svg: () => string): Promise<Buffer> {
    let image = this.cache.get(key);
    if (!image) {
      image = sharp(Buffer.from(svg())).webp({ quality: 70, effort: 2 }).toBuffer();
      image.catch(() => this.cache.delete(key));
      this.cache.set(key, image);
    }
    return image;
  }
}
