/** The interface languages. Defined here, at the bottom of the client, so i18n depends on nothing above it. */
export type Lang = 'ru' | 'en';
