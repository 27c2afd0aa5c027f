import { localized, type Localized } from '../locale';

export interface ColorDefinition {
  /** English slug; part of SKUs so it must not contain "-". */
  value: string;
  swatch: string;
  label: Localized;
}

const l = localized;

export const COLORS: ColorDefinition[] = [
  { value: 'black', swatch: '#1f1f1f', label: l('Black', 'Schwarz', 'Noir', 'ブラック') },
  { value: 'white', swatch: '#f4f2ec', label: l('White', 'Weiß', 'Blanc', 'ホワイト') },
  { value: 'navy', swatch: '#1f2a44', label: l('Navy', 'Marine', 'Marine', 'ネイビー') },
  { value: 'sand', swatch: '#d8c3a5', label: l('Sand', 'Sand', 'Sable', 'サンド') },
  { value: 'olive', swatch: '#6b7048', label: l('Olive', 'Oliv', 'Olive', 'オリーブ') },
  { value: 'rust', swatch: '#b5542d', label: l('Rust', 'Rost', 'Rouille', 'ラスト') },
  {
    value: 'sky',
    swatch: '#8fb8de',
    label: l('Sky Blue', 'Himmelblau', 'Bleu ciel', 'スカイブルー'),
  },
  { value: 'rose', swatch: '#e3a6b4', label: l('Rose', 'Rosé', 'Rose', 'ローズ') },
  {
    value: 'forest',
    swatch: '#2f5d3a',
    label: l('Forest Green', 'Waldgrün', 'Vert forêt', 'フォレストグリーン'),
  },
  {
    value: 'charcoal',
    swatch: '#4a4a4a',
    label: l('Charcoal', 'Anthrazit', 'Anthracite', 'チャコール'),
  },
  { value: 'cream', swatch: '#efe6d2', label: l('Cream', 'Creme', 'Crème', 'クリーム') },
  {
    value: 'burgundy',
    swatch: '#6d1f2f',
    label: l('Burgundy', 'Bordeaux', 'Bordeaux', 'バーガンディ'),
  },
  {
    value: 'mustard',
    swatch: '#d4a531',
    label: l('Mustard', 'Senfgelb', 'Moutarde', 'マスタード'),
  },
];
