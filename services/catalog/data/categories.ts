import { localized, type Localized } from '../locale';

/** Which size run a leaf's products use. */
export type SizeKind = 'apparel' | 'kids' | 'shoes' | 'one-size';
/** Which material table a leaf's products draw from. */
export type MaterialGroup = 'textile' | 'footwear' | 'accessory' | 'homeware';
/** Drawing used for generated product imagery. */
export type Silhouette =
  | 'dress'
  | 'shirt'
  | 'tshirt'
  | 'sweater'
  | 'jacket'
  | 'pants'
  | 'skirt'
  | 'shoe'
  | 'boot'
  | 'bag'
  | 'hat'
  | 'scarf'
  | 'glasses'
  | 'watch'
  | 'lamp'
  | 'vase'
  | 'pillow'
  | 'mug';

export interface LeafDefinition {
  slug: string;
  name: Localized;
  /** Singular product noun used in generated product names. */
  noun: Localized;
  silhouette: Silhouette;
  materials: MaterialGroup;
  /** USD price range in whole dollars. */
  priceRange: [number, number];
}

export interface RootDefinition {
  slug: string;
  name: Localized;
  sizes: SizeKind;
  children: LeafDefinition[];
}

type LeafTuple = [
  slug: string,
  name: Localized,
  noun: Localized,
  Silhouette,
  MaterialGroup,
  [number, number],
];

function leaves(tuples: LeafTuple[]): LeafDefinition[] {
  return tuples.map(([slug, name, noun, silhouette, materials, priceRange]) => ({
    slug,
    name,
    noun,
    silhouette,
    materials,
    priceRange,
  }));
}

const l = localized;

export const CATEGORY_TREE: RootDefinition[] = [
  {
    slug: 'women',
    name: l('Women', 'Damen', 'Femme', 'レディース'),
    sizes: 'apparel',
    children: leaves([
      [
        'womens-dresses',
        l('Dresses', 'Kleider', 'Robes', 'ワンピース'),
        l('Dress', 'Kleid', 'Robe', 'ワンピース'),
        'dress',
        'textile',
        [49, 249],
      ],
      [
        'womens-tops',
        l('Tops & Blouses', 'Tops & Blusen', 'Hauts & Blouses', 'トップス・ブラウス'),
        l('Blouse', 'Bluse', 'Blouse', 'ブラウス'),
        'shirt',
        'textile',
        [29, 129],
      ],
      [
        'womens-knitwear',
        l('Knitwear', 'Strickmode', 'Mailles', 'ニット'),
        l('Sweater', 'Pullover', 'Pull', 'セーター'),
        'sweater',
        'textile',
        [59, 229],
      ],
      [
        'womens-jackets',
        l('Jackets & Coats', 'Jacken & Mäntel', 'Vestes & Manteaux', 'ジャケット・コート'),
        l('Jacket', 'Jacke', 'Veste', 'ジャケット'),
        'jacket',
        'textile',
        [89, 399],
      ],
      [
        'womens-trousers',
        l('Trousers', 'Hosen', 'Pantalons', 'パンツ'),
        l('Trousers', 'Hose', 'Pantalon', 'パンツ'),
        'pants',
        'textile',
        [49, 179],
      ],
      [
        'womens-skirts',
        l('Skirts', 'Röcke', 'Jupes', 'スカート'),
        l('Skirt', 'Rock', 'Jupe', 'スカート'),
        'skirt',
        'textile',
        [39, 149],
      ],
    ]),
  },
  {
    slug: 'men',
    name: l('Men', 'Herren', 'Homme', 'メンズ'),
    sizes: 'apparel',
    children: leaves([
      [
        'mens-shirts',
        l('Shirts', 'Hemden', 'Chemises', 'シャツ'),
        l('Shirt', 'Hemd', 'Chemise', 'シャツ'),
        'shirt',
        'textile',
        [39, 149],
      ],
      [
        'mens-tshirts',
        l('T-Shirts', 'T-Shirts', 'T-shirts', 'Tシャツ'),
        l('T-Shirt', 'T-Shirt', 'T-shirt', 'Tシャツ'),
        'tshirt',
        'textile',
        [19, 69],
      ],
      [
        'mens-knitwear',
        l('Knitwear', 'Strickmode', 'Mailles', 'ニット'),
        l('Jumper', 'Strickpullover', 'Pull-over', 'ニット'),
        'sweater',
        'textile',
        [59, 249],
      ],
      [
        'mens-coats',
        l('Coats', 'Mäntel', 'Manteaux', 'コート'),
        l('Coat', 'Mantel', 'Manteau', 'コート'),
        'jacket',
        'textile',
        [129, 499],
      ],
      [
        'mens-trousers',
        l('Trousers', 'Hosen', 'Pantalons', 'パンツ'),
        l('Chinos', 'Chino', 'Chino', 'チノパン'),
        'pants',
        'textile',
        [49, 169],
      ],
    ]),
  },
  {
    slug: 'kids',
    name: l('Kids', 'Kinder', 'Enfant', 'キッズ'),
    sizes: 'kids',
    children: leaves([
      [
        'kids-tops',
        l('Kids Tops', 'Kinder-Oberteile', 'Hauts enfant', 'キッズトップス'),
        l('Kids Tee', 'Kinder-Shirt', 'T-shirt enfant', 'キッズTシャツ'),
        'tshirt',
        'textile',
        [12, 39],
      ],
      [
        'kids-dresses',
        l('Kids Dresses', 'Kinderkleider', 'Robes enfant', 'キッズワンピース'),
        l('Kids Dress', 'Kinderkleid', 'Robe enfant', 'キッズワンピース'),
        'dress',
        'textile',
        [19, 59],
      ],
      [
        'kids-outerwear',
        l('Kids Outerwear', 'Kinder-Outdoor', 'Manteaux enfant', 'キッズアウター'),
        l('Kids Parka', 'Kinderparka', 'Parka enfant', 'キッズパーカー'),
        'jacket',
        'textile',
        [39, 129],
      ],
      [
        'kids-trousers',
        l('Kids Trousers', 'Kinderhosen', 'Pantalons enfant', 'キッズパンツ'),
        l('Kids Joggers', 'Kinder-Jogginghose', 'Jogging enfant', 'キッズジョガー'),
        'pants',
        'textile',
        [15, 49],
      ],
      [
        'kids-knitwear',
        l('Kids Knitwear', 'Kinder-Strick', 'Mailles enfant', 'キッズニット'),
        l('Kids Cardigan', 'Kinder-Strickjacke', 'Gilet enfant', 'キッズカーディガン'),
        'sweater',
        'textile',
        [19, 69],
      ],
    ]),
  },
  {
    slug: 'shoes',
    name: l('Shoes', 'Schuhe', 'Chaussures', 'シューズ'),
    sizes: 'shoes',
    children: leaves([
      [
        'sneakers',
        l('Sneakers', 'Sneaker', 'Baskets', 'スニーカー'),
        l('Sneaker', 'Sneaker', 'Basket', 'スニーカー'),
        'shoe',
        'footwear',
        [59, 189],
      ],
      [
        'boots',
        l('Boots', 'Stiefel', 'Bottes', 'ブーツ'),
        l('Boot', 'Stiefel', 'Botte', 'ブーツ'),
        'boot',
        'footwear',
        [99, 349],
      ],
      [
        'loafers',
        l('Loafers', 'Loafer', 'Mocassins', 'ローファー'),
        l('Loafer', 'Loafer', 'Mocassin', 'ローファー'),
        'shoe',
        'footwear',
        [89, 259],
      ],
      [
        'sandals',
        l('Sandals', 'Sandalen', 'Sandales', 'サンダル'),
        l('Sandal', 'Sandale', 'Sandale', 'サンダル'),
        'shoe',
        'footwear',
        [39, 149],
      ],
      [
        'running-shoes',
        l('Running Shoes', 'Laufschuhe', 'Chaussures de running', 'ランニングシューズ'),
        l('Running Shoe', 'Laufschuh', 'Chaussure de running', 'ランニングシューズ'),
        'shoe',
        'footwear',
        [79, 219],
      ],
    ]),
  },
  {
    slug: 'accessories',
    name: l('Accessories', 'Accessoires', 'Accessoires', 'アクセサリー'),
    sizes: 'one-size',
    children: leaves([
      [
        'bags',
        l('Bags', 'Taschen', 'Sacs', 'バッグ'),
        l('Tote Bag', 'Tasche', 'Sac', 'トートバッグ'),
        'bag',
        'accessory',
        [39, 399],
      ],
      [
        'hats',
        l('Hats & Caps', 'Hüte & Mützen', 'Chapeaux', '帽子'),
        l('Hat', 'Hut', 'Chapeau', 'ハット'),
        'hat',
        'accessory',
        [19, 99],
      ],
      [
        'scarves',
        l('Scarves', 'Schals', 'Écharpes', 'スカーフ・マフラー'),
        l('Scarf', 'Schal', 'Écharpe', 'スカーフ'),
        'scarf',
        'textile',
        [25, 149],
      ],
      [
        'sunglasses',
        l('Sunglasses', 'Sonnenbrillen', 'Lunettes de soleil', 'サングラス'),
        l('Sunglasses', 'Sonnenbrille', 'Lunettes de soleil', 'サングラス'),
        'glasses',
        'accessory',
        [49, 229],
      ],
      [
        'watches',
        l('Watches', 'Uhren', 'Montres', '腕時計'),
        l('Watch', 'Uhr', 'Montre', '腕時計'),
        'watch',
        'accessory',
        [99, 599],
      ],
    ]),
  },
  {
    slug: 'home',
    name: l('Home', 'Wohnen', 'Maison', 'ホーム'),
    sizes: 'one-size',
    children: leaves([
      [
        'lighting',
        l('Lighting', 'Leuchten', 'Luminaires', '照明'),
        l('Table Lamp', 'Tischleuchte', 'Lampe de table', 'テーブルランプ'),
        'lamp',
        'homeware',
        [49, 349],
      ],
      [
        'vases',
        l('Vases', 'Vasen', 'Vases', '花瓶'),
        l('Vase', 'Vase', 'Vase', '花瓶'),
        'vase',
        'homeware',
        [19, 129],
      ],
      [
        'cushions',
        l('Cushions', 'Kissen', 'Coussins', 'クッション'),
        l('Cushion', 'Kissen', 'Coussin', 'クッション'),
        'pillow',
        'textile',
        [19, 89],
      ],
      [
        'throws',
        l('Throws & Blankets', 'Decken & Plaids', 'Plaids', 'ブランケット'),
        l('Throw', 'Plaid', 'Plaid', 'ブランケット'),
        'scarf',
        'textile',
        [39, 199],
      ],
      [
        'tableware',
        l('Tableware', 'Geschirr', 'Arts de la table', '食器'),
        l('Mug', 'Becher', 'Tasse', 'マグカップ'),
        'mug',
        'homeware',
        [9, 59],
      ],
    ]),
  },
];
