/** Currencies offered in money fields until the admin's currency settings arrive (sales issue). */
export const ENABLED_CURRENCIES = ['IRR', 'USD', 'EUR', 'AED', 'TRY', 'CNY'];
