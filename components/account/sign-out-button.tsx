import { signOut } from '@/lib/account/session-actions';

/** A form, so signing out works without JavaScript and cannot be triggered by a link. */
export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={signOut}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className="rounded-full border border-ink px-6 py-2 font-semibold hover:bg-paper-warm"
      >
        {label}
      </button>
    </form>
  );
}
