import { localized, type Localized } from '../locale';
import type { SizeKind } from './categories';

export const SIZE_RUNS: Record<SizeKind, readonly string[]> = {
  apparel: ['XS', 'S', 'M', 'L', 'XL'],
  kids: ['4Y', '6Y', '8Y', '10Y', '12Y'],
  shoes: ['38', '39', '40', '41', '42', '43', '44', '45'],
  'one-size': ['one-size'],
};

const ONE_SIZE_LABEL = localized('One size', 'Einheitsgröße', 'Taille unique', 'フリーサイズ');

export function sizeLabel(size: string, locale: keyof Localized): string {
  return size === 'one-size' ? ONE_SIZE_LABEL[locale] : size;
}
