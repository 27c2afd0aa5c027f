/** What /api/suggest answers: ready to render, so the browser needs no routes or formatting code. */
export interface SuggestionItem {
  label: string;
  href: string;
  /** Formatted price, for products. */
  detail?: string;
}

export interface SuggestionResponse {
  products: SuggestionItem[];
  categories: SuggestionItem[];
}
