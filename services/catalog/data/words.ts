import { localized, type Localized } from '../locale';
import type { MaterialGroup } from './categories';

const l = localized;

/** Name-building adjectives; the English form also drives the slug. */
export const ADJECTIVES: Localized[] = [
  l('Classic', 'Klassisch', 'classique', 'クラシック'),
  l('Everyday', 'Alltags', 'quotidien', 'デイリー'),
  l('Relaxed', 'Lässig', 'décontracté', 'リラックス'),
  l('Tailored', 'Tailliert', 'ajusté', 'テーラード'),
  l('Vintage', 'Vintage', 'vintage', 'ヴィンテージ'),
  l('Essential', 'Essential', 'essentiel', 'エッセンシャル'),
  l('Modern', 'Modern', 'moderne', 'モダン'),
  l('Soft', 'Weich', 'doux', 'ソフト'),
  l('Lightweight', 'Leicht', 'léger', 'ライトウェイト'),
  l('Heritage', 'Heritage', 'héritage', 'ヘリテージ'),
  l('Minimal', 'Minimal', 'minimaliste', 'ミニマル'),
  l('Coastal', 'Küsten', 'côtier', 'コースタル'),
  l('Urban', 'Urban', 'urbain', 'アーバン'),
  l('Weekend', 'Wochenend', 'week-end', 'ウィークエンド'),
  l('Signature', 'Signature', 'signature', 'シグネチャー'),
  l('Organic', 'Bio', 'bio', 'オーガニック'),
];

export const MATERIALS: Record<MaterialGroup, Localized[]> = {
  textile: [
    l('Cotton', 'Baumwolle', 'coton', 'コットン'),
    l('Linen', 'Leinen', 'lin', 'リネン'),
    l('Merino', 'Merinowolle', 'mérinos', 'メリノ'),
    l('Silk', 'Seide', 'soie', 'シルク'),
    l('Cashmere', 'Kaschmir', 'cachemire', 'カシミヤ'),
    l('Denim', 'Denim', 'denim', 'デニム'),
    l('Corduroy', 'Cord', 'velours côtelé', 'コーデュロイ'),
    l('Jersey', 'Jersey', 'jersey', 'ジャージー'),
  ],
  footwear: [
    l('Leather', 'Leder', 'cuir', 'レザー'),
    l('Suede', 'Wildleder', 'daim', 'スエード'),
    l('Canvas', 'Canvas', 'toile', 'キャンバス'),
    l('Knit', 'Strick', 'maille', 'ニット'),
  ],
  accessory: [
    l('Leather', 'Leder', 'cuir', 'レザー'),
    l('Canvas', 'Canvas', 'toile', 'キャンバス'),
    l('Straw', 'Stroh', 'paille', 'ストロー'),
    l('Steel', 'Edelstahl', 'acier', 'スチール'),
    l('Acetate', 'Acetat', 'acétate', 'アセテート'),
  ],
  homeware: [
    l('Ceramic', 'Keramik', 'céramique', 'セラミック'),
    l('Stoneware', 'Steingut', 'grès', 'ストーンウェア'),
    l('Glass', 'Glas', 'verre', 'ガラス'),
    l('Oak', 'Eiche', 'chêne', 'オーク'),
    l('Brass', 'Messing', 'laiton', '真鍮'),
  ],
};

export const BRAND_NAMES: string[] = [
  'Northwind',
  'Atelier Nova',
  'Fjord & Field',
  'Maison Lune',
  'Kobo Studio',
  'Ridge Supply',
  'Tidewater',
  'Oak & Ember',
  'Velvet Row',
  'Common Thread',
  'Solstice',
  'Harbor Lane',
  'Alder Co.',
  'Bellwether',
  'Meridian',
  'Pale Blue',
  'Stonefly',
  'Wren & Wool',
  'Canopy',
  'Luma Home',
];

export const ORIGINS: Localized[] = [
  l('Portugal', 'Portugal', 'Portugal', 'ポルトガル'),
  l('Italy', 'Italien', 'Italie', 'イタリア'),
  l('Japan', 'Japan', 'Japon', '日本'),
  l('Vietnam', 'Vietnam', 'Viêt Nam', 'ベトナム'),
  l('India', 'Indien', 'Inde', 'インド'),
  l('Turkey', 'Türkei', 'Turquie', 'トルコ'),
];

export const FITS: Localized[] = [
  l('Regular fit', 'Regular Fit', 'Coupe droite', 'レギュラーフィット'),
  l('Slim fit', 'Slim Fit', 'Coupe ajustée', 'スリムフィット'),
  l('Relaxed fit', 'Relaxed Fit', 'Coupe ample', 'リラックスフィット'),
];

export const CARE: Record<MaterialGroup, Localized> = {
  textile: l(
    'Machine wash at 30°C',
    'Maschinenwäsche bei 30 °C',
    'Lavage en machine à 30 °C',
    '30℃で洗濯機洗い可',
  ),
  footwear: l(
    'Wipe clean with a damp cloth',
    'Mit feuchtem Tuch reinigen',
    'Nettoyer avec un chiffon humide',
    '湿った布で拭いてください',
  ),
  accessory: l(
    'Spot clean only',
    'Nur punktuell reinigen',
    'Nettoyage localisé uniquement',
    '部分洗いのみ',
  ),
  homeware: l(
    'Hand wash recommended',
    'Handwäsche empfohlen',
    'Lavage à la main conseillé',
    '手洗いをおすすめします',
  ),
};

export const LABELS = {
  material: l('Material', 'Material', 'Matière', '素材'),
  care: l('Care', 'Pflege', 'Entretien', 'お手入れ'),
  origin: l('Origin', 'Herkunft', 'Origine', '原産国'),
  fit: l('Fit', 'Passform', 'Coupe', 'フィット'),
  color: l('Color', 'Farbe', 'Couleur', 'カラー'),
  size: l('Size', 'Größe', 'Taille', 'サイズ'),
  view: l('view', 'Ansicht', 'vue', 'ビュー'),
};
