/** A German/English label; German first because the admin speaks German by default. */
export const l = (de: string, en: string) => ({ de, en })
