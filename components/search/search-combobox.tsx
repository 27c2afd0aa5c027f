'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { moveActive } from '@/components/search/active-option';
import type { SuggestionItem, SuggestionResponse } from '@/lib/listing/suggestion';
import { useOnline } from '@/components/pwa/use-online';
import { readRecentSearches, rememberSearch } from './recent-searches';

export interface ComboboxMessages {
  label: string;
  placeholder: string;
  products: string;
  categories: string;
  recent: string;
  resultsAvailable: string;
  noSuggestions: string;
  needsConnection: string;
}

interface Group {
  title: string;
  items: SuggestionItem[];
}

const DEBOUNCE_MS = 150;

// Loaded on focus, not in the pause after a keystroke where the next key would wait for it.
const loadSuggestClient = () => import('./suggest-client');

/**
 * ARIA 1.2 combobox over the header's search form: arrows move through the suggestions,
 * Enter opens the highlighted one (or submits the form), Escape closes, then clears. Without
 * JavaScript the same input simply submits the form.
 */
export function SearchCombobox({
  locale,
  searchPath,
  messages: m,
}: {
  locale: string;
  searchPath: string;
  messages: ComboboxMessages;
}) {
  const router = useRouter();
  const listId = useId();
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [suggestions, setSuggestions] = useState<SuggestionResponse>();
  const [recent, setRecent] = useState<string[]>([]);
  const latest = useRef('');
  const input = useRef<HTMLInputElement>(null);
  const online = useOnline();
  const [triedOffline, setTriedOffline] = useState(false);

  // Typed searches submitted with Enter or the button are remembered too, not only picked ones.
  // Offline, the submit is stopped here, before the form navigates, and the reason is shown.
  useEffect(() => {
    const form = input.current?.form;
    const submit = (event: SubmitEvent) => {
      if (!navigator.onLine) {
        // next/form navigates unless its own onSubmit prevented it: stop the event reaching it.
        event.preventDefault();
        event.stopPropagation();
        setTriedOffline(true);
        return;
      }
      rememberSearch(input.current?.value ?? '');
    };
    form?.addEventListener('submit', submit);
    return () => form?.removeEventListener('submit', submit);
  }, []);

  useEffect(() => {
    const q = value.trim();
    latest.current = q;
    if (!q) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- clearing the query shows recent searches, kept in browser storage
      setSuggestions(undefined);
      return setRecent(readRecentSearches());
    }
    const timer = setTimeout(() => {
      loadSuggestClient()
        .then(({ fetchSuggestions }) => fetchSuggestions(locale, q))
        // A new list may re-render many options: never ahead of the shopper's next keystroke.
        .then((result) => latest.current === q && startTransition(() => setSuggestions(result)))
        .catch(() => undefined); // cancelled by a newer query, or offline: keep the last list
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, locale]);

  const groups: Group[] = value.trim()
    ? [
        { title: m.products, items: suggestions?.products ?? [] },
        { title: m.categories, items: suggestions?.categories ?? [] },
      ]
    : [
        {
          title: m.recent,
          items: recent.map((q) => ({
            label: q,
            href: `${searchPath}?q=${encodeURIComponent(q)}`,
          })),
        },
      ];
  const options = groups.flatMap((group) => group.items);
  const expanded = online && open && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(item: SuggestionItem) {
    rememberSearch(value || item.label);
    setOpen(false);
    router.push(item.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((current) =>
        moveActive(current, options.length, event.key as 'ArrowDown' | 'ArrowUp'),
      );
    } else if (event.key === 'Enter' && expanded && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      // First Escape only closes the list; the search input's native Escape would also clear it.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setValue('');
      setActive(-1);
    }
  }

  const offlineNote = !online && (open || triedOffline);
  const noteId = `${listId}-offline`;
  let index = -1;
  return (
    <div className="relative flex-1">
      <input
        ref={input}
        type="search"
        name="q"
        role="combobox"
        aria-label={m.label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={offlineNote ? noteId : undefined}
        autoComplete="off"
        // Spell-checking a search box as it is typed into cost each keystroke a slow phone's time.
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
        placeholder={m.placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          void loadSuggestClient().catch(() => undefined);
          setRecent(readRecentSearches());
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-full border border-paper-line bg-paper px-4 py-2 text-sm placeholder:text-ink-subtle"
      />
      <div
        id={listId}
        role="listbox"
        aria-label={m.label}
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-40 mt-2 max-h-96 overflow-auto rounded-xl border border-paper-line bg-paper p-2 shadow-lg"
      >
        {groups.map((group) =>
          group.items.length === 0 ? null : (
            <div key={group.title} role="group" aria-label={group.title} className="py-1">
              <div
                role="presentation"
                className="px-3 py-1 text-xs font-semibold tracking-wide text-ink-subtle uppercase"
              >
                {group.title}
              </div>
              {group.items.map((item) => {
                index += 1;
                const position = index;
                return (
                  // Combobox pattern: focus stays on the input (aria-activedescendant), whose
                  // key handler moves and chooses; a click is the pointer's shortcut.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- options are reached from the input, never focused
                  <div
                    key={item.href}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === active}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(item)}
                    className="flex cursor-pointer items-center justify-between gap-4 rounded-lg px-3 py-2 text-sm aria-selected:bg-brand-soft"
                  >
                    <span>{item.label}</span>
                    {item.detail && <span className="text-ink-muted">{item.detail}</span>}
                  </div>
                );
              })}
            </div>
          ),
        )}
      </div>
      <p
        id={noteId}
        role="status"
        data-testid="search-offline"
        className={
          offlineNote
            ? 'absolute top-full right-0 left-0 z-40 mt-2 rounded-xl border border-paper-line bg-paper p-3 text-sm text-warn shadow-lg'
            : 'sr-only'
        }
      >
        {offlineNote ? m.needsConnection : ''}
      </p>
      <p aria-live="polite" className="sr-only">
        {open && value.trim() && suggestions
          ? options.length > 0
            ? fillTemplate(m.resultsAvailable, { count: options.length })
            : m.noSuggestions
          : ''}
      </p>
    </div>
  );
}
