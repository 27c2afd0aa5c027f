import { describe, expect, it } from 'vitest';
import {
  choiceState,
  defaultSelection,
  findVariant,
  selectionFromQuery,
  selectionQuery,
  type ProductOption,
} from './variant-selection';

const options: ProductOption[] = [
  {
    name: 'color',
    label: 'Colour',
    values: [
      { value: 'sand', label: 'Sand' },
      { value: 'navy', label: 'Navy' },
    ],
  },
  {
    name: 'size',
    label: 'Size',
    values: [
      { value: 'S', label: 'S' },
      { value: 'M', label: 'M' },
    ],
  },
];
const variants = [
  { sku: 'p-sand-S', options: { color: 'sand', size: 'S' } },
  { sku: 'p-sand-M', options: { color: 'sand', size: 'M' } },
  { sku: 'p-navy-M', options: { color: 'navy', size: 'M' } },
];

describe('variant selection', () => {
  it('defaults to the first colour and leaves a real size choice to the shopper', () => {
    expect(defaultSelection(options)).toEqual({ color: 'sand' });
    const oneSize: ProductOption[] = [
      options[0]!,
      { name: 'size', label: 'Size', values: [{ value: 'one-size', label: 'One size' }] },
    ];
    expect(defaultSelection(oneSize)).toEqual({ color: 'sand', size: 'one-size' });
  });

  it('reads the URL and ignores values the product does not have', () => {
    expect(selectionFromQuery(new URLSearchParams('color=navy&size=M'), options)).toEqual({
      color: 'navy',
      size: 'M',
    });
    expect(selectionFromQuery(new URLSearchParams('color=<script>&size=XXL'), options)).toEqual({
      color: 'sand',
    });
  });

  it('writes the URL and finds the chosen variant', () => {
    expect(selectionQuery({ color: 'navy', size: 'M' })).toBe('?color=navy&size=M');
    expect(selectionQuery({})).toBe('');
    expect(findVariant(variants, { color: 'navy', size: 'M' })?.sku).toBe('p-navy-M');
    expect(findVariant(variants, { color: 'navy' })).toBeUndefined();
  });

  it('disables combinations that do not exist or are sold out', () => {
    expect(choiceState(variants, { color: 'navy' }, 'size', 'S')).toBe('missing');
    expect(choiceState(variants, { color: 'navy' }, 'size', 'M')).toBe('available');
    const stock = new Map([
      ['p-sand-S', 0],
      ['p-sand-M', 0],
      ['p-navy-M', 3],
    ]);
    expect(choiceState(variants, { color: 'sand' }, 'size', 'M', stock)).toBe('sold_out');
    expect(choiceState(variants, { size: 'M' }, 'color', 'sand', stock)).toBe('sold_out');
    expect(choiceState(variants, { size: 'M' }, 'color', 'navy', stock)).toBe('available');
  });
});
