import type { AbstractIntlMessages } from 'next-intl';

/** Only the namespaces that client components read are serialized into the page. */
const CLIENT_NAMESPACES = ['Availability', 'LocaleSwitcher', 'Error'] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
