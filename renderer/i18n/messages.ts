// A type-only import: the app gathers the strings (renderer/app/), i18n only knows their shape.
import type { messagesEn } from '../app/messages.en';

/** The shape every translation has; typed `t()` keys come from it (i18next.d.ts). */
export type Messages = typeof messagesEn;
