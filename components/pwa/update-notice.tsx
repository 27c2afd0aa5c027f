export interface UpdateNoticeMessages {
  updateAvailable: string;
  reload: string;
}

/** "A new version is available", with the button that moves it in. */
export function UpdateNotice({
  messages: m,
  onAccept,
}: {
  messages: UpdateNoticeMessages;
  onAccept: () => void;
}) {
  return (
    <div
      role="status"
      className="flex max-w-sm items-center gap-4 rounded-xl bg-ink px-4 py-3 text-sm text-white shadow-lg"
    >
      <span>{m.updateAvailable}</span>
      <button
        type="button"
        onClick={onAccept}
        className="rounded-full bg-paper px-3 py-1.5 font-semibold text-ink hover:bg-brand-soft"
      >
        {m.reload}
      </button>
    </div>
  );
}
